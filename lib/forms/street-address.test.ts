import { describe, expect, it } from "vitest";
import { findAddress, findAddressInTown } from "./street-address";

describe("a town", () => {
  it.each([
    "Old Orchard Beach",
    "South Portland",
    "Fort Kent",
    "Saint Agatha",
    "St. Agatha",
    "Madawaska",
    "Orono",
    "Lewiston",
    "Bar Harbor",
    "Presque Isle",
    "Dover-Foxcroft",
    "Lewiston, ME",
    "Portland, Maine",
    "T17 R4 WELS",
    "Cape Elizabeth",
    "Mount Desert",
    "Fort Fairfield",
    "Sainte-Agathe",
    "Lincolnville Center",
  ])("passes %j", (town) => {
    expect(findAddressInTown(town)).toBeNull();
  });

  it.each([
    ["12 Main Street, Lewiston", "street address"],
    ["12 Main Street", "street address"],
    ["12 Main St, Lewiston", "street address"],
    ["12 main st", "street address"],
    ["4 Elm St.", "street address"],
    ["300 Congress Ave, Portland", "street address"],
    ["1200 Route 1", "street address"],
    ["PO Box 44", "PO box"],
    ["P.O. Box 44", "PO box"],
    ["Lewiston, PO Box 44", "PO box"],
    ["44.1, -69.8", "map coordinates"],
    ["44.0977 -70.2312", "map coordinates"],
    ["44°06′N 70°13′W", "map coordinates"],
    ["Route 1, #4", "unit number"],
    ["Apt 3", "unit number"],
    ["Lewiston Apt 3", "unit number"],
    ["12 Lewiston", "house number"],
    ["Lewiston 04240", "house number"],
    ["Lewiston #12", "house number"],
  ])("refuses %j as a %s", (town, kind) => {
    expect(findAddressInTown(town)).toBe(kind);
  });
});

describe("a title, a summary or a description", () => {
  it.each([
    "Walk for 5K",
    "Youth mentoring for grades 6-8",
    "Drive survivors to appointments",
    "Help with a 3 hour drive to Bangor",
    "Volunteers needed for 5 days at St. Mary's",
    "Winter coat drive",
    "Our 5th annual Coat Drive",
    "Court Appointed Special Advocates",
    "Train 10 Court Appointed Special Advocates",
    "Sort donations 2 Saturdays a month",
    "Answer the hotline 4 hours a week",
    "Clean up along Route 1",
    "Hotline shifts, 9 to 5",
    "Raise $1,500 for the shelter",
    "Front desk volunteer, room 4",
    "Stock the pantry for 30 families in York County",
    "Bake sale",
    "Main Street festival booth",
    "Top 10 ways to help",
    "Mentor one of 2 teens in Portland",
    "Shifts from 8.30 to 12.00",
    "Serve 120 meals a week",
    "Be our #1 fan",
    "Meet 1:1 with a survivor",
  ])("passes %j", (text) => {
    expect(findAddress(text)).toBeNull();
  });

  it.each([
    ["Meet us at 12 Main Street", "street address"],
    ["Sorting at 45 Lisbon St, Lewiston", "street address"],
    ["Pantry at 9 Pine Tree Lane.", "street address"],
    ["Our office (221 Water St) needs help", "street address"],
    ["Send donations to PO Box 44", "PO box"],
    ["Write to P.O. Box 44, Bangor", "PO box"],
    ["Post Office Box 9", "PO box"],
    ["We are at 44.1, -69.8", "map coordinates"],
    ["Find us at 44.80N, 68.77W".replace("N", " N").replace("W", " W"), "map coordinates"],
    ["Behind the store at 1200 US Route 1", "street address"],
    ["Apt 3 is where we meet", "unit number"],
    ["Suite 200, Portland", "unit number"],
  ])("refuses %j as a %s", (text, kind) => {
    expect(findAddress(text)).toBe(kind);
  });
});
