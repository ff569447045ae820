// Auto-lock: a password profile locks itself after some minutes without input.

const INPUT = ["keydown", "pointerdown", "pointermove", "wheel"] as const;

/** Calls `onIdle` once `minutes()` pass without input while `armed()` (0 minutes: never).
 *  Checks every `everyMs`; returns a function that stops watching. */
export function watchIdle(minutes: () => number, armed: () => boolean, onIdle: () => void, everyMs = 10_000): () => void {
  let last = Date.now();
  const touch = () => (last = Date.now());
  for (const type of INPUT) window.addEventListener(type, touch, { passive: true });
  const timer = setInterval(() => {
    const m = minutes();
    if (m > 0 && armed() && Date.now() - last >= m * 60_000) {
      touch();
      onIdle();
    }
  }, everyMs);
  return () => {
    clearInterval(timer);
    for (const type of INPUT) window.removeEventListener(type, touch);
  };
}
