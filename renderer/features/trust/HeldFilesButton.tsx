/** The header's warning while files are kept apart: how many, and the way to decide about them. */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { useTrustDialogs } from './trust-dialog-store';
import './trust.css';

export function HeldFilesButton() {
  const count = useLiveQuery(() => db.heldFiles.count(), [], 0);
  const openHeld = useTrustDialogs((state) => state.openHeld);
  if (count === 0) return null;
  return (
    <button
      type="button"
      className="held-files-button"
      onClick={() => openHeld()}
      title="Files whose signature is in doubt: nothing of them was imported"
    >
      {count === 1 ? '1 file kept apart' : `${count} files kept apart`}
    </button>
  );
}
