"use client";

/** What a visitor sees when something breaks on our side: a plain sentence, never the error itself. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">Something went wrong</h1>
      <p className="mt-4">We could not show this page. Please try again in a moment.</p>
      <button type="button" onClick={reset} className="mt-4 rounded bg-brand-700 px-4 py-2 font-semibold text-white">
        Try again
      </button>
    </div>
  );
}
