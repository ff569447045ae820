import { afterEach, expect, test } from "vitest";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { addUri, errorMessage, removeEntry, subscribeCodes } from "./ipc";
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

test("subscribeCodes answers the codes now, then delivers pushed snapshots", async () => {
  const snapshot: CodesSnapshot = {
    codes: [
      {
        id: "1", issuer: "ACME", account: "a", kind: "totp", warnings: [],
        code: "123456", nextCode: "654321", validFromMs: 0, validUntilMs: 30_000, group: "", note: "", favorite: false, icon: null, brand: null, uses: 0, lastUsed: 0, params: { kind: "totp", algorithm: "SHA1", digits: 6, period: 30, counter: null },
      },
    ],
    offsetMs: 0,
  };
  const later = { ...snapshot, codes: [{ ...snapshot.codes[0]!, code: "111111" }] };
  let push: ((s: CodesSnapshot) => void) | undefined;
  mockIPC((cmd, args) => {
    if (cmd === "subscribe_codes") {
      push = (args as { onUpdate: { onmessage: (s: CodesSnapshot) => void } }).onUpdate.onmessage;
      return snapshot;
    }
  });
  const got: CodesSnapshot[] = [];
  await subscribeCodes((s) => got.push(s));
  push!(later);
  expect(got).toEqual([snapshot, later]);
});

test("a push that overtakes the subscription's answer is not replaced by it", async () => {
  const older = { codes: [], offsetMs: 0 };
  const newer = { codes: [], offsetMs: 5 };
  mockIPC((cmd, args) => {
    if (cmd === "subscribe_codes") {
      (args as { onUpdate: { onmessage: (s: CodesSnapshot) => void } }).onUpdate.onmessage(newer);
      return older;
    }
  });
  const got: CodesSnapshot[] = [];
  await subscribeCodes((s) => got.push(s));
  expect(got).toEqual([newer]);
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
