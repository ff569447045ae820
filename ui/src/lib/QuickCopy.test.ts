import { afterEach, expect, test } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import QuickCopy from "./QuickCopy.svelte";
import type { CodeView } from "./ipc";
import { codeView } from "./testRows";

let view: ReturnType<typeof mount> | undefined;
afterEach(() => {
  if (view) unmount(view);
  view = undefined;
  clearMocks();
  document.body.innerHTML = "";
});

const tick = () => new Promise((r) => setTimeout(r, 0));
const entry = (id: string, issuer: string): CodeView =>
  codeView({ id, issuer, account: "me", validUntilMs: Date.now() + 20_000 });
const codes = [entry("1", "Amazon"), entry("2", "AliExpress"), entry("3", "GitHub")];

function open(typesByDefault: boolean) {
  const calls: [string, unknown][] = [];
  mockIPC((cmd, args) => {
    calls.push([cmd, args]);
    if (cmd === "quick_finish") return { typed: (args as { typeIt: boolean }).typeIt, message: "Copied" };
  });
  view = mount(QuickCopy, {
    target: document.body,
    props: { codes, open: { suggested: "2", title: "AliExpress - Sign in" }, typesByDefault },
  });
  flushSync();
  return calls;
}

const key = (k: string, shiftKey = false) =>
  document.querySelector("#quick-search")!.dispatchEvent(new KeyboardEvent("keydown", { key: k, shiftKey, bubbles: true }));

test("the account the window's title names comes first, selected, and Enter copies it", async () => {
  const calls = open(false);
  expect(document.activeElement?.id).toBe("quick-search");
  expect(document.querySelector("#quick-suggestion")?.textContent).toBe("Suggested for “AliExpress - Sign in”");
  expect(document.querySelector("li.selected .issuer")?.textContent).toBe("AliExpress");
  key("Enter");
  await tick();
  expect(calls).toContainEqual(["quick_finish", { id: "2", typeIt: false }]);
});

test("typing searches; Shift+Enter does the other of copy and type; Escape closes", async () => {
  const calls = open(true);
  const field = document.querySelector<HTMLInputElement>("#quick-search")!;
  field.value = "git";
  field.dispatchEvent(new Event("input", { bubbles: true }));
  flushSync();
  expect([...document.querySelectorAll("#quick-results .issuer")].map((e) => e.textContent)).toEqual(["GitHub"]);
  expect(document.querySelector("#quick-suggestion")).toBeNull();
  key("Enter", true);
  await tick();
  expect(calls).toContainEqual(["quick_finish", { id: "3", typeIt: false }]);
  key("Escape");
  await tick();
  expect(calls.some(([c]) => c === "quick_close")).toBe(true);
});
