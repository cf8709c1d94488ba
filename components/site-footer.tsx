import { site } from "@/lib/site";

export function SiteFooter() {
  const { hotline } = site;
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50 print:hidden">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 text-sm sm:grid-cols-2">
        <section aria-labelledby="hotline-heading">
          <h2 id="hotline-heading" className="text-base font-semibold">
            Need help now?
          </h2>
          <p className="mt-2">
            {hotline.name}: call <a href={`tel:${hotline.tel}`}>{hotline.phone}</a> or text{" "}
            <a href={`sms:${hotline.text}`}>{hotline.text}</a>. Free, confidential, any hour, in many languages.
          </p>
          <p className="mt-2">In an emergency, call 911.</p>
        </section>
        <section aria-labelledby="safety-heading">
          <h2 id="safety-heading" className="text-base font-semibold">
            Browsing safely
          </h2>
          <p className="mt-2">
            The Quick exit button, or Escape pressed twice, leaves this site at once. It cannot erase your browser
            history: other pages of this site you opened stay in it. If someone else can see your device, use a private
            window. <a href="/privacy#browsing-safely">What quick exit can and cannot do</a>
          </p>
        </section>
      </div>
      <div className="mx-auto max-w-6xl px-4 pb-8 text-sm">
        <a href="/privacy">Privacy: how we handle personal data</a>
        <span aria-hidden="true"> · </span>
        <a href="/developers">Open data: API, feeds and embeds</a>
      </div>
    </footer>
  );
}
