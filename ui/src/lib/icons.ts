// Which icon an account shows: a custom image the person chose, else the brand Rust matched
// (simple-icons, by the brand name the person typed or the issuer), else a coloured letter.
// Each brand's icon file loads only when its row is on screen.

import { SvelteMap } from "svelte/reactivity";
import type { BrandView } from "../gen/BrandView";

export type Icon = { kind: "image"; src: string } | { kind: "brand"; brand: BrandView } | { kind: "letter" };

/** A custom image (Rust makes them: sesame_core::icon::is_custom), not a brand name. */
export const isCustomIcon = (icon: string | null | undefined): icon is string =>
  icon?.startsWith("data:image/png;base64,") ?? false;

export function iconFor(icon: string | null, brand: BrandView | null): Icon {
  if (isCustomIcon(icon)) return { kind: "image", src: icon };
  return brand ? { kind: "brand", brand } : { kind: "letter" };
}

// Each brand's path once fetched (null: it could not be read), shared by every row showing it.
const paths = new SvelteMap<string, string | null>();
const asked = new Set<string>();

/** A brand's icon as SVG path data on a 24 x 24 grid (one of the page's assets, built from
 *  simple-icons), fetched once per brand when first asked for: undefined until then, null when
 *  it cannot be read (the letter shows). Reactive, so a row that asked is drawn again when it
 *  comes, and a row drawn later has it at once. */
export function brandPath(slug: string): string | null | undefined {
  if (!asked.has(slug)) {
    asked.add(slug);
    fetch(`icons/${encodeURIComponent(slug)}.path`)
      .then((r) => (r.ok ? r.text() : null))
      .catch(() => null)
      .then((path) => paths.set(slug, path));
  }
  return paths.get(slug);
}
