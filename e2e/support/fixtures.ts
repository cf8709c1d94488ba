import { test as base } from "@playwright/test";
import { SearchPage } from "./search-page";

export const test = base.extend<{ search: SearchPage }>({
  search: async ({ page }, provide) => {
    await provide(new SearchPage(page));
  },
});
export { expect } from "@playwright/test";
