// Search as you type over what the list shows. Codes never take part: they come from Rust.
import type { CodeView } from "./ipc";

export const fold = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();

type Folded = { source: string; all: string; issuer: string };

type Texts = { byId: Map<string, Folded>; inOrder: Folded[] };

// Each list's folded texts, kept only as long as the page holds the list: a locked profile's
// names go with its rows. Most pushes renew codes alone and make new rows of the same
// accounts: their text is taken from the last list's by id, folded again only when it
// changed, not at the first keystroke after every push.
const textsOfList = new WeakMap<CodeView[], Texts>();
let lastTexts: WeakRef<Texts> | null = null;

/** The folded text of each of `codes`, in their order. */
function textsOf(codes: CodeView[]): Folded[] {
  const known = textsOfList.get(codes);
  if (known) return known.inOrder;
  const before = lastTexts?.deref()?.byId;
  const byId = new Map<string, Folded>();
  const inOrder = codes.map((c) => {
    const source = `${c.issuer}\n${c.account}\n${c.group}\n${c.note}`;
    const old = before?.get(c.id);
    const t = old?.source === source ? old : { source, all: fold(source), issuer: fold(c.issuer) };
    byId.set(c.id, t);
    return t;
  });
  const texts = { byId, inOrder };
  textsOfList.set(codes, texts);
  lastTexts = new WeakRef(texts);
  return inOrder;
}

/** Entries whose issuer, account, group or note contains every word of the query (accents and
 *  case aside); favourites first, then those whose issuer starts with the query, else in order.
 *  Four ranks filled in one pass: no sort at each keystroke. Plain loops: the page's script
 *  runs in WebKit's interpreter and baseline JIT only (src-tauri/engine.rs), where closures
 *  per entry cost. */
export function filterCodes(codes: CodeView[], query: string): CodeView[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const first = words[0];
  const ranks: CodeView[][] = [[], [], [], []];
  const texts = first === undefined ? null : textsOf(codes);
  next: for (let i = 0; i < codes.length; i++) {
    const c = codes[i]!;
    const t = texts?.[i];
    if (t) {
      for (const w of words) if (!t.all.includes(w)) continue next;
    }
    ranks[(c.favorite ? 0 : 2) + (t && first && t.issuer.startsWith(first) ? 0 : 1)]!.push(c);
  }
  return ranks.flat();
}

import type { Sort as Order } from "../gen/Sort";

export type { Order };
/** Each order and the catalogue message naming it. */
export const ORDERS: Record<Order, string> = {
  custom: "order-custom",
  issuer: "order-issuer",
  used: "order-used",
  recent: "order-recent",
};

const byName = (a: CodeView, b: CodeView) => fold(a.issuer || a.account).localeCompare(fold(b.issuer || b.account));
const SORTS: Record<Order, ((a: CodeView, b: CodeView) => number) | null> = {
  custom: null,
  issuer: byName,
  used: (a, b) => b.uses - a.uses,
  recent: (a, b) => b.lastUsed - a.lastUsed,
};

/** The list as shown: only `group` (when set), the query's matches, favourites first, then in
 *  the person's own order, by issuer A–Z, most used or most recently used first (ties keep the
 *  person's order). */
export function arrange(codes: CodeView[], query: string, group: string, order: Order): CodeView[] {
  const inGroup = group ? codes.filter((c) => c.group === group) : codes;
  const sort = SORTS[order];
  return filterCodes(sort ? [...inGroup].sort(sort) : inGroup, query);
}

/** The whole list's ids after moving the entry `from` to the place of `to` (drag and drop). */
export function moved(ids: string[], from: string, to: string): string[] {
  const rest = ids.filter((id) => id !== from);
  const at = rest.indexOf(to);
  if (at < 0 || !ids.includes(from)) return ids;
  // Dropped on a row below: after it; on a row above: before it.
  const down = ids.indexOf(from) < ids.indexOf(to);
  rest.splice(down ? at + 1 : at, 0, from);
  return rest;
}

/** The groups in use, A–Z. */
export function groupsOf(codes: CodeView[]): string[] {
  return [...new Set(codes.map((c) => c.group).filter(Boolean))].sort((a, b) => a.localeCompare(b));
}
