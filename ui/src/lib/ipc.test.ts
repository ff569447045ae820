import { afterEach, expect, test } from "vitest";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { addUri, errorMessage, removeEntry, subscribeCodes, type CodeView } from "./ipc";
import type { Code } from "../gen/Code";
import type { EntryView } from "../gen/EntryView";
import type { CodesSnapshot } from "../gen/CodesSnapshot";

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

const acme: EntryView = {
  id: "1", issuer: "ACME", account: "a", kind: "totp", warnings: [], group: "", note: "", favorite: false, icon: null, brand: null, uses: 0, lastUsed: 0,
  params: { kind: "totp", algorithm: "SHA1", digits: 6, period: 30, counter: null },
};
const bank: EntryView = { ...acme, id: "2", issuer: "Bank" };
const code = (c: string, until = 30_000): Code => ({ code: c, nextCode: null, validFromMs: until - 30_000, validUntilMs: until });
type Push = (s: CodesSnapshot) => void;
const channelOf = (args: unknown) => (args as { onUpdate: { onmessage: Push } }).onUpdate.onmessage;

test("subscribeCodes gives rows: the accounts with each push's codes", async () => {
  let push: Push | undefined;
  mockIPC((cmd, args) => {
    if (cmd === "subscribe_codes") {
      push = channelOf(args);
      return { entries: [acme], codes: [code("123456")], offsetMs: 0 };
    }
  });
  const got: [CodeView[], number][] = [];
  await subscribeCodes((rows, offset) => got.push([rows, offset]));
  // Most pushes carry codes alone; the accounts are the last ones sent.
  push!({ entries: null, codes: [code("111111", 60_000)], offsetMs: 0 });
  push!({ entries: [bank, acme], codes: [code("222222", 60_000), code("333333", 60_000)], offsetMs: 2 });
  expect(got.map(([rows, offset]) => [rows.map((r) => `${r.issuer} ${r.code} ${r.validUntilMs}`), offset])).toEqual([
    [["ACME 123456 30000"], 0],
    [["ACME 111111 60000"], 0],
    [["Bank 222222 60000", "ACME 333333 60000"], 2],
  ]);
});

test("a push that overtakes the subscription's answer comes after it", async () => {
  mockIPC((cmd, args) => {
    if (cmd === "subscribe_codes") {
      channelOf(args)({ entries: null, codes: [code("654321", 60_000)], offsetMs: 5 });
      return { entries: [acme], codes: [code("123456")], offsetMs: 0 };
    }
  });
  const got: string[] = [];
  await subscribeCodes((rows, offset) => got.push(`${rows[0]!.issuer} ${rows[0]!.code} ${offset}`));
  expect(got).toEqual(["ACME 123456 0", "ACME 654321 5"]);
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
