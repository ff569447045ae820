import { describe, expect, test } from "vitest";
import { fractionLeft, groupCode, hueFor, initial, secondsLeft, sharedWindow } from "./format";

describe("groupCode", () => {
  test.each([
    ["123456", "123 456"],
    ["1234567", "123 4567"],
    ["12345678", "1234 5678"],
    ["1234567890", "12345 67890"],
    ["1234", "1234"],
    ["747JR", "747JR"],
  ])("%s → %s", (code, grouped) => expect(groupCode(code)).toBe(grouped));
});

describe("countdown", () => {
  test("seconds left rounds up and never goes negative", () => {
    expect(secondsLeft(30_000, 0)).toBe(30);
    expect(secondsLeft(30_000, 29_001)).toBe(1);
    expect(secondsLeft(30_000, 31_000)).toBe(0);
  });
  test("fraction left is clamped to the window", () => {
    expect(fractionLeft(0, 30_000, 15_000)).toBeCloseTo(0.5);
    expect(fractionLeft(0, 30_000, -5)).toBe(1);
    expect(fractionLeft(0, 30_000, 40_000)).toBe(0);
    expect(fractionLeft(10, 10, 10)).toBe(0);
  });
});

describe("shared countdown", () => {
  const w = (validFromMs: number | null, validUntilMs: number | null) => ({ validFromMs, validUntilMs });
  test("the window most codes share", () => {
    expect(sharedWindow([w(0, 30_000), w(0, 60_000), w(0, 30_000), w(null, null)])).toEqual({ fromMs: 0, untilMs: 30_000 });
    expect(sharedWindow([w(0, 60_000)])).toEqual({ fromMs: 0, untilMs: 60_000 });
  });
  test("none without a timed code", () => {
    expect(sharedWindow([])).toBeNull();
    expect(sharedWindow([w(null, null)])).toBeNull();
  });
});

describe("avatar", () => {
  test("initial prefers the issuer, then the account", () => {
    expect(initial("github", "bob")).toBe("G");
    expect(initial("", "bob")).toBe("B");
    expect(initial(" ", "")).toBe("?");
    expect(initial("École", "")).toBe("É");
  });
  test("hue is stable and in range", () => {
    expect(hueFor("ACME")).toBe(hueFor("acme"));
    expect(hueFor("ACME")).toBeGreaterThanOrEqual(0);
    expect(hueFor("ACME")).toBeLessThan(360);
  });
});
