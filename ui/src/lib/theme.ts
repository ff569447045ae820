// Light, dark, or the system's choice (followed as it changes).
import type { Theme } from "../gen/Theme";

const dark = () => window.matchMedia?.("(prefers-color-scheme: dark)");

let current: Theme = "system";
let listening = false;

function apply() {
  const isDark = current === "dark" || (current === "system" && !!dark()?.matches);
  document.documentElement.dataset.theme = isDark ? "dark" : "light";
}

export function setTheme(theme: Theme) {
  current = theme;
  if (!listening) {
    dark()?.addEventListener?.("change", apply);
    listening = true;
  }
  apply();
}
