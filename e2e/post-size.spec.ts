/**
 * A post larger than any form of ours is refused with 413, also when it comes
 * chunked with no Content-Length (which proxy.ts cannot weigh): the production
 * server counts the body as it arrives and Next never reads it. Against the
 * run's own server: a server action's page, the sign-in route (and Auth.js's
 * callback address, which the site does not serve, all the same),
 * then the server still answers; a chunked post within the limit still works.
 */
import { expect, test } from "@playwright/test";
import { chunkedPost, multipart } from "./support/raw-http";
import { BASE_URL } from "./support/urls";

const TOO_LARGE = 100 * 1024;

/** The hidden fields that name the sign-up form's server action, as the page renders them for a browser without JavaScript. */
async function signUpActionFields(): Promise<[string, string][]> {
  const html = await (await fetch(`${BASE_URL}/signup`)).text();
  const fields = [...html.matchAll(/<input type="hidden" name="(\$ACTION_[^"]+)"(?: value="([^"]*)")?/g)].map(([, name, value]) => [name!, (value ?? "").replaceAll("&quot;", '"')] as [string, string]);
  expect(fields.length).toBeGreaterThan(0);
  return fields;
}

async function stillAnswers() {
  const health = await fetch(`${BASE_URL}/api/health`);
  expect(health.status).toBe(200);
  const page = await fetch(`${BASE_URL}/privacy`);
  expect(page.status).toBe(200);
}

test("a chunked post to a server action's page past 64 KB gets 413, and the server answers afterwards", async () => {
  const { body, contentType } = multipart([...(await signUpActionFields()), ["returnTo", "/start"], ["name", "x".repeat(TOO_LARGE)], ["email", "large@example.org"], ["password", "a long passphrase"]]);
  const answer = await chunkedPost(BASE_URL, "/signup", { "Content-Type": contentType, Origin: BASE_URL, Accept: "text/html" }, body);
  expect(answer.status).toBe(413);
  expect(answer.body).toBe("This form is too large to send.");
  await stillAnswers();
});

for (const path of ["/signin/password", "/api/auth/callback/credentials"]) {
  test(`a chunked sign-in post to ${path} past 64 KB gets 413, and the server answers afterwards`, async () => {
    const body = Buffer.from(new URLSearchParams({ email: "large@example.org", password: "p".repeat(TOO_LARGE), csrfToken: "x" }).toString());
    const answer = await chunkedPost(BASE_URL, path, { "Content-Type": "application/x-www-form-urlencoded", Origin: BASE_URL, Accept: "application/json" }, body);
    expect(answer.status).toBe(413);
    await stillAnswers();
  });
}

test("a post that announces more than 64 KB gets 413 too", async () => {
  const answer = await fetch(`${BASE_URL}/signin/password`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: BASE_URL, Accept: "application/json" },
    body: new URLSearchParams({ email: "large@example.org", password: "p".repeat(TOO_LARGE) }).toString(),
  });
  expect(answer.status).toBe(413);
  expect(await answer.text()).toBe("This form is too large to send.");
  await stillAnswers();
});

test("a chunked post within the limit reaches the form whole", async () => {
  const { body, contentType } = multipart([...(await signUpActionFields()), ["returnTo", "/start"], ["name", "y".repeat(40 * 1024)], ["email", "not-an-address"], ["password", "a long passphrase"]]);
  const answer = await chunkedPost(BASE_URL, "/signup", { "Content-Type": contentType, Origin: BASE_URL, Accept: "text/html" }, body, 1000);
  expect(answer.status).toBe(200);
  // The form answered about the address typed in the last field: the body arrived to its end.
  expect(answer.body).toContain("Enter an e-mail address like name@example.org.");
});
