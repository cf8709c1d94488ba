/**
 * The search's URL contract (DESIGN.md): one zod schema, read two ways.
 *
 * - The page reads it leniently: a bad value is dropped, the rest still apply,
 *   and the visitor is told what was ignored.
 * - The API reads it strictly: any bad value is a 400 naming the parameter.
 *
 * County slugs are data, so the schema is built from the counties the
 * database knows.
 */
import { z } from "@/lib/zod";
import { CAUSES, OPPORTUNITY_TYPES, SKILL_LEVELS } from "@/lib/vocabulary";

export const SORTS = ["relevance", "newest", "soonest", "closing"] as const;
export type Sort = (typeof SORTS)[number];
export const sortLabels: Record<Sort, string> = {
  relevance: "Best match",
  newest: "Newest",
  soonest: "Happening soonest",
  closing: "Closing soonest",
};

export const PAGE_SIZE = 20;
/** Results are counted exactly up to this many, then shown as "1,000+". */
export const COUNT_CAP = 1000;
export const MAX_PAGE = COUNT_CAP / PAGE_SIZE;
export const MAX_QUERY_LENGTH = 200;

export type RawParams = Record<string, string | string[] | undefined>;

/** A URL's query as RawParams: a repeated key becomes a list. */
export function rawParamsOf(query: URLSearchParams): RawParams {
  const raw: RawParams = {};
  for (const key of new Set(query.keys())) {
    const values = query.getAll(key);
    raw[key] = values.length === 1 ? values[0] : values;
  }
  return raw;
}

/**
 * One value expected: a repeated parameter is an error, not a silent pick.
 * An empty value ("Any" in the form) means the filter is off.
 */
const single = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value, context) => {
    if (Array.isArray(value) && value.length > 1) {
      context.addIssue({ code: "custom", message: "Give this parameter only once." });
      return z.NEVER;
    }
    const one = Array.isArray(value) ? value[0] : value;
    return one === "" ? undefined : one;
  }, schema);

/** A repeatable parameter; empty values ("Anywhere" in the form) are dropped. */
const list = <T extends z.ZodType>(schema: T) => z.preprocess((value) => toList(value as RawParams[string]), z.array(schema));

/** `page`: 1 to MAX_PAGE; absent means 1. */
export const pageParam = single(
  z
    .string()
    .regex(/^-?\d{1,6}$/, "Use a whole number.")
    .transform(Number)
    .pipe(
      z
        .number()
        .min(1, "Pages start at 1.")
        .max(MAX_PAGE, `Results stop at page ${MAX_PAGE}; narrow the search to see more.`),
    )
    .optional(),
).transform((page) => page ?? 1);

/** The schema for the counties the database knows; built once per list of counties, for building it costs more than using it. */
function searchParamsSchema(countySlugs: readonly string[]) {
  const key = countySlugs.join(",");
  let schema = schemas.get(key);
  if (!schema) {
    schema = buildSearchParamsSchema(countySlugs);
    if (schemas.size >= 8) schemas.clear();
    schemas.set(key, schema);
  }
  return schema;
}

const schemas = new Map<string, ReturnType<typeof buildSearchParamsSchema>>();

function buildSearchParamsSchema(countySlugs: readonly string[]) {
  return z.object({
    q: single(
      z
        .string()
        // Control characters (a NUL byte above all) are never meant and PostgreSQL refuses them.
        .transform((q) => q.replace(/[\u0000-\u001f\u007f]+/g, " ").trim())
        .pipe(z.string().max(MAX_QUERY_LENGTH, `Keywords can be at most ${MAX_QUERY_LENGTH} characters.`))
        .optional(),
    ).transform((q) => (q ? q : undefined)),
    county: list(z.enum(countySlugs as [string, ...string[]], { error: "Unknown county." }))
      .transform((slugs) => [...new Set(slugs)]),
    skill: single(z.enum(SKILL_LEVELS, { error: `Use one of: ${SKILL_LEVELS.join(", ")}.` }).optional()),
    type: single(z.enum(OPPORTUNITY_TYPES, { error: `Use one of: ${OPPORTUNITY_TYPES.join(", ")}.` }).optional()),
    cause: single(z.enum(CAUSES, { error: `Use one of: ${CAUSES.join(", ")}.` }).optional()),
    remote: single(z.enum(["1"], { error: "Use remote=1, or leave it out." }).optional()).transform((v) => v === "1"),
    local: single(z.enum(["1"], { error: "Use local=1, or leave it out." }).optional()).transform((v) => v === "1"),
    open: single(z.enum(["1"], { error: "Use open=1, or leave it out." }).optional()).transform((v) => v === "1"),
    youth: single(z.enum(["1"], { error: "Use youth=1, or leave it out." }).optional()).transform((v) => v === "1"),
    nocheck: single(z.enum(["1"], { error: "Use nocheck=1, or leave it out." }).optional()).transform((v) => v === "1"),
    training: single(z.enum(["1"], { error: "Use training=1, or leave it out." }).optional()).transform((v) => v === "1"),
    sort: single(z.enum(SORTS, { error: `Use one of: ${SORTS.join(", ")}.` }).optional()),
    page: pageParam,
  });
}

