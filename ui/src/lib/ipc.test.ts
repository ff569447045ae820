import { afterEach, expect, test, vi } from "vitest";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { addUri, errorMessage, removeEntry, subscribe, type Listeners } from "./ipc";
import type { Push } from "../gen/Push";
import type { Code } from "../gen/Code";
import { entryView } from "./testRows";

afterEach(() => clearMocks());

test("addUri sends the URI under the argument name Rust expects", async () => {
  const calls: [string, unknown][] = [];
  mockIPC((cmd, args) => {
    calls.push([cmd, args]);
    return [{ id: "1", issuer: "ACME", account: "a", kind: "totp", warnings: [] }];
  });
  const added = await addUri("otpauth://totp/x?secret=AA");
  expect(calls).toEqual([["add_uri", { uri: "otpauth://totp/x?secret=AA" }]]);
  expect(added[0]?.issuer).toBe("ACME");
});

test("removeEntry passes the id", async () => {
  let seen: unknown;
  mockIPC((cmd, args) => {
    if (cmd === "remove_entry") seen = args;
  });
  await removeEntry("7");
  expect(seen).toEqual({ id: "7" });
});

const acme = entryView();
const bank = entryView({ id: "2", issuer: "Bank" });
const code = (c: string, until = 30_000): Code => ({ code: c, nextCode: null, validFromMs: until - 30_000, validUntilMs: until });
const tick = () => new Promise((r) => setTimeout(r, 0));

/** Rust's side: the subscription's answer, then each `next_pushes` answered from `answers`
 *  (a function throws instead), then no answer. */
function rust(answers: (Push[] | (() => never))[]) {
  const asked: unknown[] = [];
  mockIPC((cmd, args) => {
    if (cmd === "subscribe") return { id: 7, snapshot: { entries: [acme], codes: [code("123456")], offsetMs: 0 } };
    if (cmd !== "next_pushes") return;
    asked.push(args);
    const answer = answers.shift();
    if (typeof answer === "function") answer();
    return answer ?? new Promise(() => {});
  });
  return asked;
}

const listeners = (got: string[]): Listeners => ({
  codes: (rows, offset) => got.push(`${rows.map((r) => `${r.issuer} ${r.code} ${r.validUntilMs}`).join(", ")} (${offset})`),
  status: () => got.push("status"),
  link: () => got.push("link"),
  quick: (open) => got.push(`quick ${open?.suggested ?? "closed"}`),
  error: (e) => got.push(`error ${errorMessage(e)}`),
});

test("subscribe gives rows: the accounts with each push's codes, and Rust's events in order", async () => {
  const asked = rust([
    // Most pushes carry codes alone; the accounts are the last ones sent.
    [{ kind: "codes", snapshot: { entries: null, codes: [code("111111", 60_000)], offsetMs: 0 } }],
    [
      { kind: "status" },
      {
        kind: "codes",
        snapshot: { entries: [bank, acme], codes: [code("222222", 60_000), code("333333", 60_000)], offsetMs: 2 },
      },
    ],
    [{ kind: "quick", open: { suggested: "1", title: "ACME" } }, { kind: "quickClosed" }, { kind: "link" }],
  ]);
  const got: string[] = [];
  await subscribe(listeners(got));
  await tick();
  expect(got).toEqual([
    "ACME 123456 30000 (0)",
    "ACME 111111 60000 (0)",
    "status",
    "Bank 222222 60000, ACME 333333 60000 (2)",
    "quick 1",
    "quick closed",
    "link",
  ]);
  expect(asked).toHaveLength(4);
  expect(asked[0]).toEqual({ subscription: 7 });
});

test("a failed request is reported and asked again; a replaced subscription stops asking", async () => {
  vi.useFakeTimers();
  try {
    const asked = rust([
      () => {
        throw new Error("the connection broke");
      },
      [{ kind: "status" }],
      () => {
        throw { kind: "notFound", message: "this page's subscription was replaced" };
      },
    ]);
    const got: string[] = [];
    await subscribe(listeners(got));
    await vi.advanceTimersByTimeAsync(1000);
    expect(got).toEqual(["ACME 123456 30000 (0)", "error the connection broke", "status"]);
    expect(asked).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(5000);
    expect(asked).toHaveLength(3);
  } finally {
    vi.useRealTimers();
  }
});

test("stopping ends the requests", async () => {
  const asked = rust([[{ kind: "status" }], [{ kind: "link" }]]);
  const got: string[] = [];
  const stop = await subscribe(listeners(got));
  stop();
  await tick();
  expect(got).toEqual(["ACME 123456 30000 (0)"]);
  expect(asked).toHaveLength(1);
});

test("errors become readable messages", async () => {
  mockIPC(() => {
    throw { kind: "invalid", message: "secret is empty" };
  });
  await expect(addUri("otpauth://totp/x?secret=")).rejects.toMatchObject({ message: "secret is empty" });
  expect(errorMessage({ kind: "invalid", message: "secret is empty" })).toBe("secret is empty");
  expect(errorMessage("plain text")).toBe("plain text");
  expect(errorMessage(new Error("boom"))).toBe("boom");
  expect(errorMessage(42)).toBe("Something went wrong.");
});
