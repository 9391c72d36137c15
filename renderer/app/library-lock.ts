/**
 * One writer per library in the browser: the tab that holds the library's Web Lock edits; another tab of
 * the same library says the desk is open elsewhere and may take over. The tab that gives up first saves
 * what is pending (flush), then releases the lock, so no edit made in either tab is lost.
 */

import type { LockStatus } from '../store/library-lock-slice';

export type { LockStatus };

/** The part of the Web Locks API used here (navigator.locks). */
export interface LockManagerLike {
  request(
    name: string,
    options: { ifAvailable?: boolean; mode?: 'exclusive' },
    callback: (lock: unknown) => Promise<void>,
  ): Promise<unknown>;
}

/** The part of BroadcastChannel used here. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  close(): void;
}

export interface LibraryLockOptions {
  /** Null where the browser has no Web Locks: the tab edits, as before there was a lock. */
  locks: LockManagerLike | null;
  channel: ChannelLike | null;
  /** The library's database name: tabs of other libraries never meet. */
  library: string;
  /** Saves everything pending in this tab; called before the lock is released. */
  flush: () => Promise<void>;
  /** Told of every change of status, the first one included (the UI store keeps it). */
  onChange?: (status: LockStatus) => void;
}

export interface LibraryLock {
  status(): LockStatus;
  subscribe(listener: () => void): () => void;
  /** Asks the tab that holds the library to save and let go, then takes it. */
  takeOver(): void;
  /** Lets go for good (the page is closing; tests). */
  dispose(): void;
}

const RELEASE = 'factcheck:library-lock:release';

export function createLibraryLock(options: LibraryLockOptions): LibraryLock {
  const { locks, channel, library, flush, onChange } = options;
  const lockName = `factcheck-desk:${library}`;
  let status: LockStatus = locks ? 'checking' : 'active';
  let release: (() => void) | null = null;
  let disposed = false;
  const listeners = new Set<() => void>();

  const set = (next: LockStatus) => {
    if (status === next) return;
    status = next;
    onChange?.(next);
    for (const listener of listeners) listener();
  };
  onChange?.(status);

  /** Holds the lock until asked to give it up. */
  const hold = () =>
    new Promise<void>((resolve) => {
      release = resolve;
      set('active');
    });

  const handOver = async () => {
    if (status !== 'active' || !release) return;
    set('handing-over');
    try {
      await flush();
    } finally {
      const letGo = release;
      release = null;
      set('moved');
      letGo();
    }
  };

  channel?.addEventListener('message', (event) => {
    const data = event.data as { type?: unknown; library?: unknown } | null;
    if (data?.type === RELEASE && data.library === library) void handOver();
  });

  if (locks)
    void locks
      .request(lockName, { ifAvailable: true, mode: 'exclusive' }, async (lock) => {
        if (lock === null) {
          set('elsewhere');
          return;
        }
        if (!disposed) await hold();
      })
      .catch(() => set('active'));

  return {
    status: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    takeOver() {
      if (!locks || (status !== 'elsewhere' && status !== 'moved')) return;
      set('taking-over');
      // Queued behind the holder, which is asked to save and let go; a closed holder lets go by itself.
      void locks
        .request(lockName, { mode: 'exclusive' }, async () => {
          if (!disposed) await hold();
        })
        .catch(() => set('elsewhere'));
      channel?.postMessage({ type: RELEASE, library });
    },
    dispose() {
      disposed = true;
      channel?.close();
      const letGo = release;
      release = null;
      letGo?.();
      listeners.clear();
    },
  };
}
