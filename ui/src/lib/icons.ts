// Which icon an account shows: a custom image the person chose, else the brand Rust matched
// (simple-icons, by the brand name the person typed or the issuer), else a coloured letter.
// Each brand's icon file loads only when its row is on screen.

import type { BrandView } from "../gen/BrandView";

export type Icon = { kind: "image"; src: string } | { kind: "brand"; brand: BrandView } | { kind: "letter" };

/** A custom image (Rust makes them: sesame_core::icon::is_custom), not a brand name. */
export const isCustomIcon = (icon: string | null | undefined): icon is string =>
  icon?.startsWith("data:image/png;base64,") ?? false;

export function iconFor(icon: string | null, brand: BrandView | null): Icon {
  if (isCustomIcon(icon)) return { kind: "image", src: icon };
  return brand ? { kind: "brand", brand } : { kind: "letter" };
}
