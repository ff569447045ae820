import { afterEach, expect, test, vi } from "vitest";
import { mount, unmount, type ComponentProps } from "svelte";
import Lazy from "./Lazy.svelte";

// Lazy takes the loaded component's props beside `load`; mount() cannot infer them.
const props = (p: Record<string, unknown>) => p as ComponentProps<typeof Lazy>;

let view: ReturnType<typeof mount> | undefined;
afterEach(() => {
  if (view) unmount(view);
  view = undefined;
  document.body.innerHTML = "";
});

test("a part loads from its chunk with the props it was given", async () => {
  view = mount(Lazy, {
    target: document.body,
    props: props({ load: () => import("./WindowBar.svelte"), fromMs: 0, untilMs: 30_000 }),
  });
  await vi.waitFor(() => expect(document.querySelector(".window")).not.toBeNull());
});

test("a part that cannot be loaded says so in words, not with the loader's error", async () => {
  view = mount(Lazy, {
    target: document.body,
    props: props({ load: () => Promise.reject(new TypeError("Importing a module script failed.")) }),
  });
  await vi.waitFor(() =>
    expect(document.querySelector("[role=alert]")?.textContent).toBe(
      "Sesame could not load this part of its window. Reinstalling Sesame should mend it.",
    ),
  );
  expect(document.body.textContent).not.toContain("Importing");
});
