import { expect, test } from "vitest";
import { arrange, filterCodes, groupsOf, moved } from "./search";
import type { CodeView } from "./ipc";
import { codeView } from "./testRows";

const entry = (id: string, issuer: string, account: string, more: Partial<CodeView> = {}): CodeView =>
  codeView({ id, issuer, account, ...more });

const codes = [
  entry("1", "Amazon", "me@example.com"),
  entry("2", "AliExpress", "shopper"),
  entry("3", "Société Générale", "compte"),
  entry("4", "GitHub", "amazon-bot", { group: "Work", note: "recovery codes in the safe" }),
];

test("every word must match issuer or account, accents and case aside", () => {
  expect(filterCodes(codes, "").map((c) => c.id)).toEqual(["1", "2", "3", "4"]);
  expect(filterCodes(codes, "ali").map((c) => c.id)).toEqual(["2"]);
  expect(filterCodes(codes, "societe gen").map((c) => c.id)).toEqual(["3"]);
  expect(filterCodes(codes, "EXAMPLE").map((c) => c.id)).toEqual(["1"]);
  expect(filterCodes(codes, "nothing")).toEqual([]);
});

test("an issuer starting with the query comes first", () => {
  expect(filterCodes(codes, "amazon").map((c) => c.id)).toEqual(["1", "4"]);
  expect(filterCodes(codes, "bot").map((c) => c.id)).toEqual(["4"]);
});

test("a renamed account is found by its new name in the next list", () => {
  expect(filterCodes(codes, "amazon").map((c) => c.id)).toEqual(["1", "4"]);
  // A push makes new rows of the same accounts; here account 1 was renamed in between.
  const next = codes.map((c) => (c.id === "1" ? { ...c, issuer: "Zalando" } : { ...c, code: "654321" }));
  expect(filterCodes(next, "amazon").map((c) => c.id)).toEqual(["4"]);
  expect(filterCodes(next, "zalando").map((c) => c.id)).toEqual(["1"]);
});

test("group and note count; favourites come first", () => {
  expect(filterCodes(codes, "work").map((c) => c.id)).toEqual(["4"]);
  expect(filterCodes(codes, "safe").map((c) => c.id)).toEqual(["4"]);
  const withFavourite = [...codes, entry("5", "Zalando", "me", { favorite: true })];
  expect(filterCodes(withFavourite, "").map((c) => c.id)).toEqual(["5", "1", "2", "3", "4"]);
});

test("a group filters, A–Z sorts by issuer, favourites stay first", () => {
  const list = [
    entry("1", "Zalando", "me", { group: "Shops" }),
    entry("2", "amazon", "me", { group: "Shops" }),
    entry("3", "Bank", "me", { group: "Money", favorite: true }),
    entry("4", "Ebay", "me"),
  ];
  expect(groupsOf(list)).toEqual(["Money", "Shops"]);
  expect(arrange(list, "", "", "custom").map((c) => c.id)).toEqual(["3", "1", "2", "4"]);
  expect(arrange(list, "", "", "issuer").map((c) => c.id)).toEqual(["3", "2", "4", "1"]);
  expect(arrange(list, "", "Shops", "issuer").map((c) => c.id)).toEqual(["2", "1"]);
  expect(arrange(list, "zal", "Shops", "custom").map((c) => c.id)).toEqual(["1"]);
});

test("most used and recently used orders; ties keep the person's order", () => {
  const used = [
    entry("1", "A", "", { uses: 2, lastUsed: 100 }),
    entry("2", "B", "", { uses: 9, lastUsed: 50 }),
    entry("3", "C", "", { uses: 2, lastUsed: 300 }),
  ];
  expect(arrange(used, "", "", "used").map((c) => c.id)).toEqual(["2", "1", "3"]);
  expect(arrange(used, "", "", "recent").map((c) => c.id)).toEqual(["3", "1", "2"]);
});

test("dragging a row puts it where it was dropped", () => {
  const ids = ["a", "b", "c", "d"];
  expect(moved(ids, "a", "c")).toEqual(["b", "c", "a", "d"]);
  expect(moved(ids, "d", "b")).toEqual(["a", "d", "b", "c"]);
  expect(moved(ids, "b", "b")).toEqual(ids);
  expect(moved(ids, "x", "b")).toEqual(ids);
});
