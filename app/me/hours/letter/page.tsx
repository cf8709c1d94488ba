import type { Metadata } from "next";
import Link from "next/link";
import { PrintButton } from "@/components/print-button";
import { requireViewer } from "@/lib/auth/require";
import { formatDay } from "@/lib/format";
import { myHours, todayInMaine } from "@/lib/hours/hours";
import { hoursInWords } from "@/lib/hours/schemas";
import { site } from "@/lib/site";

export const metadata: Metadata = { title: "Letter of service", robots: { index: false } };

/**
 * A letter listing the volunteer's confirmed hours, for a school, an employer
 * or a licensing board. The page is the letter: the print stylesheet leaves
 * out the site's frame, so "Print" gives a clean page or a PDF.
 */
export default async function LetterOfServicePage() {
  const viewer = await requireViewer("/me/hours/letter");
  const confirmed = (await myHours(viewer)).filter((entry) => entry.status === "confirmed");
  const total = confirmed.reduce((sum, entry) => sum + entry.minutes, 0);

  return (
    <article className="max-w-3xl print:max-w-none" aria-labelledby="letter-heading">
      <p className="print:hidden">
        <Link href="/me/hours">Back to my hours</Link>
      </p>
      <div className="mt-4 flex gap-3 print:hidden">
        <PrintButton />
      </div>
      <div className="mt-6 rounded border border-slate-300 p-6 print:border-0 print:p-0">
        <p className="text-sm text-slate-700">
          {site.name} · {formatDay(todayInMaine())}
        </p>
        <h1 id="letter-heading" className="mt-4 text-2xl font-bold">
          Letter of service
        </h1>
        {confirmed.length === 0 ? (
          <p className="mt-4">No confirmed hours yet: confirm the hours organizations recorded for you, and they are listed here.</p>
        ) : (
          <>
            <p className="mt-4">
              This letter lists the volunteer service of <strong>{viewer.name}</strong>, as recorded by the organizations below and confirmed by
              the volunteer: <strong>{hoursInWords(total)}</strong> in all.
            </p>
            <table className="mt-6 w-full border-collapse text-left text-sm">
              <caption className="sr-only">Confirmed hours, newest first</caption>
              <thead>
                <tr className="border-b-2 border-slate-400">
                  <th scope="col" className="py-2 pr-4">Day</th>
                  <th scope="col" className="py-2 pr-4">Organization and opportunity</th>
                  <th scope="col" className="py-2 pr-4">What they did</th>
                  <th scope="col" className="py-2 text-right">Hours</th>
                </tr>
              </thead>
              <tbody>
                {confirmed.map((entry) => (
                  <tr key={entry.id} className="border-b border-slate-200 align-top">
                    <td className="py-2 pr-4 sm:whitespace-nowrap">{formatDay(entry.servedOn)}</td>
                    {/* What organizations and volunteers wrote may hold a long unbroken word (a web address): it breaks rather than widen the letter past a phone. */}
                    <td className="py-2 pr-4 [overflow-wrap:anywhere]">
                      {entry.organizationName}
                      <span className="block text-slate-700">{entry.postingTitle}</span>
                    </td>
                    <td className="py-2 pr-4 [overflow-wrap:anywhere]">{entry.description ?? ""}</td>
                    <td className="py-2 text-right sm:whitespace-nowrap">{hoursInWords(entry.minutes)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={3} className="py-2 pr-4 text-right">
                    Total
                  </th>
                  <td className="py-2 text-right font-semibold sm:whitespace-nowrap">{hoursInWords(total)}</td>
                </tr>
              </tfoot>
            </table>
            <p className="mt-6 text-sm text-slate-700">
              Each entry was recorded by the organization named and confirmed by the volunteer on the {site.name}. Questions about an entry go to
              that organization.
            </p>
          </>
        )}
      </div>
    </article>
  );
}
