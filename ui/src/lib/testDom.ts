// What the UI's tests do to a mounted component's page.
import { flushSync } from "svelte";

/** Types `value` into the field `css` as an input event, and lets the component update. */
export function type(css: string, value: string) {
  const el = document.querySelector<HTMLInputElement>(css)!;
  el.value = value;
  el.dispatchEvent(new Event("input"));
  flushSync();
}
