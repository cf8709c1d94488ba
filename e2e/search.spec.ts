/** Searching by county and skill level, the heart of the public side (DESIGN.md). */
import { searchApi } from "./support/api";
import { demoPostings, type DemoPosting } from "./support/demo-data";
import { expect, test } from "./support/fixtures";
import { expectCountySkillResults, expectOpportunityPage, searchCountyFromHome } from "./support/journeys";
import { readCard } from "./support/search-page";

const cumberland = { slug: "cumberland", name: "Cumberland" };
const BAD_PARAMS = `county=narnia&skill=${encodeURIComponent("<script>")}&page=-4`;

test("a visitor finds Cumberland County roles with training provided, then opens one", async ({ page, search, request }) => {
  await searchCountyFromHome(page, search, cumberland);
  await expect(search.countyCheckbox(cumberland.name)).toBeChecked();

  await search.filter({ skill: "some" });
  await expect(page).toHaveURL(/skill=some/);
  await expectCountySkillResults(search, request, cumberland, "some");

  const first = await readCard(search.cards.first());
  await search.cards.first().getByRole("link", { name: first.title }).click();
  await expect(page).toHaveURL(/\/opportunities\/[a-z0-9-]+$/);
  await expectOpportunityPage(page, { title: first.title, organization: first.organization, skill: "some" });
});

test("the county checkbox and skill radio of the results page search together", async ({ search, request }) => {
  await search.goto();
  await search.filter({ county: cumberland.name, skill: "specialized" });
  await expectCountySkillResults(search, request, cumberland, "specialized");
});

test("pagination keeps the filters and walks through every result", async ({ page, search, request }) => {
  const { total, pageSize, pageCount } = await searchApi(request, "county=cumberland");
  expect(total, "more than one page of Cumberland County results").toBeGreaterThan(pageSize);

  await search.goto("?county=cumberland");
  expect(await search.total()).toBe(total);
  const firstPage = await search.resultLinks();
  expect(firstPage).toHaveLength(pageSize);

  await search.pages.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/\/opportunities\?county=cumberland&page=2$/);
  await expect(search.pages.locator('[aria-current="page"]')).toHaveText("Page 2");
  await expect(search.countyCheckbox(cumberland.name)).toBeChecked();
  const secondPage = await search.resultLinks();
  expect(secondPage.length).toBeGreaterThan(0);
  // Several organizations post the same kind of role under one title: compare the postings, not their titles.
  expect(secondPage.filter((href) => firstPage.includes(href)), "no posting shown on both pages").toEqual([]);

  await search.pages.getByRole("link", { name: "Previous page" }).click();
  await expect(page).toHaveURL(/\/opportunities\?county=cumberland$/);
  expect(await search.resultLinks()).toEqual(firstPage);

  await search.goto(`?county=cumberland&page=${pageCount}`);
  await expect(search.cards).toHaveCount(total - pageSize * (pageCount - 1));
  await expect(search.pages.getByRole("link", { name: "Next page" })).toHaveCount(0);
});

test("a search that finds nothing says so and offers a wider one", async ({ page, search }) => {
  await search.goto("?q=zzxqvplonk&county=cumberland");
  await expect(search.resultCount).toHaveText(/^0 opportunities for “zzxqvplonk”$/);
  await expect(search.cards).toHaveCount(0);
  await expect(search.emptyResults).toBeVisible();
  await expect(search.emptyResults.getByRole("link", { name: "Search every county" })).toBeVisible();
  await expect(search.emptyResults.getByRole("link", { name: "See all opportunities" })).toHaveAttribute("href", "/opportunities");

  await search.emptyResults.getByRole("link", { name: "Drop the keywords" }).click();
  await expect(page).toHaveURL(/\/opportunities\?county=cumberland$/);
  await expect(search.emptyResults).toHaveCount(0);
  expect(await search.total()).toBeGreaterThan(0);
  await expect(search.cards.first()).toBeVisible();
});

