// Search as you type over what the list shows. Codes never take part: they come from Rust.
import type { CodeView } from "../gen/CodeView";

const fold = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase();

/** Entries whose issuer or account contains every word of the query (accents and case aside),
 *  those whose issuer starts with the query first. */
export function filterCodes(codes: CodeView[], query: string): CodeView[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return codes;
  const hits = codes.filter((c) => {
    const text = fold(`${c.issuer} ${c.account}`);
    return words.every((w) => text.includes(w));
  });
  const starts = (c: CodeView) => (fold(c.issuer).startsWith(words[0]!) ? 0 : 1);
  return hits.map((c, i) => ({ c, i })).sort((a, b) => starts(a.c) - starts(b.c) || a.i - b.i).map((x) => x.c);
}
