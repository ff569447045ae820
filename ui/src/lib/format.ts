// Presentation helpers. None of them computes a code: codes come from Rust.

/** "123456" → "123 456", "12345678" → "1234 5678", "1234567" → "123 4567"; Steam stays as is. */
export function groupCode(code: string): string {
  if (!/^\d+$/.test(code) || code.length < 6) return code;
  const head = Math.floor(code.length / 2);
  return `${code.slice(0, head)} ${code.slice(head)}`;
}

/** Whole seconds left in the window, never negative. */
export function secondsLeft(validUntilMs: number, nowMs: number): number {
  return Math.max(0, Math.ceil((validUntilMs - nowMs) / 1000));
}

/** The fraction of the window still left, 0 to 1. */
export function fractionLeft(validFromMs: number, validUntilMs: number, nowMs: number): number {
  const span = validUntilMs - validFromMs;
  if (span <= 0) return 0;
  return Math.min(1, Math.max(0, (validUntilMs - nowMs) / span));
}

/** A code's validity window, as pushed by Rust; HOTP codes have none. */
export type Window = { validFromMs: number | null; validUntilMs: number | null };

/**
 * The window most codes share (nearly every account uses 30 s): one countdown for all of them
 * instead of a ticking one on every row, which is calmer to look at and far cheaper to repaint
 * under software rendering. Null when no code has a window.
 */
export function sharedWindow(codes: readonly Window[]): { fromMs: number; untilMs: number } | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  for (const c of codes) {
    if (c.validFromMs === null || c.validUntilMs === null) continue;
    const key = `${c.validFromMs}:${c.validUntilMs}`;
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    if (best === null || n > counts.get(best)!) best = key;
  }
  if (best === null) return null;
  const [fromMs, untilMs] = best.split(":").map(Number) as [number, number];
  return { fromMs, untilMs };
}

/** A stable hue for an issuer's letter avatar. */
export function hueFor(name: string): number {
  let h = 0;
  for (const ch of name.toLowerCase()) h = (h * 31 + ch.codePointAt(0)!) % 360;
  return h;
}

export function initial(issuer: string, account: string): string {
  const source = issuer.trim() || account.trim() || "?";
  return [...source][0]!.toUpperCase();
}
