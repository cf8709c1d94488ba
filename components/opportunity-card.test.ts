import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { OpportunitySummary } from "@/lib/search/search";
import { titleWords } from "@/lib/warm-up/warm-up.mjs";
import { OpportunityCard } from "./opportunity-card";

/** A result as the search gives it, with this title. */
function summary(title: string, i: number): OpportunitySummary {
  return {
    slug: `posting-${i}`,
    title,
    summary: "A few hours a week.",
    type: "ongoing",
    skillLevel: "none",
    causes: [],
    statewide: false,
    remote: false,
    town: "Portland",
    startsAt: null,
    endsAt: null,
    publishedAt: new Date("2026-11-01T12:00:00Z"),
    expiresAt: new Date("2027-01-01T12:00:00Z"),
    full: false,
    organizationSlug: "harbor-house",
    organizationName: "Harbor House",
    counties: [{ slug: "cumberland", name: "Cumberland" }],
  };
}

describe("the result card", () => {
  it("is read by the server's warm-up (lib/warm-up titleWords): the words of its titles, escaped quotes left out", () => {
    const titles = ["Legal clinic volunteer", 'Youth mentor volunteer with "Big Sibs"', "Legal aid volunteer", "Drive for coats"];
    const page = titles.map((title, i) => renderToStaticMarkup(createElement(OpportunityCard, { opportunity: summary(title, i) }))).join("");
    expect(titleWords(page)).toEqual(["legal", "clinic", "youth", "mentor", "sibs", "drive"]);
  });
});
