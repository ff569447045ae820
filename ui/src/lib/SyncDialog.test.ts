import { afterEach, expect, test, vi } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import SyncDialog from "./SyncDialog.svelte";
import type { SyncView } from "../gen/SyncView";
import { type } from "./testDom";

let component: ReturnType<typeof mount> | undefined;
afterEach(() => {
  if (component) unmount(component);
  component = undefined;
  clearMocks();
  document.body.innerHTML = "";
});

const off: SyncView = { enabled: false, location: null, lastMs: null, devices: [], arrived: [], problems: [], error: null };

test("WebDAV sync is turned on with its address, user, password and passphrase; what arrived is shown", async () => {
  const calls: [string, unknown][] = [];
  mockIPC((cmd, args) => {
    calls.push([cmd, args]);
    if (cmd === "sync_status") return off;
    if (cmd === "enable_sync") {
      if ((args as { passphrase: string }).passphrase !== "lantern meadow copper violin")
        throw { kind: "wrongPassword", message: "wrong sync passphrase: nothing was read or written" };
      return {
        ...off,
        enabled: true,
        location: "https://dav.example/sesame/",
        lastMs: 1_800_000_000_000,
        devices: ["laptop"],
        arrived: ["added GitHub: alice"],
        problems: ["the file of device 1a2b3c4d is damaged, or was changed by someone without the sync key; it was ignored"],
      };
    }
    if (cmd === "password_strength") return { score: 4, label: "Very hard to guess", warning: null, suggestions: [] };
  });
  const changed = vi.fn();
  component = mount(SyncDialog, { target: document.body, props: { onclose: () => {}, onchange: changed } });
  await vi.waitFor(() => expect(document.querySelector("#sync-kind-webdav")).not.toBeNull());
  document.querySelector<HTMLInputElement>("#sync-kind-webdav")!.click();
  flushSync();
  expect(document.querySelector("#sync-folder")).toBeNull();
  type("#sync-url", "https://dav.example/sesame/");
  type("#sync-user", "family");
  type("#sync-dav-password", "dav secret");
  type("#sync-passphrase", "not it");
  document.querySelector<HTMLFormElement>("form")!.requestSubmit();
  await vi.waitFor(() => expect(document.querySelector("[role=alert]")?.textContent).toContain("wrong sync passphrase"));
  expect(changed).not.toHaveBeenCalled();

  type("#sync-passphrase", "lantern meadow copper violin");
  document.querySelector<HTMLFormElement>("form")!.requestSubmit();
  await vi.waitFor(() => expect(document.querySelector("#sync-state")).not.toBeNull());
  const enable = calls.filter(([c]) => c === "enable_sync").pop()![1];
  expect(enable).toMatchObject({
    webdavUrl: "https://dav.example/sesame/",
    webdavUser: "family",
    webdavPassword: "dav secret",
    passphrase: "lantern meadow copper violin",
    profilePassword: null,
  });
  const text = document.body.textContent ?? "";
  expect(text).toContain("Syncing with https://dav.example/sesame/.");
  expect(text).toContain("Other devices: laptop");
  expect(text).toContain("added GitHub: alice");
  expect(text).toContain("it was ignored");
  expect(changed).toHaveBeenCalled();
  // The secrets typed are gone from the page once Rust has them.
  expect(document.querySelector("#sync-passphrase")).toBeNull();
});
