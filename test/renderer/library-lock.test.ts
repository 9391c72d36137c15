// One writer per library: the first tab holds the lock, a second waits; taking over makes the holder save
// what it has before it lets go, and a tab can take the library back. The Web Locks API and
// BroadcastChannel are played by small fakes with their semantics (exclusive, queued, ifAvailable).
import { describe, expect, it } from 'vitest';
import {
  createLibraryLock,
  type ChannelLike,
  type LibraryLock,
  type LockManagerLike,
  type LockStatus,
} from '../../renderer/app/library-lock';

/** An exclusive lock manager: requests queue in order; ifAvailable gets null at once when the lock is held. */
function fakeLocks(): LockManagerLike {
  const held = new Set<string>();
  const queues = new Map<string, Array<() => void>>();
  const grant = (name: string, callback: (lock: unknown) => Promise<void>) =>
    new Promise<unknown>((resolve, reject) => {
      held.add(name);
      callback({ name }).then((value) => {
        held.delete(name);
        queues.get(name)?.shift()?.();
        resolve(value);
      }, reject);
    });
  return {
    request(name, options, callback) {
      if (!held.has(name)) return grant(name, callback);
      if (options.ifAvailable) return callback(null);
      return new Promise((resolve, reject) => {
        const queue = queues.get(name) ?? [];
        queue.push(() => void grant(name, callback).then(resolve, reject));
        queues.set(name, queue);
      });
    },
  };
}

/** Channels of one origin: a message reaches every other channel, never its sender. */
function fakeChannels(): () => ChannelLike {
  const all = new Set<{ listeners: Array<(event: { data: unknown }) => void> }>();
  return () => {
    const self = { listeners: [] as Array<(event: { data: unknown }) => void> };
    all.add(self);
    return {
      postMessage(data) {
        for (const other of all)
          if (other !== self) for (const listener of other.listeners) queueMicrotask(() => listener({ data }));
      },
      addEventListener(_type, listener) {
        self.listeners.push(listener);
      },
      close() {
        all.delete(self);
      },
    };
  };
}

function statusOf(lock: LibraryLock, wanted: LockStatus): Promise<void> {
  return new Promise((resolve) => {
    if (lock.status() === wanted) return resolve();
    const stop = lock.subscribe(() => {
      if (lock.status() === wanted) {
        stop();
        resolve();
      }
    });
  });
}

describe('one writer per library', () => {
  it('lets the first tab edit and tells the second the desk is open elsewhere', async () => {
    const locks = fakeLocks();
    const channel = fakeChannels();
    const first = createLibraryLock({ locks, channel: channel(), library: 'desk', flush: async () => undefined });
    await statusOf(first, 'active');
    const second = createLibraryLock({ locks, channel: channel(), library: 'desk', flush: async () => undefined });
    await statusOf(second, 'elsewhere');
    expect(first.status()).toBe('active');
  });

  it('makes the holder save what it has before the other tab takes over, and lets it take the desk back', async () => {
    const locks = fakeLocks();
    const channel = fakeChannels();
    const events: string[] = [];
    let releaseFlush: () => void = () => undefined;
    const first = createLibraryLock({
      locks,
      channel: channel(),
      library: 'desk',
      flush: () =>
        new Promise<void>((resolve) => {
          events.push('first saves');
          releaseFlush = () => {
            events.push('first saved');
            resolve();
          };
        }),
    });
    await statusOf(first, 'active');
    const second = createLibraryLock({ locks, channel: channel(), library: 'desk', flush: async () => undefined });
    await statusOf(second, 'elsewhere');
    second.subscribe(() => events.push(`second ${second.status()}`));

    second.takeOver();
    await statusOf(first, 'handing-over');
    expect(second.status()).toBe('taking-over');
    releaseFlush();
    await statusOf(second, 'active');
    expect(first.status()).toBe('moved');
    expect(events).toEqual(['second taking-over', 'first saves', 'first saved', 'second active']);

    first.takeOver();
    await statusOf(first, 'active');
    expect(second.status()).toBe('moved');
  });

  it('never meets the tabs of another library', async () => {
    const locks = fakeLocks();
    const channel = fakeChannels();
    const one = createLibraryLock({ locks, channel: channel(), library: 'desk', flush: async () => undefined });
    const other = createLibraryLock({ locks, channel: channel(), library: 'other-desk', flush: async () => undefined });
    await statusOf(one, 'active');
    await statusOf(other, 'active');
  });

  it('edits without a lock where the browser has no Web Locks', () => {
    const lock = createLibraryLock({ locks: null, channel: null, library: 'desk', flush: async () => undefined });
    expect(lock.status()).toBe('active');
  });
});
