import { toLocalInput } from "@/lib/format";
import { DEFAULT_LIFETIME_DAYS } from "./schemas";
import type { OrganizationPosting } from "./organization-queries";

type FormValues = Record<string, string | string[] | boolean>;

/** A stored posting as the form's fields hold it. */
export function postingFormValues(posting: OrganizationPosting): FormValues {
  const text = (value: string | number | null) => (value === null ? "" : String(value));
  return {
    title: posting.title,
    summary: posting.summary,
    description: posting.description,
    type: posting.type,
    skillLevel: posting.skillLevel,
    causes: posting.causes,
    statewide: posting.statewide,
    counties: posting.counties.map((county) => county.slug),
    remote: posting.remote,
    town: text(posting.town),
    schedule: text(posting.schedule),
    startsAt: posting.startsAt ? toLocalInput(posting.startsAt) : "",
    endsAt: posting.endsAt ? toLocalInput(posting.endsAt) : "",
    eventReminders: posting.eventReminders,
    commitment: text(posting.commitment),
    minimumAge: text(posting.minimumAge),
    backgroundCheck: posting.backgroundCheck,
    trainingProvided: posting.trainingProvided,
    trainingDetails: text(posting.trainingDetails),
    requirements: text(posting.requirements),
    spots: text(posting.spots),
    // An expired posting's date is in the past: offer the default again, which the form accepts.
    expiresOn: toLocalInput(posting.expiresAt > new Date() ? posting.expiresAt : new Date(Date.now() + DEFAULT_LIFETIME_DAYS * 86_400_000)).slice(0, 10),
  };
}

/** A new posting's starting values. */
export function newPostingFormValues(): FormValues {
  return { expiresOn: toLocalInput(new Date(Date.now() + DEFAULT_LIFETIME_DAYS * 86_400_000)).slice(0, 10), causes: [], counties: [], eventReminders: true };
}
