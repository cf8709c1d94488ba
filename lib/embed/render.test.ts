import { describe, expect, it } from "vitest";
import { embedSnippet, escapeHtml, renderEmbedPage } from "./render";

describe("the embed's page", () => {
  it("escapes every text it is given, and runs no script", () => {
    const html = renderEmbedPage({
      heading: `Volunteer with <Harbor> & "friends"`,
      items: [
        {
          slug: "bake-sale",
          title: "</title><script>alert(1)</script>",
          summary: "Cakes <i>and</i> pies",
          type: "one_time",
          skillLevel: "none",
          causes: [],
          statewide: false,
          remote: true,
          town: null,
          counties: [{ slug: "york", name: "York" }],
          startsAt: null,
          endsAt: null,
          publishedAt: new Date(),
          expiresAt: new Date("2027-01-31T05:00:00Z"),
          organizationSlug: "harbor",
          organizationName: "Harbor & Co",
        } as never,
      ],
      emptyText: "None",
      moreHref: "/organizations/harbor?x=1&y=2",
    });
    expect(html).not.toMatch(/<script|<i>/);
    expect(html).toContain("&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("Volunteer with &lt;Harbor&gt; &amp; &quot;friends&quot;");
    expect(html).toContain('href="/organizations/harbor?x=1&amp;y=2" target="_blank" rel="noopener"');
    expect(html).toContain('href="/opportunities/bake-sale" target="_blank" rel="noopener"');
    expect(html).toContain("York County · Remote");
  });

  it("says so when there is nothing to list, and offers no paging on one page", () => {
    const html = renderEmbedPage({ heading: "H", items: [], emptyText: "Nothing open right now.", moreHref: "/opportunities" });
    expect(html).toContain("<p>Nothing open right now.</p>");
    expect(html).not.toContain("Next");
  });

  it("gives HTML to copy that frames the embed by its full address", () => {
    expect(embedSnippet("https://databank.example", "/embed/organizations/harbor", `Harbor's "list"`)).toBe(
      `<iframe src="https://databank.example/embed/organizations/harbor" title="Harbor&#39;s &quot;list&quot;" width="100%" height="480" style="border:1px solid #e2e8f0;max-width:40rem" loading="lazy"></iframe>`,
    );
    expect(escapeHtml(`<>&"'`)).toBe("&lt;&gt;&amp;&quot;&#39;");
  });
});
