import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Notice } from "./notice";

describe("Notice", () => {
  it("says its words in a status that screen readers read out", () => {
    expect(renderToStaticMarkup(createElement(Notice, { className: "mt-3" }, "Saved."))).toBe('<p role="status" class="notice-success mt-3">Saved.</p>');
  });

  it("renders nothing when there is nothing to say", () => {
    for (const nothing of [undefined, null, false, ""]) expect(renderToStaticMarkup(createElement(Notice, null, nothing))).toBe("");
  });
});
