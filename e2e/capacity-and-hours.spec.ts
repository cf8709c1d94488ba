/**
 * What follows "I'm interested", in a browser, on the demo data: a full
 * posting says so and search can leave it out; its coordinator offers a freed
 * place to the first person waiting, who is mailed; hours recorded for a
 * placed volunteer are confirmed or disputed by them, printed on their letter
 * of service, and counted on the home page.
 */
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./support/accounts";
import { searchApi } from "./support/api";
import { expectNoAxeViolations } from "./support/axe";
import { waitForMail } from "./support/mail";

test.describe.configure({ mode: "serial" });

const from = (n: number) => ({ extraHTTPHeaders: { "X-Forwarded-For": `203.0.113.${n}` } });
let coordinator: Page;
let dashboard = "";
let fullTitle = "";
let postingPath = "";

test.beforeAll(async ({ browser }) => {
  coordinator = await (await browser.newContext(from(120))).newPage();
  await signIn(coordinator, "coordinator-b@demo.example.org", DEMO_PASSWORD, "/dashboard");
  dashboard = /^\/dashboard\/[a-z0-9-]+/.exec(new URL(coordinator.url()).pathname)![0];
});
test.afterAll(async () => {
  await coordinator.context().close();
});

test("a full posting says so, open=1 leaves it out, and a freed place goes to the first person waiting", async ({ page, request }) => {
  // The public organization page marks the full posting; its page says new volunteers join a waiting list.
  await page.goto(`/organizations/${dashboard.split("/")[2]}`);
  const fullCard = page.getByTestId("opportunity-card").filter({ hasText: "Full: waiting list" });
  await expect(fullCard).toHaveCount(1);
  fullTitle = (await fullCard.getByRole("heading").textContent())!.trim();
  const fullSlug = (await fullCard.getByRole("link", { name: fullTitle }).getAttribute("href"))!.split("/").pop();
  await fullCard.getByRole("link", { name: fullTitle }).click();
  await expect(page.getByTestId("posting-full")).toContainText("This posting is full");
  await expect(page.getByText("all places are taken")).toBeVisible();

  // Its title finds it, and with open=1 it does not (another organization's posting of the same title may still show).
  const query = `q=${encodeURIComponent(`"${fullTitle}"`)}`;
  expect((await searchApi(request, query)).items.map((item) => item.slug)).toContain(fullSlug);
  expect((await searchApi(request, `${query}&open=1`)).items.map((item) => item.slug)).not.toContain(fullSlug);

  // Its coordinator sees two people waiting, in order, and cannot offer a place while none is free.
  await coordinator.goto(dashboard);
  await coordinator.getByRole("main").getByRole("link", { name: fullTitle }).first().click();
  // Read the address once the posting's page is there, not while the click is still on its way.
  await coordinator.waitForURL(/\/postings\/\d+$/);
  postingPath = new URL(coordinator.url()).pathname;
  await coordinator.getByRole("link", { name: "Places and waiting list" }).click();
  await expect(coordinator.getByRole("heading", { name: "Waiting (2)" })).toBeVisible();
  await expectNoAxeViolations(coordinator);
  const offer = coordinator.getByRole("button", { name: /^Offer the next place to / });
  await expect(offer).toHaveText("Offer the next place to Riley Chen");
  await offer.click();
  await expect(coordinator.getByRole("alert").filter({ hasText: "Every place is still taken" })).toBeVisible();

  // A scheduled volunteer cannot come: marked declined, their place is free.
  const postingId = postingPath.split("/").pop();
  await coordinator.goto(`${dashboard}/responses?posting=${postingId}&status=scheduled`);
  await coordinator.getByRole("main").getByRole("table").getByRole("link").first().click();
  await coordinator.getByLabel("New status").selectOption({ label: "Declined" });
  await coordinator.getByRole("button", { name: "Change status" }).click();
  await expect(coordinator.getByRole("status").filter({ hasText: "The status was changed." })).toBeVisible();

  await coordinator.goto(`${postingPath}/waitlist`);
  await coordinator.getByRole("button", { name: "Offer the next place to Riley Chen" }).click();
  await expect(coordinator.getByRole("status").filter({ hasText: "The place was offered" })).toBeVisible();
  await expect(coordinator.getByRole("heading", { name: "Waiting (1)" })).toBeVisible();
  await expect(coordinator.getByRole("heading", { name: "Offered a place (1)" })).toBeVisible();
  const mail = await waitForMail("riley.chen@example.net", "A place is open for you");
  expect(mail.text).toContain(fullTitle);

  // A place is open again on the public page.
  await page.reload();
  await expect(page.getByTestId("posting-full")).toHaveCount(0);
});

