/** The metadata editor: title, outlet, URL, author, published date and language of a document. Its text stays as imported. */
import { useId, useState, type FormEvent } from 'react';
import type { FactDocument } from '../../../shared';
import { useAnalyst } from '../../app/analyst-context';
import { db } from '../../db/database';
import { updateDocument } from '../../db/documents';
import { useUiStore } from '../../store/ui-store';
import { ModalDialog } from '../../app/ModalDialog';
import { checkMetadata, fieldsOf, type MetadataErrors, type MetadataFields } from './metadata-form';
import './library.css';

const FIELDS: ReadonlyArray<{ key: keyof MetadataFields; label: string; placeholder?: string; type?: string }> = [
  { key: 'title', label: 'Title' },
  { key: 'outlet', label: 'Outlet', placeholder: 'The newspaper, site or broadcaster' },
  { key: 'url', label: 'URL', placeholder: 'https://…', type: 'url' },
  { key: 'author', label: 'Author' },
  { key: 'publishedAt', label: 'Published', placeholder: '2026-11-28' },
  { key: 'language', label: 'Language', placeholder: 'en' },
];

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function MetadataDialog({ document, onClose }: { document: FactDocument; onClose: () => void }) {
  const analyst = useAnalyst();
  const id = useId();
  const [fields, setFields] = useState<MetadataFields>(() => fieldsOf(document));
  const [errors, setErrors] = useState<MetadataErrors>({});

  async function save(event: FormEvent) {
    event.preventDefault();
    const checked = checkMetadata(fields);
    if ('errors' in checked) {
      setErrors(checked.errors);
      return;
    }
    try {
      await updateDocument(db, document.id, checked.change, analyst);
      useUiStore.getState().notify(`Saved the details of “${checked.change.title ?? document.title}”.`);
      onClose();
    } catch (error) {
      useUiStore
        .getState()
        .notify(`The details could not be saved: ${error instanceof Error ? error.message : String(error)}`, {
          tone: 'error',
        });
    }
  }

  return (
    <ModalDialog titleId={`${id}-title`} className="metadata-dialog" onClose={onClose}>
      <form onSubmit={save} noValidate>
        <h2 id={`${id}-title`}>Document details</h2>
        <div className="metadata-fields">
          {FIELDS.map(({ key, label, placeholder, type }) => (
            <div key={key} className={`field metadata-${key}`}>
              <label htmlFor={`${id}-${key}`}>{label}</label>
              <input
                id={`${id}-${key}`}
                type={type ?? 'text'}
                value={fields[key]}
                placeholder={placeholder}
                autoFocus={key === 'title'}
                aria-invalid={errors[key] !== undefined}
                aria-describedby={errors[key] ? `${id}-${key}-error` : undefined}
                onChange={(event) => {
                  setFields({ ...fields, [key]: event.target.value });
                  setErrors({ ...errors, [key]: undefined });
                }}
              />
              {errors[key] && (
                <p id={`${id}-${key}-error`} className="field-error" role="alert">
                  {errors[key]}
                </p>
              )}
            </div>
          ))}
        </div>
        <p className="metadata-fixed">
          Imported {dateTime.format(new Date(document.importedAt))}. The article text is fixed at import (SHA-256{' '}
          <code>{document.textHash.slice(0, 16)}…</code>), so claims stay on the words they quote.
        </p>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Save details
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
