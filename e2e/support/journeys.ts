/** Checks shared by the search journeys with and without JavaScript. */
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { searchApi } from "./api";
import { readCard, skillLabels, type SearchPage, type Skill } from "./search-page";

/**
 * The results of a county + skill search, as the page shows them: the URL, the
 * count heading against the facet counts and the API, and every card on the page.
 */
export async function expectCountySkillResults(
  search: SearchPage,
  request: APIRequestContext,
  county: { slug: string; name: string },
  skill: Skill,
) {
  const url = new URL(search.page.url());
  expect(url.pathname).toBe("/opportunities");
  expect(url.search).toContain(`county=${county.slug}&skill=${skill}`);
  expect(url.searchParams.getAll("county")).toEqual([county.slug]);
  expect(url.searchParams.get("skill")).toBe(skill);

  // The form shows what is applied.
  await expect(search.countyCheckbox(county.name)).toBeChecked();
  await expect(search.skillRadio(skill)).toBeChecked();
  await expect(search.page.getByRole("list", { name: "Active filters" })).toContainText(`${county.name} County`);

  // Each facet count is computed with the other filters applied, so with both
  // filters on, the chosen county's and the chosen skill's counts are the total.
  const total = await search.total();
  expect(total, "a search that finds something").toBeGreaterThan(0);
  expect(await search.countyCount(county.name)).toBe(total);
  expect(await search.skillCount(skill)).toBe(total);
  const api = await searchApi(request, `county=${county.slug}&skill=${skill}`);
  expect(api.total).toBe(total);

  await expect(search.cards).toHaveCount(Math.min(total, api.pageSize));
  for (const card of await search.cards.all()) {
    const { title, where, tags } = await readCard(card);
    const servesCounty = where === "Statewide" || where.split(" · ").at(-1)!.split(", ").includes(`${county.name} County`);
    expect(servesCounty, `"${title}" is in ${county.name} County or statewide (it says "${where}")`).toBe(true);
    expect(tags, `"${title}" shows its skill level`).toContain(skillLabels[skill]);
  }
  return { total, api };
}

/** An opportunity's own page: its title, its details and the card of its organization. */
export async function expectOpportunityPage(page: Page, expected: { title: string; organization: string; skill?: Skill }) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(expected.title);
  await expect(page.getByRole("heading", { level: 2, name: "The details" })).toBeVisible();
  if (expected.skill) {
    const skillLevel = page.locator("dt", { hasText: /^Skill level$/ }).locator("xpath=following-sibling::dd[1]");
    await expect(skillLevel).toHaveText(skillLabels[expected.skill]);
  }
  const organizationCard = page
    .getByRole("complementary", { name: "About the organization" })
    .getByRole("region", { name: expected.organization });
  await expect(organizationCard).toBeVisible();
  await expect(organizationCard.getByRole("link", { name: expected.organization })).toHaveAttribute("href", /^\/organizations\/[a-z0-9-]+$/);
}

/** From the home page's search form, a county only: lands on its results. */
export async function searchCountyFromHome(page: Page, search: SearchPage, county: { slug: string; name: string }) {
  await page.goto("/");
  const homeSearch = page.getByRole("search", { name: "Search opportunities" });
  await homeSearch.getByLabel("County").selectOption({ label: county.name });
  await homeSearch.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(new RegExp(`/opportunities\\?.*county=${county.slug}`));
  await search.expectLoaded();
}
