import { afterEach, expect, test } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import App from "./App.svelte";
import type { CodesSnapshot } from "./gen/CodesSnapshot";

let app: ReturnType<typeof mount> | undefined;
afterEach(() => {
  if (app) unmount(app);
  app = undefined;
  clearMocks();
  document.body.innerHTML = "";
});

const tick = () => new Promise((r) => setTimeout(r, 0));

function snapshot(now: number): CodesSnapshot {
  return {
    codes: [
      {
        id: "1", issuer: "ACME", account: "alice@example.com", kind: "totp", warnings: [],
        code: "123456", nextCode: "654321", validFromMs: now - 10_000, validUntilMs: now + 20_000,
      },
    ],
  };
}

test("shows pushed codes grouped, with a countdown", async () => {
  mockIPC((cmd, args) => {
    if (cmd === "subscribe_codes") {
      (args as { onUpdate: { onmessage?: (s: CodesSnapshot) => void } }).onUpdate.onmessage?.(snapshot(Date.now()));
    }
  });
  app = mount(App, { target: document.body });
  await tick();
  flushSync();
  expect(document.querySelector(".issuer")?.textContent).toBe("ACME");
  expect(document.querySelector(".code")?.textContent).toBe("123 456");
  const left = Number(document.querySelector(".seconds")?.textContent);
  expect(left).toBeGreaterThanOrEqual(19);
  expect(left).toBeLessThanOrEqual(21);
});

test("an empty profile explains how to add an account", async () => {
  mockIPC((cmd, args) => {
    if (cmd === "subscribe_codes") {
      (args as { onUpdate: { onmessage?: (s: CodesSnapshot) => void } }).onUpdate.onmessage?.({ codes: [] });
    }
  });
  app = mount(App, { target: document.body });
  await tick();
  flushSync();
  expect(document.querySelector(".empty")?.textContent).toContain("No accounts yet");
});

test("adding sends the URI, clears the field and reports errors", async () => {
  const sent: unknown[] = [];
  mockIPC((cmd, args) => {
    if (cmd === "add_uri") {
      sent.push(args);
      const uri = (args as { uri: string }).uri;
      if (uri.includes("bad")) throw { kind: "invalid", message: "secret is empty" };
      return [{ id: "1", issuer: "ACME", account: "a", kind: "totp", warnings: [] }];
    }
  });
  app = mount(App, { target: document.body });
  const input = document.querySelector<HTMLInputElement>("input#uri")!;
  const form = document.querySelector<HTMLFormElement>("form.add")!;

  input.value = "otpauth://totp/bad?secret=";
  input.dispatchEvent(new Event("input"));
  form.requestSubmit();
  await tick();
  flushSync();
  expect(document.querySelector("#add-status")?.textContent).toBe("secret is empty");
  expect(input.value).toBe("otpauth://totp/bad?secret=");

  input.value = "otpauth://totp/ACME:a?secret=JBSWY3DPEHPK3PXP";
  input.dispatchEvent(new Event("input"));
  form.requestSubmit();
  await tick();
  flushSync();
  expect(sent).toEqual([{ uri: "otpauth://totp/bad?secret=" }, { uri: "otpauth://totp/ACME:a?secret=JBSWY3DPEHPK3PXP" }]);
  expect(input.value).toBe("");
  expect(document.querySelector("#add-status")?.textContent).toBe("Added 1 account.");
});
