import type { Metadata } from "next";
import { CopyText } from "@/components/copy-text";
import { requireOrganizationAccess } from "@/lib/auth/require";
import { embedSnippet } from "@/lib/embed/render";
import { siteUrl } from "@/lib/site";

export const metadata: Metadata = { title: "On your website" };

type Props = { params: Promise<{ organization: string }> };

/** The HTML that puts the organization's open postings on its own website, with a live preview of what it shows. */
export default async function EmbedPage(props: Props) {
  const { organization: slug } = await props.params;
  const access = await requireOrganizationAccess(slug, "view", `/dashboard/${slug}/embed`);
  const path = `/embed/organizations/${access.organization.slug}`;
  const title = `Volunteer opportunities with ${access.organization.name}`;

  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold">Your opportunities on your website</h1>
      {access.organization.status !== "approved" ? (
        <p className="notice">Once the organization is approved, you can show its open opportunities on your own website from here.</p>
      ) : (
        <>
          <p>
            Paste this HTML into a page of your website. It shows your open opportunities as they are here, kept up to date: a
            posting appears when you publish it and leaves when it closes or expires. Each opens on the databank in a new tab, where
            volunteers can say they are interested. It sets no cookies and runs no script on your site.
          </p>
          <CopyText label="HTML to copy" text={embedSnippet(siteUrl(), path, title)} />
          <h2 className="pt-2 text-xl font-semibold">Preview</h2>
          <iframe src={path} title={title} data-testid="embed-preview" className="h-[480px] w-full max-w-[40rem] border border-slate-200" />
          <p className="text-sm text-slate-700">
            To list a search instead (a county, a kind of help), use the address of a search with <code>/embed/opportunities</code> in place
            of <code>/opportunities</code>. More on the <a href="/developers">open data page</a>.
          </p>
        </>
      )}
    </div>
  );
}
