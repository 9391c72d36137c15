/** The Backups dialog: whether storage is persistent, the backups on disk with their date and size, and restoring one after a confirmation. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BackupEntry } from '../../../shared/ipc/channels';
import { platform } from '../../platform';
import { importBundleContent } from '../exchange/import-bundle-flow';
import { useUiStore } from '../../store/ui-store';
import { describePersistence } from './persistence';
import { formatBackupDate, formatByteSize } from './format';
import { currentBackupScheduler } from './use-backups';

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function BackupsDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const host = platform.backups;
  const persistence = useUiStore((state) => state.backupStatus.persistence);
  const lastError = useUiStore((state) => state.backupStatus.lastError);
  const [entries, setEntries] = useState<BackupEntry[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<BackupEntry | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  const refresh = useCallback(() => {
    if (!host) return;
    host.list().then(setEntries, (error: unknown) => setProblem(message(error)));
  }, [host]);
  useEffect(refresh, [refresh]);

  async function backUpNow() {
    const scheduler = currentBackupScheduler();
    if (!scheduler) return;
    setBusy(true);
    await scheduler.backUpNow();
    setBusy(false);
    refresh();
  }

  async function restore(entry: BackupEntry) {
    if (!host) return;
    setBusy(true);
    setProblem(null);
    try {
      const file = await host.read(entry.id);
      const imported = await importBundleContent(file, {
        openFirstDocument: false,
        label: `the backup of ${formatBackupDate(entry.createdAt)}`,
      });
      if (imported) onClose();
    } catch (error) {
      setProblem(`The backup could not be read: ${message(error)}`);
    } finally {
      setBusy(false);
      setConfirming(null);
    }
  }

  return (
    <dialog
      ref={dialog}
      className="backups-dialog"
      aria-labelledby="backups-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id="backups-title">Backups</h2>
      <p className="persistence-line" data-state={persistence}>
        {describePersistence(persistence)}
      </p>
      {!host ? (
        <p className="backups-web-note">
          Backups are available in the desktop app. In the browser, export your documents to keep copies of your work.
        </p>
      ) : (
        <>
          <p>
            The desktop app keeps the last ten backups of the whole library in its data folder: after changes (at most
            every few minutes) and when it closes. Restoring a backup merges it into the library; nothing you have now
            is deleted.
          </p>
          {(problem ?? lastError) && (
            <p className="backups-problem" role="alert">
              {problem ?? `The last backup failed: ${lastError}`}
            </p>
          )}
          {entries === null ? (
            <p aria-busy="true">Reading the backups…</p>
          ) : entries.length === 0 ? (
            <p>No backup yet. The first is written a minute after the app starts.</p>
          ) : (
            <table className="backups-table">
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Size</th>
                  <th scope="col">
                    <span className="visually-hidden">Action</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => (
                  <tr key={entry.id}>
                    <td>{formatBackupDate(entry.createdAt)}</td>
                    <td>{formatByteSize(entry.byteLength)}</td>
                    <td>
                      {confirming?.id === entry.id ? (
                        <span className="restore-confirm">
                          <span>Merge this backup into the library?</span>
                          <button type="button" className="primary" disabled={busy} onClick={() => void restore(entry)}>
                            Restore
                          </button>
                          <button type="button" disabled={busy} onClick={() => setConfirming(null)}>
                            Cancel
                          </button>
                        </span>
                      ) : (
                        <button
                          type="button"
                          disabled={busy}
                          onClick={() => setConfirming(entry)}
                          aria-label={`Restore the backup of ${formatBackupDate(entry.createdAt)}`}
                        >
                          Restore…
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
      <div className="backups-actions">
        {host && (
          <button type="button" disabled={busy} onClick={() => void backUpNow()}>
            Back up now
          </button>
        )}
        <button type="button" className="primary" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </dialog>
  );
}
