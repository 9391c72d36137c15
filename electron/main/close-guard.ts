// Holds a window's close (and the app's quit) until the renderer has written its last backup, or a timeout has passed.

/** How long a closing window waits for the renderer's last backup. */
export const FLUSH_TIMEOUT_MS = 8_000;

interface PreventableEvent {
  preventDefault(): void;
}

export interface CloseGuardDeps {
  /** Asks the renderer to flush (a message on BACKUP_FLUSH_CHANNEL); false when there is no renderer to ask. */
  requestFlush(): boolean;
  timeoutMs?: number;
  setTimer(callback: () => void, ms: number): unknown;
  clearTimer(timer: unknown): void;
}

/**
 * One guard per window. The first close or quit is cancelled while the renderer flushes; when it answers
 * (flushed) or the timeout passes, the held action runs again and goes through. Later attempts while
 * waiting are cancelled and their action replaces the held one (a quit overrides a plain close).
 */
export function createCloseGuard(deps: CloseGuardDeps) {
  let state: 'open' | 'flushing' | 'flushed' = 'open';
  let held: (() => void) | null = null;
  let timer: unknown = null;

  function release(): void {
    if (state !== 'flushing') return;
    state = 'flushed';
    if (timer !== null) deps.clearTimer(timer);
    timer = null;
    const action = held;
    held = null;
    action?.();
  }

  return {
    /**
     * Call from the window's 'close' or the app's 'before-quit' with the action that retries it. Returns
     * true when the event was held (cancelled for now), false when it may go ahead.
     */
    intercept(event: PreventableEvent, retry: () => void): boolean {
      if (state === 'flushed') return false;
      if (state === 'flushing') {
        event.preventDefault();
        held = retry;
        return true;
      }
      if (!deps.requestFlush()) {
        state = 'flushed';
        return false;
      }
      event.preventDefault();
      state = 'flushing';
      held = retry;
      timer = deps.setTimer(release, deps.timeoutMs ?? FLUSH_TIMEOUT_MS);
      return true;
    },
    /** The renderer reports its backup written (or nothing to write). */
    flushed: release,
    get state() {
      return state;
    },
  };
}

export type CloseGuard = ReturnType<typeof createCloseGuard>;
