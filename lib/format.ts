/** Formatting shared by pages; dates read in Maine's time zone. */
const TIME_ZONE = "America/New_York";

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
