import { afterEach, expect, test } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import tauriConf from "../../../tauri.conf.json";
import SettingsDialog from "./SettingsDialog.svelte";
import { defaultSettings as settings } from "./testRows";

let component: ReturnType<typeof mount> | undefined;
afterEach(() => {
  if (component) unmount(component);
  component = undefined;
  document.body.innerHTML = "";
});

test("Settings say which version of Sesame this is, as the packages do", () => {
  component = mount(SettingsDialog, { target: document.body, props: { settings, onclose: () => {}, onsaved: () => {} } });
  flushSync();
  expect(document.querySelector(".version")?.textContent).toBe(`Sesame ${tauriConf.version}`);
});
