/**
 * The Conflicts view: every field that two analysts changed differently, with both values side by side.
 * The analyst keeps one, or writes their own; until then the app shows one of them and loses neither.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef } from 'react';
import type { Claim, RecordKind } from '../../../shared';
import { useAnalyst } from '../../app/analyst-context';
import { listConflicts, resolveConflict, type RecordConflicts } from '../../db/conflicts';
import { db } from '../../db/database';
import { useUiStore } from '../../store/ui-store';
import { analystNames } from './analyst-names';
import { describeRecord } from './conflict-values';
import { FieldConflictChoice } from './FieldConflictChoice';
import './conflicts.css';

interface ConflictsDialogProps {
  onClose: () => void;
}

export function ConflictsDialog({ onClose }: ConflictsDialogProps) {
  const analyst = useAnalyst();
  const dialog = useRef<HTMLDialogElement>(null);
  const items = useLiveQuery(() => listConflicts(db), []);
  const imports = useLiveQuery(() => db.imports.toArray(), []);
  const scaleList = useLiveQuery(() => db.scales.toArray(), []);
  const names = useMemo(() => analystNames(items ?? [], imports ?? [], analyst), [items, imports, analyst]);
  const scales = useMemo(() => new Map((scaleList ?? []).map((scale) => [scale.id, scale])), [scaleList]);
  const notify = useUiStore((state) => state.notify);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  const resolve = (table: RecordKind, recordId: string, field: string, value: unknown) => {
    resolveConflict(db, table, recordId, field, value, analyst).catch((error: unknown) =>
      notify(`The conflict could not be settled: ${error instanceof Error ? error.message : String(error)}`, {
        tone: 'error',
      }),
    );
  };

  const show = (item: RecordConflicts) => {
    const claim = item.record as unknown as Claim;
    onClose();
    useUiStore.getState().openDocument(claim.documentId);
    useUiStore.getState().selectClaim(claim.id, { reveal: true });
  };

  return (
    <dialog
      ref={dialog}
      className="conflicts-dialog"
      aria-labelledby="conflicts-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id="conflicts-title">Conflicts</h2>
      {items === undefined ? (
        <p aria-busy="true">Looking for conflicts…</p>
      ) : items.length === 0 ? (
        <p className="conflicts-empty">No conflicts: every change from your team has been merged.</p>
      ) : (
        <>
          <p className="conflicts-intro">
            Two analysts changed these fields differently. Keep one value, or merge them by hand. Until then the app
            shows one of them and keeps both.
          </p>
          <ul className="conflict-records">
            {items.map((item) => (
              <li
                key={`${item.table}:${item.record.id}`}
                className="conflict-record"
                data-conflict-record={item.record.id}
              >
                <h3>
                  {describeRecord(item.table, item.record)}
                  {item.table === 'claims' && (
                    <button type="button" className="link-button conflict-show" onClick={() => show(item)}>
                      Show in article
                    </button>
                  )}
                </h3>
                {item.conflicts.map((conflict) => (
                  <FieldConflictChoice
                    key={conflict.field}
                    table={item.table}
                    conflict={conflict}
                    names={names}
                    scales={scales}
                    onResolve={(value) => resolve(item.table, item.record.id, conflict.field, value)}
                  />
                ))}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="conflicts-actions">
        <button type="button" className="primary" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