export type SearchParams = z.output<ReturnType<typeof searchParamsSchema>>;
export type ParamIssue = { param: string; message: string };

/** The parameters of the URL contract; any other is ignored. */
export const SEARCH_KEYS = ["q", "county", "skill", "type", "cause", "remote", "local", "open", "youth", "nocheck", "training", "sort", "page"] as const;
const KEYS = SEARCH_KEYS;

/** Strict reading, for the API. Unknown parameters are ignored. */
export function parseSearchParamsStrict(
  raw: RawParams,
  countySlugs: readonly string[],
): { ok: true; params: SearchParams } | { ok: false; issues: ParamIssue[] } {
  const result = searchParamsSchema(countySlugs).safeParse(pick(raw));
  if (result.success) return { ok: true, params: result.data };
  const issues = new Map<string, string>();
  for (const issue of result.error.issues) {
    const param = String(issue.path[0] ?? "query");
    if (!issues.has(param)) issues.set(param, issue.message);
  }
  return { ok: false, issues: [...issues].map(([param, message]) => ({ param, message })) };
}

/** What each parameter is called on the page, for telling a visitor what was left out. */
export const SEARCH_PARAM_NAMES: Record<(typeof SEARCH_KEYS)[number], string> = {
  q: "the keywords",
  county: "a county",
  skill: "the skill level",
  type: "the kind of help",
  cause: "the cause",
  remote: "remote only",
  local: "leaving out statewide and remote postings",
  open: "places still open",
  youth: "open to volunteers under 18",
  nocheck: "no background check",
  training: "training provided",
  sort: "the order",
  page: "the page number",
};

/**
 * Lenient reading, for the page: every parameter that fails is dropped on its
 * own (and named in `ignored`); counties are kept one by one; keywords longer
 * than MAX_QUERY_LENGTH are cut to it (and `shortened` says so).
 */
export function parseSearchParamsLenient(
  raw: RawParams,
  countySlugs: readonly string[],
): { params: SearchParams; ignored: (typeof SEARCH_KEYS)[number][]; shortened: boolean } {
  const schema = searchParamsSchema(countySlugs);
  const input = pick(raw);
  const ignored: (typeof SEARCH_KEYS)[number][] = [];
  let shortened = false;
  if (typeof input.q === "string" && input.q.trim().length > MAX_QUERY_LENGTH) {
    input.q = input.q.trim().slice(0, MAX_QUERY_LENGTH);
    shortened = true;
  }
  const counties = toList(input.county);
  const knownCounties = counties.filter((slug) => countySlugs.includes(slug));
  if (knownCounties.length < counties.length) ignored.push("county");
  input.county = knownCounties;
  for (const key of KEYS) {
    if (key === "county") continue;
    if (!schema.shape[key].safeParse(input[key]).success) {
      ignored.push(key);
      input[key] = undefined;
    }
  }
  return { params: schema.parse(input), ignored, shortened };
}

/** The canonical query string for a search: the links of the page and the form agree on it. */
export function toQueryString(params: Partial<SearchParams>): string {
  const query = new URLSearchParams();
  if (params.q) query.set("q", params.q);
  for (const slug of params.county ?? []) query.append("county", slug);
  if (params.skill) query.set("skill", params.skill);
  if (params.type) query.set("type", params.type);
  if (params.cause) query.set("cause", params.cause);
  if (params.remote) query.set("remote", "1");
  if (params.local) query.set("local", "1");
  if (params.open) query.set("open", "1");
  if (params.youth) query.set("youth", "1");
  if (params.nocheck) query.set("nocheck", "1");
  if (params.training) query.set("training", "1");
  if (params.sort) query.set("sort", params.sort);
  if (params.page && params.page > 1) query.set("page", String(params.page));
  const text = query.toString();
  return text ? `?${text}` : "";
}

function pick(raw: RawParams): Record<(typeof KEYS)[number], string | string[] | undefined> {
  return Object.fromEntries(KEYS.map((key) => [key, raw[key]])) as Record<(typeof KEYS)[number], string | string[] | undefined>;
}

function toList(value: string | string[] | undefined): string[] {
  return (value === undefined ? [] : Array.isArray(value) ? value : [value]).filter((item) => item !== "");
}
