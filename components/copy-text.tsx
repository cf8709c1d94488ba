"use client";

import { useId, useState } from "react";

/** A read-only text to copy (an embed's HTML), with a button that copies it; without JavaScript the text can be selected by hand. */
export function CopyText({ label, text }: { label: string; text: string }) {
  const id = useId();
  const [copied, setCopied] = useState(false);
  return (
    <div>
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      <textarea id={id} readOnly rows={4} value={text} className="mt-1 block w-full rounded border border-slate-400 p-2 font-mono text-sm" onFocus={(event) => event.currentTarget.select()} />
      <button
        type="button"
        className="button-secondary mt-2"
        onClick={async () => {
          await navigator.clipboard.writeText(text);
          setCopied(true);
        }}
      >
        Copy the HTML
      </button>
      <span role="status" className="ml-3 text-sm">
        {copied ? "Copied." : ""}
      </span>
    </div>
  );
}