test("hours recorded for a placed volunteer are confirmed or disputed by them, printed on their letter and counted on the home page", async ({ browser }) => {
  await coordinator.goto(postingPath);
  await coordinator.getByRole("link", { name: "Hours given" }).click();
  await expect(coordinator.getByRole("checkbox", { name: "Val Volunteer" })).toBeChecked();
  await coordinator.getByLabel("Hours each").fill("1.1");
  await coordinator.getByRole("button", { name: "Record hours" }).click();
  await expect(coordinator.getByTestId("error-summary")).toContainText("quarter hours");
  await coordinator.getByLabel("Hours each").fill("2");
  await coordinator.getByLabel("What they did (optional)").fill("Drove the van to the pantry");
  await coordinator.getByRole("button", { name: "Record hours" }).click();
  await expect(coordinator.getByRole("status").filter({ hasText: "Recorded for 1 volunteer" })).toBeVisible();
  await expect(coordinator.getByRole("main")).toContainText("Drove the van to the pantry");
  await expectNoAxeViolations(coordinator);

  const volunteer = await (await browser.newContext(from(121))).newPage();
  await signIn(volunteer, "volunteer@demo.example.org", DEMO_PASSWORD, "/me/hours");
  await expect(volunteer.getByRole("heading", { level: 1, name: "My hours" })).toBeVisible();
  const newest = volunteer.getByRole("row").filter({ hasText: "Drove the van to the pantry" });
  await newest.getByRole("button", { name: "Confirm" }).click();
  await expect(volunteer.getByRole("status").filter({ hasText: "Confirmed." })).toBeVisible();

  // The demo's other waiting entry is wrong: disputed, with a note the organization reads.
  const other = volunteer.getByRole("row").filter({ hasText: "Sorted donations" });
  await other.getByText("This is not right").click();
  await other.getByRole("button", { name: "Dispute these hours" }).click();
  await expect(volunteer.getByRole("alert").filter({ hasText: "Say what is wrong" })).toBeVisible();
  await volunteer.getByLabel("What is wrong?").fill("I was there three hours, not two and a half.");
  await volunteer.getByRole("button", { name: "Dispute these hours" }).click();
  await expect(volunteer.getByRole("status").filter({ hasText: "Disputed." })).toBeVisible();
  await expectNoAxeViolations(volunteer);

  // The letter lists the confirmed hours: the demo's three and today's two.
  await volunteer.getByRole("link", { name: "Your letter of service" }).click();
  await expect(volunteer.getByRole("heading", { level: 1, name: "Letter of service" })).toBeVisible();
  const letter = volunteer.getByRole("article");
  await expect(letter).toContainText("Drove the van to the pantry");
  await expect(letter).not.toContainText("Sorted donations");
  await expect(letter.getByRole("row").last()).toContainText("5 hours");
  await volunteer.emulateMedia({ media: "print" });
  await expect(volunteer.getByRole("banner")).toBeHidden();
  await expect(volunteer.getByRole("button", { name: "Print or save as PDF" })).toBeHidden();
  await volunteer.context().close();

  await coordinator.goto(`${postingPath}/hours`);
  await expect(coordinator.getByRole("main")).toContainText("I was there three hours, not two and a half.");

  const visitor = await (await browser.newContext(from(122))).newPage();
  await visitor.goto("/");
  await expect(visitor.getByTestId("hours-this-year")).toContainText(/given \d+ hours? across Maine this year/);
  await visitor.context().close();
});
