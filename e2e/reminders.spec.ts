/**
 * Reminders in a browser, with the run's own worker and mail server: a
 * coordinator posts an event that starts in a few hours (so its reminder is
 * already due), a volunteer says "I'm interested" and is scheduled, and the
 * reminder arrives with the calendar file and a link that stops reminders.
 * The same posting, edited to leave the site within days, can be renewed
 * early; reminders can be turned off per posting. The timing rules
 * themselves are tested by moving the clock in lib/reminders.
 */
import { expect, test, type Page } from "@playwright/test";
import { toLocalInput } from "../lib/format";
import { DEMO_PASSWORD, signIn, uniqueEmail } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { linkIn, waitForMail } from "./support/mail";
import { sayInterested } from "./support/people";

test.describe.configure({ mode: "serial" });

const from = (n: number) => ({ extraHTTPHeaders: { "X-Forwarded-For": `203.0.113.${n}` } });
const HOUR = 3_600_000;
const title = `Soup kitchen shift ${Date.now().toString(36)}`;
let coordinator: Page;
let postingPath = "";

test.beforeAll(async ({ browser }) => {
  coordinator = await (await browser.newContext(from(140))).newPage();
  await signIn(coordinator, "coordinator-b@demo.example.org", DEMO_PASSWORD, "/dashboard");
});
test.afterAll(async () => {
  await coordinator.context().close();
});

test("a scheduled volunteer is reminded of an event with its calendar file, and the link stops reminders", async ({ page }) => {
  const dashboard = /^\/dashboard\/[a-z0-9-]+/.exec(new URL(coordinator.url()).pathname)![0];
  await coordinator.goto(`${dashboard}/postings/new`);
  const reminders = coordinator.getByLabel("Remind scheduled volunteers by e-mail the day before");
  await expect(reminders).toBeChecked();
  await coordinator.getByLabel("Title").fill(title);
  await coordinator.getByLabel("Summary").fill("Serve lunch at the community soup kitchen.");
  await coordinator.getByLabel("Description").fill("Help prepare and serve a hot lunch; aprons and training on the day.");
  await coordinator.getByLabel("Type").selectOption("one_time");
  await coordinator.getByLabel("Skill level").selectOption("none");
  await coordinator.getByRole("group", { name: "Causes" }).getByLabel("Basic needs").check();
  await coordinator.getByLabel("Statewide").check();
  await coordinator.getByLabel("Starts (optional)").fill(toLocalInput(new Date(Date.now() + 3 * HOUR)));
  await coordinator.getByRole("button", { name: "Save draft" }).click();
  await expect(coordinator.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await coordinator.waitForURL((url) => /\/postings\/\d+$/.test(url.pathname));
  postingPath = new URL(coordinator.url()).pathname;
  await coordinator.getByRole("button", { name: "Publish" }).click();
  await expect(coordinator.getByRole("status").filter({ hasText: "Published" })).toBeVisible();
  const slug = (await coordinator.getByRole("link", { name: "See it on the public site" }).getAttribute("href"))!.split("/").pop()!;

  const volunteer = { name: "Jordan Reminder", email: uniqueEmail("reminded") };
  await sayInterested(page, slug, volunteer);

  await coordinator.goto(`${dashboard}/responses?posting=${postingPath.split("/").pop()}`);
  await coordinator.getByRole("link", { name: volunteer.name }).click();
  await coordinator.getByLabel("New status").selectOption("scheduled");
  await coordinator.getByRole("button", { name: "Change status" }).click();
  await expect(coordinator.getByText("Status: Scheduled")).toBeVisible();

  const mail = await waitForMail(volunteer.email, "Reminder: your volunteer event is coming up");
  expect(mail.text).toContain(`"${title}"`);
  expect(mail.text).toContain("(Maine time)");
  expect(mail.attachments?.map((file) => file.filename)).toEqual([`${slug}.ics`]);
  expect(mail.attachments?.[0]?.content).toContain(`SUMMARY:${title}`);

  await page.goto(linkIn(mail, "/reminders/stop"));
  await expect(page.getByRole("heading", { level: 1, name: "Stop event reminders" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Stop event reminders" }).click();
  await expect(page.getByRole("status")).toHaveText("You will get no more event reminders at this address.");
  // The same link turns them back on, and off again.
  await page.getByRole("button", { name: "Turn event reminders back on" }).click();
  await expect(page.getByRole("status")).toHaveText("Event reminders are back on for this address.");
  await expect(page.getByRole("button", { name: "Stop event reminders" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("button", { name: "Stop event reminders" })).toBeVisible();
  // A link cut short says so.
  await page.goto("/reminders/stop?token=cut-short");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("This link is not valid");
});

test("a posting about to leave the site can be renewed early, and reminders can be turned off", async () => {
  await coordinator.goto(`${postingPath}/edit`);
  await coordinator.getByLabel("Show the posting until").fill(toLocalInput(new Date(Date.now() + 3 * 24 * HOUR)).slice(0, 10));
  const reminders = coordinator.getByLabel("Remind scheduled volunteers by e-mail the day before");
  await expect(reminders).toBeChecked();
  await reminders.uncheck();
  await coordinator.getByRole("button", { name: "Save changes" }).click();
  await expect(coordinator.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  await expect(coordinator.getByText("leaves the public site soon")).toBeVisible();
  await coordinator.getByRole("button", { name: "Renew for 90 days" }).click();
  await expect(coordinator.getByRole("status").filter({ hasText: "Renewed: the posting is shown for 90 days from today." })).toBeVisible();
  await expect(coordinator.getByText("leaves the public site soon")).toHaveCount(0);
  await expect(coordinator.getByRole("button", { name: "Renew for 90 days" })).toHaveCount(0);

  await coordinator.goto(`${postingPath}/edit`);
  await expect(coordinator.getByLabel("Remind scheduled volunteers by e-mail the day before")).not.toBeChecked();
});
