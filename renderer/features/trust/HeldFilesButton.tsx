/** The header's warning while files are kept apart: how many, and the way to decide about them. */
import { useUiStore } from '../../store/ui-store';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import './trust.css';

export function HeldFilesButton() {
  const count = useLiveQuery(() => db.heldFiles.count(), [], 0);
  const openHeld = useUiStore((state) => state.openHeldFiles);
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
