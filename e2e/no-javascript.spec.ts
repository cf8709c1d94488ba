/** The search is a plain GET form: it must work with JavaScript off (DESIGN.md, /opportunities). */
import { expect, test } from "./support/fixtures";
import { expectCountySkillResults, expectOpportunityPage, searchCountyFromHome } from "./support/journeys";
import { readCard } from "./support/search-page";
import { QUICK_EXIT_URL } from "./support/urls";

test.use({ javaScriptEnabled: false });

const cumberland = { slug: "cumberland", name: "Cumberland" };

test("county and skill search without JavaScript", async ({ page, search, request }) => {
  await searchCountyFromHome(page, search, cumberland);

  await search.filter({ skill: "none" });
  await expectCountySkillResults(search, request, cumberland, "none");

  const first = await readCard(search.cards.first());
  await search.cards.first().getByRole("link", { name: first.title }).click();
  await expectOpportunityPage(page, { title: first.title, organization: first.organization, skill: "none" });
});

test("the results page form alone, without JavaScript", async ({ search, request }) => {
  await search.goto();
  await search.filter({ county: cumberland.name, skill: "some" });
  await expectCountySkillResults(search, request, cumberland, "some");
});

test("quick exit is still a link out of the site without JavaScript", async ({ page }) => {
  await page.goto("/host");
  await expect(page.getByTestId("quick-exit")).toHaveAttribute("href", QUICK_EXIT_URL);
  await page.getByTestId("quick-exit").click();
  await expect(page).toHaveURL(QUICK_EXIT_URL);
});
