/**
 * Finds what would place a building on a map: a street address, a house
 * number, a unit, a PO box or map coordinates. A posting names a town at
 * most; a confidential shelter's location must never reach the public site,
 * so the posting form refuses these in its one-line fields and warns about
 * them in the description. Safe to import on the client.
 *
 * It errs on the side of ordinary titles: "Walk for 5K", "Youth mentoring for
 * grades 6-8", "2 hour drive" and "Saint Agatha" pass. It is a safety net
 * for a slip, not a guarantee: the form's hints say the same in words.
 */

export type AddressKind = "street address" | "house number" | "unit number" | "PO box" | "map coordinates";

/** Street words after a house number and a street name: "12 Main Street", "4 Elm St.", "300 Congress Ave". */
const STREET_WORDS =
  "street|st|avenue|ave|av|road|rd|lane|ln|drive|dr|boulevard|blvd|court|ct|place|pl|terrace|ter|circle|cir|way|highway|hwy|parkway|pkwy|square|sq|trail|trl|turnpike|tpke|pike|extension|ext|plaza|alley|landing|crossing|heights|hts";

/** A house number, up to three words of a street name, then a street word, ending there. */
const NUMBERED_STREET = new RegExp(
  `(?:^|[\\s,(])(\\d{1,6}[a-z]?(?:-\\d{1,4})?)\\s+((?:[a-z0-9'.-]+\\s+){1,3}?)(?:${STREET_WORDS})\\b\\.?(?=$|[\\s,;:)#/]|\\.)`,
  "i",
);

/** Words that make "3 hour drive" or "5 days at St. Mary's" ordinary English rather than an address. */
const NOT_A_STREET_NAME = new Set([
  "a", "an", "the", "at", "in", "on", "for", "of", "to", "and", "or", "with", "by", "per", "each", "every", "from", "near", "off", "down", "up", "our", "your",
  "hour", "hours", "hr", "hrs", "minute", "minutes", "min", "mile", "miles", "mi", "km", "day", "days", "week", "weeks", "month", "months", "year", "years",
  "people", "volunteers", "volunteer", "families", "kids", "children", "youth", "adults", "survivors", "shifts", "shift", "times", "more", "new",
]);

/** A house number on a numbered road: "1200 Route 1", "45 US Route 2", "9 State Hwy 11". */
const NUMBERED_ROAD = /(?:^|[\s,(])\d{1,6}[a-z]?\s+(?:(?:us|u\.s\.|state|me|maine)\s+)?(?:route|rte|rt|highway|hwy)\.?\s*\d{1,4}\b/i;

/** A unit: "Apt 3", "Suite 200", "Unit 4B", or "#4" after a comma ("Route 1, #4"). */
const UNIT = /\b(?:apt|apartment|suite|ste|unit)\.?\s*#?\s*\d{1,5}[a-z]?\b|,\s*#\s*\d{1,5}[a-z]?\b|\b(?:apt|apartment|suite|ste|unit)\.?\s*#\s*[a-z]\b/i;

/** "PO Box 44", "P.O. Box 44", "P O Box", "Post Office Box 12", "POB 7". */
const PO_BOX = /\bp\.?\s*o\.?\s*box\b|\bpost\s+office\s+box\b|\bpob\s*#?\s*\d/i;

/** "44.1, -69.8", "44.0977 -70.2312", "44°06′N 70°13′W", "44.1° N". */
const COORDINATES = /[-+]?\d{1,3}\.\d+\s*°?\s*[ns]?\s*[,;/\s]\s*[-+]?\d{1,3}\.\d+\s*°?\s*[ew]?(?![\d.])|\d{1,3}(?:\.\d+)?\s*°\s*(?:\d{1,2}(?:\.\d+)?\s*['′]\s*)?(?:\d{1,2}(?:\.\d+)?\s*["″]\s*)?[nsew]\b/i;

/** What in `text` looks like it places a building, or null. */
export function findAddress(text: string): AddressKind | null {
  if (PO_BOX.test(text)) return "PO box";
  if (COORDINATES.test(text)) return "map coordinates";
  if (UNIT.test(text)) return "unit number";
  if (NUMBERED_ROAD.test(text)) return "street address";
  const street = NUMBERED_STREET.exec(text);
  if (street) {
    const nameWords = street[2]!.trim().toLowerCase().split(/\s+/);
    if (!nameWords.some((word) => NOT_A_STREET_NAME.has(word.replace(/[.']/g, "")))) return "street address";
  }
  return null;
}

/**
 * A town is a name: "South Portland", "Saint Agatha", "Fort Kent". A number
 * standing alone in it is a house number or a ZIP code ("12 Lewiston",
 * "Lewiston 04240"); a township's letters-and-digits ("T17 R4") pass.
 */
export function findAddressInTown(town: string): AddressKind | null {
  return findAddress(town) ?? (/(?:^|[\s,#])#?\d+[a-z]?(?=$|[\s,.-])/i.test(town) ? "house number" : null);
}

/** "a street address", "map coordinates". */
const named = (kind: AddressKind) => (kind === "map coordinates" ? kind : `a ${kind}`);

/** Why a field was refused: what was found, and why it matters. */
export function addressRefusal(kind: AddressKind, where: "town" | "text"): string {
  const what = where === "town" ? "Enter the town's name only" : "Take out the address";
  return `This looks like ${named(kind)}. ${what}: a posting never gives a street address, house number, PO box or map coordinates, because a confidential shelter's location must never be published.`;
}

/** The coordinator's warning when a description seems to hold one; it is saved all the same. */
export function addressWarning(kind: AddressKind): string {
  return `The description seems to hold ${named(kind)}. If it is where a shelter or a survivor lives or stays, take it out: a confidential shelter's location must never be published. A public meeting place can stay.`;
}
