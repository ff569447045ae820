// Which icon an account shows: a custom image the person chose, else a brand icon from
// simple-icons whose title, alias or slug matches the issuer (or the brand name the person
// typed), else a coloured letter. The index loads once, on first use; each icon file only
// when its row is on screen.

import { fold } from "./search";

export type Brand = { title: string; slug: string; hex: string };
export type Icon = { kind: "image"; src: string } | { kind: "brand"; brand: Brand } | { kind: "letter" };

type Index = Map<string, Brand>;

/** Letters and digits only, lower case: "Proton Mail" and "protonmail.com" meet at "protonmail". */
export const key = (s: string) => fold(s).replace(/[^\p{L}\p{N}]/gu, "");

export function buildIndex(rows: string[][]): Index {
  const index: Index = new Map();
  for (const [title, slug, hex, ...aliases] of rows) {
    if (!title || !slug || !hex) continue;
    const brand = { title, slug, hex };
    for (const name of [title, slug, ...aliases]) {
      const k = key(name);
      if (k && !index.has(k)) index.set(k, brand);
    }
  }
  return index;
}

/** The brand an issuer names: the whole name, without a domain ending ("amazon.com"), or its
 *  first word ("Google Account"). */
export function findBrand(index: Index, name: string): Brand | null {
  const trimmed = name.trim().replace(/\.(com|net|org|io|co|app|dev)(\.\w\w)?$/i, "");
  const firstWord = trimmed.split(/[\s:|,-]+/)[0] ?? "";
  for (const candidate of [trimmed, firstWord]) {
    const brand = index.get(key(candidate));
    if (brand) return brand;
  }
  return null;
}

let loading: Promise<Index> | null = null;
let loaded: Index | null = $state(null);

/** Loads the index once, after the first frame is on screen (codes first, icons a moment
 *  later); the avatars re-render when it arrives. */
export function brandIndex(): Index | null {
  if (!loading && typeof fetch !== "undefined") {
    loading = new Promise<void>((painted) => requestAnimationFrame(() => setTimeout(painted, 0)))
      .then(() => fetch("icons/index.json"))
      .then((r) => (r.ok ? r.json() : []))
      .then((rows: string[][]) => (loaded = buildIndex(rows)))
      .catch(() => (loaded = new Map()));
  }
  return loaded;
}

export function iconFor(issuer: string, icon: string | null, index: Index | null): Icon {
  if (icon?.startsWith("data:image/png;base64,")) return { kind: "image", src: icon };
  const brand = index && findBrand(index, icon || issuer);
  return brand ? { kind: "brand", brand } : { kind: "letter" };
}
