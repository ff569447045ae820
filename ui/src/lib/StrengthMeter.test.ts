import { afterEach, expect, test, vi } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import StrengthMeter from "./StrengthMeter.svelte";

let component: ReturnType<typeof mount> | undefined;
afterEach(() => {
  if (component) unmount(component);
  component = undefined;
  clearMocks();
  document.body.innerHTML = "";
});

test("the meter shows Rust's verdict on the password being typed, and why a weak one is weak", async () => {
  const asked: unknown[] = [];
  mockIPC((cmd, args) => {
    if (cmd !== "password_strength") return;
    asked.push(args);
    const weak = (args as { password: string }).password === "password";
    return weak
      ? { score: 0, acceptable: false, warning: "This is a top-10 common password.", suggestions: [] }
      : { score: 4, acceptable: true, warning: null, suggestions: [] };
  });
  component = mount(StrengthMeter, { target: document.body, props: { password: "" } });
  flushSync();
  expect(document.querySelector(".meter")).toBeNull();
  unmount(component);
  component = mount(StrengthMeter, { target: document.body, props: { password: "password" } });
  flushSync();
  await vi.waitFor(() =>
    expect(document.querySelector(".meter")?.textContent?.trim()).toBe("Very easy to guess: This is a top-10 common password."),
  );
  unmount(component);
  component = mount(StrengthMeter, { target: document.body, props: { password: "tulip orbit anvil" } });
  flushSync();
  await vi.waitFor(() => expect(document.querySelector(".meter")?.textContent?.trim()).toBe("Very strong"));
  expect(asked).toEqual([{ password: "password" }, { password: "tulip orbit anvil" }]);
});
