/** Formatting shared by pages; dates read in Maine's time zone. */
export const TIME_ZONE = "America/New_York";

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: TIME_ZONE });
const dateTimeFormat = new Intl.DateTimeFormat("en-US", {
  weekday: "long",
  month: "long",
  day: "numeric",
  year: "numeric",
  hour: "numeric",
  minute: "2-digit",
  timeZone: TIME_ZONE,
});
const timeFormat = new Intl.DateTimeFormat("en-US", { hour: "numeric", minute: "2-digit", timeZone: TIME_ZONE });
const numberFormat = new Intl.NumberFormat("en-US");

export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** A calendar day stored as YYYY-MM-DD ("2026-11-14") in words: "November 14, 2026". */
export function formatDay(day: string): string {
  return formatDate(new Date(`${day}T12:00:00Z`));
}

export function formatDateTime(date: Date): string {
  return dateTimeFormat.format(date);
}

export function formatEventTime(startsAt: Date, endsAt: Date | null): string {
  return endsAt ? `${formatDateTime(startsAt)} to ${timeFormat.format(endsAt)}` : formatDateTime(startsAt);
}

/** "1,000+" once a count reaches its cap. */
export function formatCount(count: { count: number; capped: boolean }): string {
  return `${numberFormat.format(count.count)}${count.capped ? "+" : ""}`;
}

export function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

const partsFormat = new Intl.DateTimeFormat("en-US", {
  timeZone: TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

function localParts(date: Date): Record<string, string> {
  return Object.fromEntries(partsFormat.formatToParts(date).map((part) => [part.type, part.value]));
}

/** A moment as a `datetime-local` value in Maine's time: "2026-12-05T09:00". */
export function toLocalInput(date: Date): string {
  const p = localParts(date);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** A `datetime-local` value read as Maine's wall-clock time, or null when it is not one. */
export function fromLocalInput(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wall);
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1 || hour > 23 || minute > 59) return null;
  // The zone's offset at that moment, found by formatting a first guess; once more across a DST change.
  let moment = wall;
  for (let i = 0; i < 2; i++) {
    const p = localParts(new Date(moment));
    const shown = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
    moment += wall - shown;
  }
  return new Date(moment);
}