test("parameters the page does not understand are named and left out", async ({ page, search, request }) => {
  const response = await page.goto(`/opportunities?${BAD_PARAMS}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("status")).toHaveText(
    "Part of this address was not understood, so the search left out a county, the skill level, the page number.",
  );
  // The rest of the search still runs: every public opportunity, first page.
  expect(await search.total()).toBe((await searchApi(request)).total);
  await expect(search.form.getByRole("checkbox", { checked: true })).toHaveCount(0);
  await expect(search.form.getByRole("radio", { name: "Any skill level" })).toBeChecked();
  await expect(search.cards.first()).toBeVisible();
});

test("keywords too long are cut to their first 200 characters, and the page says so in words", async ({ page, search }) => {
  const typed = "shelter ".repeat(38); // 304 characters
  await page.goto("/opportunities");
  await search.form.getByLabel("Keywords").evaluate((input: HTMLInputElement) => input.removeAttribute("maxlength"));
  await search.form.getByLabel("Keywords").fill(typed);
  await search.form.getByRole("button", { name: "Show results" }).click();
  await expect(page.getByRole("status")).toHaveText("Your keywords were too long: the search used their first 200 characters.");
  await expect(search.form.getByLabel("Keywords")).toHaveValue(typed.slice(0, 200).trim());
  expect(await search.total()).toBeGreaterThan(0);
  // The form's empty fields leave nothing in the address.
  expect(new URL(page.url()).search).not.toMatch(/[?&](type|cause|sort|skill)=(&|$)/);
});

for (const [width, name] of [[1280, "desktop"], [390, "phone"]] as const) {
  test(`on a ${name}, the keyboard reaches "Skip to the results" before the filters`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/opportunities?county=york");
    const skip = page.getByRole("link", { name: /^Skip to the .* results?$/ });
    for (let i = 0; i < 40 && !(await skip.evaluate((link) => link === document.activeElement)); i++) await page.keyboard.press("Tab");
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    // Nothing of the filters was passed on the way.
    await expect(page.getByRole("searchbox", { name: "Keywords" })).not.toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#results-heading$/);
  });
}

test("the home page searches by county and skill level, and links each county once", async ({ page, search }) => {
  await page.goto("/");
  // Sixteen counties, one link each: the map beside the list is a picture.
  await expect(page.locator('a[href^="/counties/"]')).toHaveCount(16);
  const homeSearch = page.getByRole("search", { name: "Search opportunities" });
  await homeSearch.getByLabel("County").selectOption({ label: "York" });
  await homeSearch.getByLabel("Skill level").selectOption({ label: "No experience needed" });
  await homeSearch.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/opportunities\?county=york&skill=none$/);
  await search.expectLoaded();
  await expect(search.form.getByRole("radio", { name: /No experience needed/ })).toBeChecked();
});

test("a 10,000-character query string is not a server error", async ({ request }) => {
  const q = encodeURIComponent("mentor ".repeat(1429));
  expect(q.length).toBeGreaterThanOrEqual(10_000);

  const page = await request.get(`/opportunities?q=${q}`);
  expect(page.status()).toBeLessThan(500);

  const api = await request.get(`/api/v1/opportunities?q=${q}`);
  expect(api.status()).toBe(400);
  expect((await api.json()).issues).toEqual([{ param: "q", message: expect.any(String) }]);
});

test("an opportunity that does not exist is a 404 page", async ({ page }) => {
  const response = await page.goto("/opportunities/does-not-exist");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByRole("main").getByRole("link", { name: "Find open opportunities" })).toHaveAttribute("href", "/opportunities");
  await page.goto("/no-such-page");
  await expect(page).toHaveTitle(/^Page not found · /);
});

test("the API answers 400 naming each bad parameter", async ({ request }) => {
  const response = await request.get(`/api/v1/opportunities?${BAD_PARAMS}`);
  expect(response.status()).toBe(400);
  const body = (await response.json()) as { error: string; issues: { param: string; message: string }[] };
  expect(body.error).toBeTruthy();
  expect(body.issues.map((issue) => issue.param).sort()).toEqual(["county", "page", "skill"]);
  for (const issue of body.issues) expect(issue.message, `message for ${issue.param}`).not.toBe("");
  expect(JSON.stringify(body)).not.toContain("<script>");
});

test("odd addresses are a 400 or a 404, never a server error", async ({ request }) => {
  // Undecodable, or carrying a NUL character that PostgreSQL would refuse.
  for (const path of ["/opportunities/%FF", "/opportunities/%", "/organizations/%C0%AF", "/counties/%ED%A0%80", "/opportunities/a%00b", "/organizations/a%00b", "/opportunities?q=%00", "/admin/users?q=%00"]) {
    expect((await request.get(path)).status(), path).toBe(400);
  }
  for (const path of [`/opportunities/${"x".repeat(3000)}`, "/counties/narnia"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  const home = await request.get("/opportunities?q=mentor&county=");
  expect(home.status()).toBe(200);
  expect(await home.text()).not.toContain("was not understood");
});

test("the feeds for other tools answer from the production build", async ({ request }) => {
  const rss = await request.get("/feed.xml?skill=none");
  expect(rss.status()).toBe(200);
  expect(await rss.text()).toContain("<rss");
  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.status()).toBe(200);
  const text = await sitemap.text();
  expect(text).toContain("/opportunities/");
  expect(text).toContain("/counties/york");
});

test.describe("postings that must never be public", () => {
  const isPublic = (posting: DemoPosting) => posting.organization.status === "approved" && posting.status === "published" && !posting.expired;
  const EXAMPLES: [string, (posting: DemoPosting) => boolean][] = [
    ["a draft", (p) => p.organization.status === "approved" && p.status === "draft"],
    ["an expired posting", (p) => p.organization.status === "approved" && p.status === "published" && p.expired],
    ["a closed posting", (p) => p.organization.status === "approved" && p.status === "closed" && !p.expired],
    ["a posting of a pending organization", (p) => p.organization.status === "pending" && p.status === "published" && !p.expired],
    ["a posting of a rejected organization", (p) => p.organization.status === "rejected" && p.status === "published" && !p.expired],
    ["a posting of a suspended organization", (p) => p.organization.status === "suspended" && p.status === "published" && !p.expired],
  ];
  let demo: DemoPosting[] = [];
  let hidden: DemoPosting[] = [];
  const example = (name: string) => {
    const found = demo.find(EXAMPLES.find(([n]) => n === name)![1]);
    expect(found, `the demo data has ${name}`).toBeDefined();
    return found!;
  };
  /** A link to the posting in an HTML, XML or JSON answer (and not to a longer slug that starts the same). */
  const linksTo = (body: string, slug: string) => new RegExp(`/opportunities/${slug}(?![a-z0-9-])`).test(body);

  test.beforeAll(async () => {
    demo = await demoPostings();
    hidden = demo.filter((posting) => !isPublic(posting));
  });

  test("the demo data computed here is the server's: the sitemap lists exactly its public postings", async ({ request }) => {
    const sitemap = await (await request.get("/sitemap.xml")).text();
    const publicPostings = demo.filter(isPublic);
    expect(publicPostings.length).toBeGreaterThan(100);
    for (const posting of publicPostings) expect(linksTo(sitemap, posting.slug), `${posting.slug} in the sitemap`).toBe(true);
    for (const posting of hidden) expect(linksTo(sitemap, posting.slug), `${posting.slug} (${posting.status}) not in the sitemap`).toBe(false);
    // Slugs made unique with a number ("…-2") depend on the order of the whole seed: the server agrees on one.
    const numbered = publicPostings.find((posting) => /-\d+$/.test(posting.slug))!;
    const page = await request.get(`/opportunities/${numbered.slug}`);
    expect(page.status()).toBe(200);
    expect(await page.text()).toContain(numbered.title);
  });

  for (const [name] of EXAMPLES) {
    test(`${name} has no public page, calendar file or report form`, async ({ request }) => {
      const posting = example(name);
      for (const path of [`/opportunities/${posting.slug}`, `/opportunities/${posting.slug}/calendar.ics`, `/opportunities/${posting.slug}/report`, `/opportunities/${posting.slug}/thanks`]) {
        const answer = await request.get(path);
        expect(answer.status(), path).toBe(404);
        expect(await answer.text(), path).not.toContain(posting.title);
      }
      if (posting.organization.status !== "approved") {
        const organization = await request.get(`/organizations/${posting.organization.slug}`);
        expect(organization.status()).toBe(404);
        expect(await organization.text()).not.toContain(posting.organization.name);
      }
    });

    test(`${name} is in no search, API answer or feed, even for its own title`, async ({ request }) => {
      const posting = example(name);
      const q = new URLSearchParams({ q: posting.title }).toString();
      // Several organizations post under one title: where a public twin exists, the same search finds it.
      const twins = demo.filter((other) => isPublic(other) && other.title === posting.title);
      for (const path of [`/opportunities?${q}`, `/api/v1/opportunities?${q}`, `/feed.xml?${q}`]) {
        const answer = await request.get(path);
        expect(answer.status(), path).toBe(200);
        const body = await answer.text();
        expect(linksTo(body, posting.slug), `${posting.slug} on ${path}`).toBe(false);
        if (twins.length > 0) expect(twins.some((twin) => linksTo(body, twin.slug)), `a public "${posting.title}" on ${path}`).toBe(true);
      }
    });
  }

  test("no page of the API and not the feed lists any of them", async ({ request }) => {
    const first = await searchApi(request);
    const listed = first.items.map((item) => item.slug);
    for (let page = 2; page <= first.pageCount; page++) listed.push(...(await searchApi(request, `page=${page}`)).items.map((item) => item.slug));
    // Other tests publish meanwhile, so pages may shift by a posting or two: the walk still sees them all but a few.
    expect(listed.length).toBeGreaterThan(100);
    expect(listed.filter((slug) => hidden.some((posting) => posting.slug === slug))).toEqual([]);

    const feed = await (await request.get("/feed.xml")).text();
    expect(hidden.filter((posting) => linksTo(feed, posting.slug)).map((posting) => posting.slug)).toEqual([]);
  });
});

test("a county search lists that county's postings first, marks statewide and remote ones, and leaves them out in one click", async ({ page, search, request }) => {
  const penobscot = { slug: "penobscot", name: "Penobscot" };
  const wide = (item: { statewide: boolean; remote: boolean }) => item.statewide || item.remote;
  const all = await searchApi(request, `county=${penobscot.slug}`);
  const firstWide = all.items.findIndex(wide);
  expect(firstWide, "a first page with local postings and then statewide or remote ones").toBeGreaterThan(0);
  // The API lists them in the same order: every local posting before every statewide or remote one.
  expect(all.items.slice(firstWide).every(wide)).toBe(true);

  await search.goto(`?county=${penobscot.slug}`);
  const cards = await Promise.all((await search.cards.all()).map(readCard));
  const marked = cards.map((card) => card.tags.includes("Statewide") || card.tags.includes("Remote"));
  expect(marked).toEqual(all.items.map(wide));
  expect(await search.resultLinks()).toEqual(all.items.map((item) => new URL(item.url).pathname));

  await page.getByRole("link", { name: `Show only postings in ${penobscot.name} County` }).click();
  await expect(page).toHaveURL(/\/opportunities\?county=penobscot&local=1$/);
  await search.expectLoaded();
  await expect(page.getByRole("list", { name: "Active filters" })).toContainText("No statewide or remote postings");
  await expect(search.form.getByRole("checkbox", { name: "Leave out statewide and remote postings" })).toBeChecked();
  const local = await searchApi(request, `county=${penobscot.slug}&local=1`);
  expect(await search.total()).toBe(local.total);
  expect(local.total).toBeLessThan(all.total);
  for (const card of await Promise.all((await search.cards.all()).map(readCard))) {
    expect(card.tags).not.toContain("Statewide");
    expect(card.tags).not.toContain("Remote");
  }
});

test("the site has an icon: no page asks for a favicon in vain", async ({ page, request }) => {
  const icon = await request.get("/favicon.ico");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toMatch(/^image\//);
  const missing: string[] = [];
  page.on("response", (response) => {
    if (response.status() === 404) missing.push(response.url());
  });
  await page.goto("/");
  const declared = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(declared).toBeTruthy();
  expect((await request.get(declared!)).status()).toBe(200);
  await page.goto("/opportunities?county=york");
  expect(missing).toEqual([]);
});

test("a teenager finds postings open to under-18s with no background check, and each one says so", async ({ page, search, request }) => {
  await search.goto();
  const everything = await search.total();
  await search.form.getByRole("checkbox", { name: "Open to volunteers under 18" }).check();
  await search.form.getByRole("checkbox", { name: "No background check" }).check();
  await search.filter({});
  await expect(page).toHaveURL(/[?&]youth=1&nocheck=1(&|$)/);
  const filters = page.getByRole("list", { name: "Active filters" });
  await expect(filters.getByRole("link", { name: "Open to volunteers under 18" })).toBeVisible();
  await expect(filters.getByRole("link", { name: "No background check" })).toBeVisible();

  const total = await search.total();
  expect(total).toBeGreaterThan(0);
  expect(total).toBeLessThan(everything);
  expect((await searchApi(request, "youth=1&nocheck=1")).total).toBe(total);

  const first = await readCard(search.cards.first());
  await search.cards.first().getByRole("link", { name: first.title }).click();
  await expect(page.getByText("Background check", { exact: true }).locator("xpath=following-sibling::*[1]")).toHaveText("Not required");
  await expect(page.getByText("Minimum age", { exact: true }).locator("xpath=following-sibling::*[1]")).toHaveText(/^(No minimum|1[0-7] or older)$/);

  // Training provided narrows it again, and the chip takes one filter away at a time.
  await page.goBack();
  await search.expectLoaded();
  await search.form.getByRole("checkbox", { name: "Training provided" }).check();
  await search.filter({});
  expect(await search.total()).toBe((await searchApi(request, "youth=1&nocheck=1&training=1")).total);
  await page.getByRole("list", { name: "Active filters" }).getByRole("link", { name: "Open to volunteers under 18" }).click();
  await expect(page).toHaveURL(/nocheck=1&training=1/);
  await expect(page).not.toHaveURL(/youth=1/);
});
