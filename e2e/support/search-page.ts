/**
 * The search form of /opportunities and its results, as a visitor sees them:
 * located by label, role and the data-testid hooks of the page.
 */
import { expect, type Locator, type Page } from "@playwright/test";

/** The labels a visitor reads for each skill level (lib/opportunities/vocabulary.ts). */
export const skillLabels = {
  none: "No experience needed",
  some: "Training provided",
  specialized: "Skills or credentials required",
} as const;
export type Skill = keyof typeof skillLabels;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** "1,234" or "1,000+" → 1234 / 1000. */
export function parseCount(text: string): number {
  const match = /(\d[\d,]*)\+?/.exec(text);
  if (!match) throw new Error(`No count in "${text}"`);
  return Number(match[1]!.replace(/,/g, ""));
}

export class SearchPage {
  readonly form: Locator;
  readonly resultCount: Locator;
  readonly cards: Locator;
  readonly emptyResults: Locator;
  readonly pages: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole("main").getByRole("search", { name: "Search opportunities" });
    this.resultCount = page.getByTestId("result-count");
    this.cards = page.getByTestId("opportunity-card");
    this.emptyResults = page.getByTestId("empty-results");
    this.pages = page.getByRole("navigation", { name: "Pages" });
  }

  async goto(query = "") {
    const response = await this.page.goto(`/opportunities${query}`);
    expect(response?.status()).toBe(200);
    await this.expectLoaded();
  }

  /** The results are on screen: their count heading and the search form. */
  async expectLoaded() {
    await expect(this.resultCount, "the results page shows its result count").toBeVisible();
    await expect(this.form, "the results page shows its search form").toBeVisible();
  }

  /** A county's checkbox: its label is the county name and then its count, "Cumberland (23)". */
  countyCheckbox(name: string): Locator {
    return this.form.getByRole("checkbox", { name: new RegExp(`^${escape(name)} \\(`) });
  }

  skillRadio(skill: Skill): Locator {
    return this.form.getByRole("radio", { name: new RegExp(`^${escape(skillLabels[skill])} \\(`) });
  }

  async filter({ county, skill }: { county?: string; skill?: Skill }) {
    if (county) await this.countyCheckbox(county).check();
    if (skill) await this.skillRadio(skill).check();
    const before = this.page.url();
    await this.form.getByRole("button", { name: "Show results" }).click();
    // With JavaScript the new search replaces the page in place: wait until its address is the new one.
    await expect(this.page).not.toHaveURL(before);
    await this.expectLoaded();
  }

  /** The links of the result cards on this page, "/opportunities/<slug>", in order. */
  async resultLinks(): Promise<string[]> {
    return this.cards.getByRole("heading").getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  }

  /** The number in the "23 opportunities" heading. */
  async total(): Promise<number> {
    return parseCount(await this.resultCount.innerText());
  }

  async countyCount(name: string): Promise<number> {
    return parseCount((await this.labelOf(this.countyCheckbox(name))).slice(name.length));
  }

  async skillCount(skill: Skill): Promise<number> {
    return parseCount((await this.labelOf(this.skillRadio(skill))).slice(skillLabels[skill].length));
  }

  private async labelOf(input: Locator): Promise<string> {
    return input.evaluate((element) => (element as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? "");
  }
}

/** What one result card says: where (after the organization's name) and its detail tags. */
export async function readCard(card: Locator) {
  const byline = await card.locator("p").first().innerText();
  const [organization, ...where] = byline.split(" · ");
  return {
    title: (await card.getByRole("heading").innerText()).trim(),
    organization: organization!.trim(),
    where: where.join(" · ").trim(),
    tags: (await card.getByRole("list", { name: "Details" }).getByRole("listitem").allInnerTexts()).map((t) => t.trim()),
  };
}
