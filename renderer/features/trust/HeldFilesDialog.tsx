/** Files kept apart because their signature is in doubt: why, the keys to compare, and the analyst's decision (import anyway or discard). */
import { useUiStore } from '../../store/ui-store';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '../../db/database';
import type { HeldFile } from '../../db/database';
import { listHeldFiles } from '../../db/held-files';
import { ModalDialog } from '../../app/ModalDialog';
import { discardHeld, importHeldFile } from './trust-actions';
import './trust.css';

const HEADINGS: Record<HeldFile['reason'], (name: string) => string> = {
  tampered: () => 'Changed after it was signed',
  'key-changed': (name) => `Signed as ${name} with a key you do not know for them`,
  'not-yours': () => 'Signed in your name with a key that is not yours',
};

const ADVICE: Record<HeldFile['reason'], (name: string) => string> = {
  tampered: (name) =>
    `Someone changed the file after ${name} exported it, or it was damaged on the way. Ask ${name} for a fresh export; import this one only if you know why it changed.`,
  'key-changed': (name) =>
    `${name} may have a new machine or a new key, or someone else made this file in their name. Ask ${name} by voice or chat to read you their key’s fingerprint before you trust it.`,
  'not-yours': () =>
    'Your own exports are signed with your key. Unless you made this file on a machine of yours without your identity, someone else made it in your name.',
};

function formatDate(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

function HeldFileItem({ held, first }: { held: HeldFile; first: boolean }) {
  const close = useUiStore((state) => state.closeTrustDialog);
  const [trustNewKey, setTrustNewKey] = useState(false);
  const [busy, setBusy] = useState(false);
  const headingId = `held-${held.id}`;
  const name = held.signer.name;
  return (
    <li className="held-file" aria-labelledby={headingId}>
      <h3 id={headingId}>
        “{held.file}” <span className="held-reason">{HEADINGS[held.reason](name)}</span>
      </h3>
      <p>{held.explanation}</p>
      <dl className="trust-facts">
        <dt>Key in the file</dt>
        <dd>
          <span className="fingerprint">{held.fingerprint}</span>
        </dd>
        {held.pinnedFingerprint && (
          <>
            <dt>Key you know for {name}</dt>
            <dd>
              <span className="fingerprint">{held.pinnedFingerprint}</span>
            </dd>
          </>
        )}
        <dt>Kept apart</dt>
        <dd>{formatDate(held.heldAt)}</dd>
      </dl>
      <p className="hint-text">{ADVICE[held.reason](name)} Nothing of the file is in your library until you decide.</p>
      {held.reason === 'key-changed' && (
        <label className="held-trust">
          <input type="checkbox" checked={trustNewKey} onChange={(event) => setTrustNewKey(event.target.checked)} />
          Trust {name}’s new key from now on
        </label>
      )}
      <div className="dialog-actions">
        <button
          type="button"
          className="danger"
          disabled={busy}
          autoFocus={first}
          onClick={() => {
            setBusy(true);
            void discardHeld(held.id, held.file).finally(() => setBusy(false));
          }}
        >
          Discard
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => {
            // The import may ask about article versions in a dialog of its own: this one closes first.
            close();
            void importHeldFile(held.id, trustNewKey);
          }}
        >
          Import anyway
        </button>
      </div>
    </li>
  );
}

export function HeldFilesDialog() {
  const close = useUiStore((state) => state.closeTrustDialog);
  const firstId = useUiStore((state) => state.heldFirst);
  const held = useLiveQuery(() => listHeldFiles(db), []);
  const ordered = held ? [...held].sort((a, b) => Number(b.id === firstId) - Number(a.id === firstId)) : undefined;

  return (
    <ModalDialog titleId="held-title" className="trust-dialog" onClose={close}>
      <h2 id="held-title">Files kept apart</h2>
      <p className="hint-text">
        These files’ signatures are in doubt, so they were not imported. Decide for each whether to import it anyway or
        discard it.
      </p>
      {ordered && ordered.length === 0 && <p>No file is kept apart.</p>}
      {ordered && ordered.length > 0 && (
        <ul className="held-list">
          {ordered.map((file, index) => (
            <HeldFileItem key={file.id} held={file} first={index === 0} />
          ))}
        </ul>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={close}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}
