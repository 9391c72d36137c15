/** Who you are to your team: your name and key fingerprint, moving your identity to another machine, and the teammates' keys this library knows. */
import { useUiStore } from '../../store/ui-store';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { keyFingerprint } from '../../../shared';
import { db } from '../../db/database';
import { getLibraryIdentity } from '../../db/identity';
import { listTrustedKeys } from '../../db/trusted-keys';
import { ModalDialog } from '../../app/ModalDialog';
import {
  adoptPickedIdentity,
  exportIdentity,
  forgetTeammateKey,
  pickIdentityFile,
  type PickedIdentity,
} from './trust-actions';
import './trust.css';

function formatDate(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** A warning with the step it is about: Cancel, or go ahead. */
function ConfirmPanel({
  children,
  confirm,
  onCancel,
  onConfirm,
}: {
  children: ReactNode;
  confirm: string;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  return (
    <div className="trust-warning" role="alert">
      <p>{children}</p>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={onConfirm}>
          {confirm}
        </button>
      </div>
    </div>
  );
}

function MoveIdentity() {
  const [step, setStep] = useState<'idle' | 'export' | PickedIdentity>('idle');
  const cancel = () => setStep('idle');
  if (step === 'export')
    return (
      <ConfirmPanel
        confirm="Save identity file"
        onCancel={cancel}
        onConfirm={() => {
          setStep('idle');
          void exportIdentity();
        }}
      >
        <strong>The file will hold your secret signing key.</strong> Anyone who has it can sign files as you. Carry it
        to your other machine yourself (a USB stick, not e-mail or chat), import it there, then delete it.
      </ConfirmPanel>
    );
  if (typeof step === 'object')
    return (
      <ConfirmPanel
        confirm="Use this identity"
        onCancel={cancel}
        onConfirm={() => {
          setStep('idle');
          void adoptPickedIdentity(step);
        }}
      >
        This machine will sign as <strong>{step.analyst.name}</strong> ({step.analyst.id}) with key{' '}
        <span className="fingerprint">{keyFingerprint(step.signingKey.publicKey)}</span>, and your edits here will carry
        that name. The library keeps everything it holds and gets a writer id of its own.
      </ConfirmPanel>
    );
  return (
    <div className="trust-row-actions">
      <button type="button" onClick={() => setStep('export')}>
        Export my identity…
      </button>
      <button
        type="button"
        onClick={() =>
          void pickIdentityFile().then((picked) => {
            if (picked) setStep(picked);
          })
        }
      >
        Import my identity…
      </button>
    </div>
  );
}

export function IdentityDialog() {
  const close = useUiStore((state) => state.closeTrustDialog);
  const identity = useLiveQuery(() => getLibraryIdentity(db), []);
  const keys = useLiveQuery(() => listTrustedKeys(db), []);

  return (
    <ModalDialog titleId="identity-title" className="trust-dialog" onClose={close}>
      <h2 id="identity-title">Your identity and your teammates’ keys</h2>
      {identity && (
        <section aria-labelledby="identity-you">
          <h3 id="identity-you">You</h3>
          <dl className="trust-facts">
            <dt>Name</dt>
            <dd>{identity.analyst.name}</dd>
            <dt>Your key</dt>
            <dd>
              <span className="fingerprint" data-testid="own-fingerprint">
                {identity.fingerprint}
              </span>
            </dd>
            <dt>This library writes as</dt>
            <dd>
              <code>{identity.writerId}</code>
            </dd>
          </dl>
          <p className="hint-text">
            Your exports are signed with this key. Read the fingerprint to teammates by voice or chat: their app shows
            it the first time they import a file of yours.
          </p>
          <h3>Use your identity on another machine</h3>
          <p className="hint-text">
            Each machine gets a writer id of its own, so work from both merges without loss; only your name and key
            move.
          </p>
          <MoveIdentity />
        </section>
      )}
      <section aria-labelledby="identity-keys">
        <h3 id="identity-keys">Teammates’ keys</h3>
        {keys && keys.length === 0 && (
          <p className="hint-text">
            None yet. A teammate’s key is remembered the first time you import a signed file of theirs; a later file in
            their name under another key is kept apart.
          </p>
        )}
        {keys && keys.length > 0 && (
          <table className="trust-keys">
            <thead>
              <tr>
                <th scope="col">Analyst</th>
                <th scope="col">Key</th>
                <th scope="col">Trusted since</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {keys.map((key) => (
                <tr key={key.analystId}>
                  <td>{key.name}</td>
                  <td>
                    <span className="fingerprint">{key.fingerprint}</span>
                  </td>
                  <td>
                    {formatDate(key.firstSeenAt)} in “{key.firstSeenIn}”
                  </td>
                  <td>
                    <button
                      type="button"
                      className="danger"
                      aria-label={`Forget ${key.name}’s key`}
                      onClick={() => void forgetTeammateKey(key.analystId, key.name)}
                    >
                      Forget
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={close}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}
