/** The organisation settings screen: name, web site, logo and fact-check page URL that ClaimReview exports use. */
import { useId, useState, type FormEvent } from 'react';
import { ORGANISATION_LABELS, type Organisation } from '../../../shared/interop';
import { db } from '../../db/database';
import { OrganisationInputError, saveOrganisation } from '../../db/organisation';
import { useUiStore } from '../../store/ui-store';
import { ModalDialog } from '../../app/ModalDialog';
import { useOrganisation } from './use-organisation';
import './interop.css';

const FIELDS: ReadonlyArray<{ key: keyof Organisation; placeholder: string; hint: string }> = [
  { key: 'name', placeholder: 'Harbour Checks', hint: 'The author of your fact checks.' },
  { key: 'url', placeholder: 'https://checks.example/', hint: 'Your organisation’s home page.' },
  {
    key: 'logoUrl',
    placeholder: 'https://checks.example/logo.png',
    hint: 'An image search engines may show with your reviews.',
  },
  {
    key: 'factCheckBaseUrl',
    placeholder: 'https://checks.example/fact-checks/harbour',
    hint: 'The page your fact checks are published on; each claim gets an anchor on it (#claim-…).',
  },
];

function OrganisationForm({
  titleId,
  initial,
  onClose,
}: {
  titleId: string;
  initial: Organisation;
  onClose: () => void;
}) {
  const id = useId();
  const [fields, setFields] = useState<Organisation>(initial);
  const [errors, setErrors] = useState<Partial<Record<keyof Organisation, string>>>({});

  async function save(event: FormEvent) {
    event.preventDefault();
    try {
      await saveOrganisation(db, fields);
      useUiStore.getState().notify('Saved the organisation settings.');
      onClose();
    } catch (error) {
      if (error instanceof OrganisationInputError) setErrors(error.problems);
      else
        useUiStore
          .getState()
          .notify(`The settings could not be saved: ${error instanceof Error ? error.message : String(error)}`, {
            tone: 'error',
          });
    }
  }

  return (
    <form onSubmit={save} noValidate className="organisation-form">
      <h2 id={titleId}>Organisation</h2>
      <p className="hint-text">ClaimReview exports name your organisation as the author of each review.</p>
      {FIELDS.map(({ key, placeholder, hint }) => (
        <div key={key} className="organisation-field">
          <label htmlFor={`${id}-${key}`}>{ORGANISATION_LABELS[key]}</label>
          <input
            id={`${id}-${key}`}
            type="text"
            inputMode={key === 'name' ? 'text' : 'url'}
            value={fields[key]}
            placeholder={placeholder}
            autoFocus={key === 'name'}
            aria-invalid={errors[key] !== undefined}
            aria-describedby={`${id}-${key}-hint${errors[key] ? ` ${id}-${key}-error` : ''}`}
            onChange={(event) => {
              setFields({ ...fields, [key]: event.target.value });
              setErrors({ ...errors, [key]: undefined });
            }}
          />
          <p id={`${id}-${key}-hint`} className="hint-text">
            {hint}
          </p>
          {errors[key] && (
            <p id={`${id}-${key}-error`} className="field-error" role="alert">
              {errors[key]}
            </p>
          )}
        </div>
      ))}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="primary">
          Save
        </button>
      </div>
    </form>
  );
}

export function OrganisationDialog({ onClose }: { onClose: () => void }) {
  const titleId = useId();
  const organisation = useOrganisation();
  return (
    <ModalDialog titleId={titleId} className="interop-dialog" onClose={onClose}>
      {organisation ? (
        <OrganisationForm titleId={titleId} initial={organisation} onClose={onClose} />
      ) : (
        <p id={titleId} aria-busy="true">
          Loading the organisation settings…
        </p>
      )}
    </ModalDialog>
  );
}
