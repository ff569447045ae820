import { afterEach, expect, test } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import WindowBar from "./WindowBar.svelte";
import { clock } from "./clock.svelte";

let view: ReturnType<typeof mount> | undefined;
afterEach(() => {
  if (view) unmount(view);
  view = undefined;
  document.body.innerHTML = "";
});

test("the countdown shows the seconds left and replaces its text node as they change", () => {
  clock.now = 1_000_000;
  view = mount(WindowBar, { target: document.body, props: { fromMs: 990_000, untilMs: 1_020_000 } });
  flushSync();
  const seconds = document.querySelector("#window-left")!;
  expect(seconds.textContent).toBe("20");
  expect(document.querySelector(".window")!.getAttribute("aria-label")).toBe("Codes change in 20 seconds");
  const before = seconds.firstChild;

  clock.now = 1_016_000;
  flushSync();
  expect(seconds.textContent).toBe("4");
  expect(document.querySelector(".window")!.classList.contains("expiring")).toBe(true);
  // A text node changed in place keeps WebKitGTK's display link running (see text.ts).
  expect(seconds.firstChild).not.toBe(before);
});
