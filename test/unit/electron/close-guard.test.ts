// Closing and quitting wait for the renderer's last backup, with a timeout, and go through exactly once afterwards.
import { describe, expect, it, vi } from 'vitest';
import { createCloseGuard, FLUSH_TIMEOUT_MS } from '../../../electron/main/close-guard';

function setUp(canAsk = true) {
  const timers: Array<{ callback: () => void; ms: number; cleared: boolean }> = [];
  const requestFlush = vi.fn(() => canAsk);
  const guard = createCloseGuard({
    requestFlush,
    setTimer: (callback, ms) => {
      const timer = { callback, ms, cleared: false };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer) => {
      (timer as { cleared: boolean }).cleared = true;
    },
  });
  const event = () => ({ preventDefault: vi.fn() });
  return { guard, requestFlush, timers, event };
}

describe('the close guard', () => {
  it('holds the first close, asks for the backup, and closes once the renderer answers', () => {
    const { guard, requestFlush, timers, event } = setUp();
    const close = event();
    const retry = vi.fn();
    expect(guard.intercept(close, retry)).toBe(true);
    expect(close.preventDefault).toHaveBeenCalledOnce();
    expect(requestFlush).toHaveBeenCalledOnce();
    expect(timers[0]?.ms).toBe(FLUSH_TIMEOUT_MS);
    guard.flushed();
    expect(retry).toHaveBeenCalledOnce();
    expect(timers[0]?.cleared).toBe(true);
    const again = event();
    expect(guard.intercept(again, retry)).toBe(false);
    expect(again.preventDefault).not.toHaveBeenCalled();
  });

  it('closes anyway when the renderer does not answer in time', () => {
    const { guard, timers, event } = setUp();
    const retry = vi.fn();
    guard.intercept(event(), retry);
    timers[0]?.callback();
    expect(retry).toHaveBeenCalledOnce();
    expect(guard.state).toBe('flushed');
  });

  it('lets the close go ahead at once when there is no page to ask', () => {
    const { guard, timers, event } = setUp(false);
    const close = event();
    expect(guard.intercept(close, vi.fn())).toBe(false);
    expect(close.preventDefault).not.toHaveBeenCalled();
    expect(timers).toEqual([]);
  });

  it('holds further attempts while waiting and runs only the latest (a quit overrides a close)', () => {
    const { guard, requestFlush, event } = setUp();
    const closeWindow = vi.fn();
    const quitApp = vi.fn();
    guard.intercept(event(), closeWindow);
    const quit = event();
    expect(guard.intercept(quit, quitApp)).toBe(true);
    expect(quit.preventDefault).toHaveBeenCalledOnce();
    expect(requestFlush).toHaveBeenCalledOnce();
    guard.flushed();
    expect(closeWindow).not.toHaveBeenCalled();
    expect(quitApp).toHaveBeenCalledOnce();
  });

  it('ignores an answer that comes late or unasked', () => {
    const { guard, timers, event } = setUp();
    guard.flushed();
    expect(guard.state).toBe('open');
    const retry = vi.fn();
    guard.intercept(event(), retry);
    timers[0]?.callback();
    guard.flushed();
    expect(retry).toHaveBeenCalledOnce();
  });
});
