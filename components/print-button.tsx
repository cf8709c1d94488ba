"use client";

/** Opens the browser's print dialog, where "Save as PDF" gives the letter as a file. Without JavaScript the browser's own Print does the same. */
export function PrintButton() {
  return (
    <button type="button" className="button" onClick={() => window.print()}>
      Print or save as PDF
    </button>
  );
}
