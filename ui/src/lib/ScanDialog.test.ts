import { afterEach, expect, test } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import ScanDialog from "./ScanDialog.svelte";
import type { ScanPreview } from "../gen/ScanPreview";

let app: ReturnType<typeof mount> | undefined;
afterEach(() => {
  if (app) unmount(app);
  clearMocks();
  document.body.innerHTML = "";
});

const preview: ScanPreview = {
  accounts: [
    {
      issuer: "Example",
      account: "alice@google.com",
      kind: "totp",
      digits: 6,
      period: 30,
      duplicate: false,
      batch: "batch 1 of 2",
      warnings: [],
    },
    { issuer: "ACME", account: "bob", kind: "totp", digits: 6, period: 30, duplicate: true, batch: null, warnings: [] },
  ],
  others: [{ content: "url", preview: "https://example.com/login" }],
  problems: ["this Google Authenticator export has 2 codes; scan code 2 too, or those accounts are not included"],
};

test("the preview names batches, duplicates, other codes and missing batches; saves only new ones", async () => {
  let saved = 0;
  const calls: string[] = [];
  mockIPC((cmd) => {
    calls.push(cmd);
    if (cmd === "save_scanned") return [{ id: "1", issuer: "Example", account: "alice@google.com", kind: "totp", warnings: [] }];
  });
  app = mount(ScanDialog, { target: document.body, props: { preview, onclose: () => {}, onsaved: (n: number) => (saved = n) } });
  flushSync();
  const text = document.body.textContent ?? "";
  expect(text).toContain("alice@google.com · TOTP · 6 digits · 30 s · batch 1 of 2");
  expect(text).toContain("bob · TOTP · 6 digits · 30 s · already added");
  expect(text).toContain("Not an authenticator code: a web link (https://example.com/login)");
  expect(text).toContain("scan code 2 too");
  const save = [...document.querySelectorAll("button")].find((b) => b.textContent?.includes("Save"))!;
  expect(save.textContent?.trim()).toBe("Save 1 account");
  save.click();
  await new Promise((r) => setTimeout(r, 0));
  expect(calls).toEqual(["save_scanned"]);
  expect(saved).toBe(1);
});
