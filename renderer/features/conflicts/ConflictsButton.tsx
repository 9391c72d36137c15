/** The header's conflict indicator: how many conflicts wait for the analyst, opening the Conflicts view. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { countConflicts } from '../../db/conflicts';
import { db } from '../../db/database';
import { ConflictsDialog } from './ConflictsDialog';
import './conflicts.css';

export function ConflictsButton() {
  const count = useLiveQuery(() => countConflicts(db), [], 0);
  const [open, setOpen] = useState(false);
  if (count === 0 && !open) return null;
  return (
    <>
      <button
        type="button"
        className="conflicts-button"
        onClick={() => setOpen(true)}
        title="Fields your team changed differently"
      >
        Conflicts <span className="conflicts-count">{count}</span>
      </button>
      {open && <ConflictsDialog onClose={() => setOpen(false)} />}
    </>
  );
}
