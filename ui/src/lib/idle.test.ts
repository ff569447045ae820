import { afterEach, expect, test, vi } from "vitest";
import { watchIdle } from "./idle";

afterEach(() => vi.useRealTimers());

test("locks after the minutes without input, only when armed, and input resets the clock", () => {
  vi.useFakeTimers();
  const onIdle = vi.fn();
  let armed = true;
  const stop = watchIdle(
    () => 5,
    () => armed,
    onIdle,
  );
  vi.advanceTimersByTime(4 * 60_000);
  window.dispatchEvent(new KeyboardEvent("keydown", { key: "a" }));
  vi.advanceTimersByTime(4 * 60_000);
  expect(onIdle).not.toHaveBeenCalled();
  vi.advanceTimersByTime(60_000 + 10_000);
  expect(onIdle).toHaveBeenCalledTimes(1);
  armed = false;
  vi.advanceTimersByTime(20 * 60_000);
  expect(onIdle).toHaveBeenCalledTimes(1);
  stop();
});

test("0 minutes never locks", () => {
  vi.useFakeTimers();
  const onIdle = vi.fn();
  const stop = watchIdle(
    () => 0,
    () => true,
    onIdle,
  );
  vi.advanceTimersByTime(24 * 60 * 60_000);
  expect(onIdle).not.toHaveBeenCalled();
  stop();
});
