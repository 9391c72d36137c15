/** Shows the app only in the tab that holds the library; another tab says the desk is open elsewhere and offers to take over. */
import type { ReactNode } from 'react';
import { db } from '../db/database';
import { useUiStore } from '../store/ui-store';
import { flushPendingEdits } from './flush-pending';
import { createLibraryLock, type LibraryLock } from './library-lock';

let pageLock: LibraryLock | null = null;

/** The page's one lock on its library, made on first use and held until the page goes (the browser then lets go). */
function browserLock(): LibraryLock {
  if (pageLock) return pageLock;
  const locks = typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : null;
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('factcheck-desk-library');
  pageLock = createLibraryLock({
    locks,
    channel,
    library: db.name,
    onChange: (status) => useUiStore.getState().setLockStatus(status),
    flush: async () => {
      await flushPendingEdits(db);
      // The undo history describes this tab's last view of the library; the other tab may change it.
      useUiStore.getState().clearHistory();
    },
  });
  return pageLock;
}

const MESSAGES = {
  elsewhere: {
    title: 'The desk is open in another tab',
    text: 'Factcheck Desk is open in another tab or window of this browser. One of them edits the library at a time, so no edit is lost: when you take over here, the other tab saves what it has and waits.',
  },
  moved: {
    title: 'The desk moved to another tab',
    text: 'Another tab of this browser took over the library. Everything you did here was saved first and is there. Take it back here whenever you like.',
  },
  'taking-over': {
    title: 'Taking over…',
    text: 'The other tab is saving what it has; the desk opens here in a moment.',
  },
  'handing-over': {
    title: 'Saving before the other tab takes over…',
    text: 'Your last changes are being saved.',
  },
} as const;

export function LibraryGate({ children }: { children: ReactNode }) {
  const lock = browserLock();
  const status = useUiStore((state) => state.lockStatus);

  if (status === 'active') return children;
  if (status === 'checking') return <div className="app-loading" aria-busy="true" />;
  const message = MESSAGES[status];
  return (
    <div className="onboarding" data-lock-status={status}>
      <div
        className="onboarding-card"
        role="region"
        aria-labelledby="library-lock-title"
        aria-busy={status === 'taking-over' || status === 'handing-over'}
      >
        <h1 id="library-lock-title">{message.title}</h1>
        <p>{message.text}</p>
        {(status === 'elsewhere' || status === 'moved') && (
          <button type="button" className="primary" autoFocus onClick={() => lock.takeOver()}>
            Use the desk here
          </button>
        )}
      </div>
    </div>
  );
}
