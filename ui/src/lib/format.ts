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
