import { afterEach, expect, test, vi } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import ManualDialog from "./ManualDialog.svelte";

let view: ReturnType<typeof mount> | undefined;
afterEach(() => {
  if (view) unmount(view);
  view = undefined;
  clearMocks();
  vi.useRealTimers();
  document.body.innerHTML = "";
});

const type = (id: string, value: string) => {
  const field = document.querySelector<HTMLInputElement>(id)!;
  field.value = value;
  field.dispatchEvent(new Event("input", { bubbles: true }));
  flushSync();
};

test("the code previews as the setup key is typed; errors say what is wrong; Add saves through Rust", async () => {
  vi.useFakeTimers();
  const calls: [string, unknown][] = [];
  mockIPC((cmd, args) => {
    calls.push([cmd, args]);
    const secret = (args as { fields: { secret: string } }).fields.secret;
    if (cmd === "manual_preview") {
      if (secret.includes("1")) throw { kind: "invalid", message: "secret is not valid Base32: unexpected '1' at position 8" };
      return { code: "755224", validUntilMs: null };
    }
    if (cmd === "add_manual") return { id: "9", issuer: "Example", account: "me" };
  });
  const added = vi.fn();
  view = mount(ManualDialog, { target: document.body, props: { onclose: () => {}, onadded: added } });
  flushSync();
  type("#manual-issuer", "Example");
  type("#manual-secret", "JBSWY3D1");
  await vi.advanceTimersByTimeAsync(200);
  flushSync();
  expect(document.querySelector("#manual-status")?.textContent).toContain("unexpected '1' at position 8");
  expect(document.querySelector<HTMLButtonElement>("#manual-add")!.disabled).toBe(true);
  type("#manual-secret", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
  await vi.advanceTimersByTimeAsync(200);
  flushSync();
  expect(document.querySelector("#manual-code")?.textContent).toBe("755 224");
  // One preview per pause in typing, not per key.
  expect(calls.filter(([c]) => c === "manual_preview")).toHaveLength(2);
  document.querySelector<HTMLFormElement>("form")!.dispatchEvent(new Event("submit", { cancelable: true }));
  await vi.advanceTimersByTimeAsync(10);
  expect(calls.at(-1)).toEqual([
    "add_manual",
    {
      fields: {
        issuer: "Example",
        account: "",
        secret: "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
        params: { kind: "totp", algorithm: "SHA1", digits: 6, period: 30, counter: null },
      },
    },
  ]);
  expect(added).toHaveBeenCalledWith("Example");
});
