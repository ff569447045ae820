// One clock for every countdown: it steps once a second, aligned to the second, which is all
// a countdown needs and cheap under software rendering.
export const clock = $state({ now: Date.now() });

let timer: ReturnType<typeof setTimeout> | undefined;

function tick() {
  clock.now = Date.now();
  timer = setTimeout(tick, 1000 - (clock.now % 1000) + 5);
}

export function startClock(): () => void {
  if (timer === undefined) tick();
  return () => {
    clearTimeout(timer);
    timer = undefined;
  };
}
