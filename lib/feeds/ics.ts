/** One event as an iCalendar file (RFC 5545), for "Add to calendar". */
export type CalendarEvent = {
  uid: string;
  title: string;
  description: string;
  location: string;
  url: string;
  startsAt: Date;
  endsAt: Date | null;
  updatedAt: Date;
};

const stamp = (date: Date) => date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
/**
 * A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, a
 * line break as "\\n", a tab as a space, and other control characters
 * dropped, since the format allows none and one would end or corrupt the line.
 */
const escapeText = (text: string) =>
  text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n?|\n/g, "\\n")
    .replace(/\t/g, " ")
    .replace(/[\u0000-\u001f\u007f]/g, "");

/** Long lines are folded at 75 octets, as the format asks. */
function fold(line: string): string {
  const out: string[] = [];
  let rest = line;
  while (Buffer.byteLength(rest) > 75) {
    let cut = 75;
    while (Buffer.byteLength(rest.slice(0, cut)) > 75) cut--;
    // Never between the two halves of an emoji (a surrogate pair).
    if (/[\ud800-\udbff]/.test(rest[cut - 1]!)) cut--;
    out.push(rest.slice(0, cut));
    rest = ` ${rest.slice(cut)}`;
  }
  out.push(rest);
  return out.join("\r\n");
}

export function renderIcs(event: CalendarEvent): string {
  const end = event.endsAt ?? new Date(event.startsAt.getTime() + 60 * 60 * 1000);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Maine Volunteer Databank//Opportunities//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:${event.uid}`,
    `DTSTAMP:${stamp(event.updatedAt)}`,
    `DTSTART:${stamp(event.startsAt)}`,
    `DTEND:${stamp(end)}`,
    `SUMMARY:${escapeText(event.title)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    `LOCATION:${escapeText(event.location)}`,
    `URL:${event.url}`,
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return `${lines.map(fold).join("\r\n")}\r\n`;
}

/** What a posting's calendar file is made of: public fields only. */
export type CalendarPosting = {
  slug: string;
  title: string;
  summary: string;
  organizationName: string;
  /** Already through publicTown: null where the location is confidential. */
  town: string | null;
  statewide: boolean;
  counties: { name: string }[];
  startsAt: Date;
  endsAt: Date | null;
  updatedAt: Date;
};

/**
 * A posting's event as the "Add to calendar" file and the reminder's
 * attachment give it: the same UID in both, so a calendar keeps one entry.
 * Town and county only, never an address (invariant 2).
 */
export function postingCalendarEvent(posting: CalendarPosting, origin: string): CalendarEvent {
  const where = posting.statewide ? "Statewide" : posting.counties.map((c) => `${c.name} County`).join(", ");
  const url = `${origin}/opportunities/${posting.slug}`;
  return {
    uid: `${posting.slug}@${new URL(origin).host}`,
    title: posting.title,
    description: `${posting.summary}\n\n${posting.organizationName}\n${url}`,
    location: [posting.town, `${where}, Maine`].filter(Boolean).join(", "),
    url,
    startsAt: posting.startsAt,
    endsAt: posting.endsAt,
    updatedAt: posting.updatedAt,
  };
}
