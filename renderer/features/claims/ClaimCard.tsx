/** The selected claim: wording, claimant, when and where, type, verdict, status, rationale, tags, reviewer and sources. */
import { useId } from 'react';
import type { CheckWorthiness, Claim, ClaimStatus, ClaimType, VerdictScale } from '../../../shared';
import {
  checkWorthinessLevels,
  claimStatuses,
  claimTypes,
  findStep,
  isHttpUrl,
  isRichTextEmpty,
  CLAIM_TYPE_LABELS,
  STATUS_LABELS,
  WORTHINESS_LABELS,
} from '../../../shared';
import { useAnalyst } from '../../app/analyst-context';
import type { ClaimChange } from '../../db/claims';
import { changeClaim, deleteClaimWithUndo } from './claim-actions';
import { EvidenceSection } from './EvidenceSection';
import { RationaleEditor } from './RationaleEditor';
import { SavedField } from './SavedField';
import { TagInput } from './TagInput';

interface ClaimCardProps {
  claim: Claim;
  /** The scale new verdicts of this document use. */
  scale: VerdictScale | null;
  scales: ReadonlyMap<string, VerdictScale>;
  documentUrl: string | null;
  evidenceCount: number;
  claimantSuggestions: readonly string[];
  tagSuggestions: readonly string[];
  /** The claim was just marked: the wording field takes the focus, ready for typing. */
  justMarked?: boolean;
}

const CLAIM_REVIEW_LENGTH = 75;

function Choice<T extends string>(props: {
  label: string;
  value: T | null;
  options: readonly T[];
  labels: Record<T, string>;
  empty: string;
  onChange: (value: T | null) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value ?? ''}
        onChange={(event) => props.onChange((event.target.value || null) as T | null)}
      >
        <option value="">{props.empty}</option>
        {props.options.map((option) => (
          <option key={option} value={option}>
            {props.labels[option]}
          </option>
        ))}
      </select>
    </div>
  );
}

export function ClaimCard({
  claim,
  scale,
  scales,
  documentUrl,
  evidenceCount,
  claimantSuggestions,
  tagSuggestions,
  justMarked = false,
}: ClaimCardProps) {
  const analyst = useAnalyst();
  const ids = { verdict: useId(), status: useId(), statusHint: useId() };
  const save = <K extends keyof ClaimChange>(field: K, value: ClaimChange[K]) =>
    changeClaim(claim, field, value, analyst);
  const otherScaleStep =
    claim.verdict && claim.verdict.scaleId !== scale?.id
      ? findStep(scales.get(claim.verdict.scaleId), claim.verdict.stepId)
      : null;
  const finalWithoutRationale = claim.status === 'final' && isRichTextEmpty(claim.rationale);
  const canBeFinal = evidenceCount > 0 || claim.status === 'final';

  return (
    <section className="claim-card" aria-label="Claim details" data-claim-details={claim.id}>
      <blockquote className="card-quote">“{claim.target.exact}”</blockquote>
      <SavedField
        label="Claim as worded"
        value={claim.text}
        onSave={(text) => save('text', text)}
        multiline
        placeholder="State the claim in one checkable sentence"
        maxLength={5000}
        recommendedLength={CLAIM_REVIEW_LENGTH}
        autoFocus={justMarked}
      />
      <div className="field-row">
        <SavedField
          label="Claimant"
          value={claim.claimant}
          onSave={(claimant) => save('claimant', claimant)}
          placeholder="Person or organisation"
          maxLength={500}
          suggestions={claimantSuggestions}
        />
        <SavedField
          label="Claim date"
          type="date"
          value={claim.claimDate ?? ''}
          onSave={(date) => save('claimDate', date || null)}
        />
      </div>
      <SavedField
        label="Where it appeared"
        type="url"
        value={claim.appearanceUrl ?? ''}
        placeholder={documentUrl ?? 'https://… (the article itself when empty)'}
        onSave={(url) => save('appearanceUrl', url.trim() || null)}
        validate={(url) =>
          url.trim() === '' || isHttpUrl(url) ? null : 'Enter a web address starting with http:// or https://.'
        }
      />
      <div className="field-row">
        <Choice
          label="Claim type"
          value={claim.claimType}
          options={claimTypes}
          labels={CLAIM_TYPE_LABELS}
          empty="Not set"
          onChange={(value: ClaimType | null) => save('claimType', value)}
        />
        <Choice
          label="Check-worthiness"
          value={claim.checkWorthiness}
          options={checkWorthinessLevels}
          labels={WORTHINESS_LABELS}
          empty="Not set"
          onChange={(value: CheckWorthiness | null) => save('checkWorthiness', value)}
        />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={ids.verdict}>Verdict</label>
          <select
            id={ids.verdict}
            value={claim.verdict ? `${claim.verdict.scaleId}/${claim.verdict.stepId}` : ''}
            onChange={(event) => {
              const [scaleId, stepId] = event.target.value.split('/');
              save('verdict', scaleId && stepId ? { scaleId, stepId } : null);
            }}
            aria-keyshortcuts="1 2 3 4 5 6 7 8 9 0"
          >
            <option value="">No verdict yet</option>
            {otherScaleStep && claim.verdict && (
              <option value={`${claim.verdict.scaleId}/${claim.verdict.stepId}`}>
                {otherScaleStep.label} ({scales.get(claim.verdict.scaleId)?.name})
              </option>
            )}
            {scale?.steps.map((step) => (
              <option key={step.id} value={`${scale.id}/${step.id}`}>
                {step.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.status}>Status</label>
          <select
            id={ids.status}
            value={claim.status}
            onChange={(event) => save('status', event.target.value as ClaimStatus)}
            aria-describedby={canBeFinal ? undefined : ids.statusHint}
          >
            {claimStatuses.map((status) => (
              <option key={status} value={status} disabled={status === 'final' && !canBeFinal}>
                {STATUS_LABELS[status]}
                {status === 'final' && !canBeFinal ? ' (needs a source)' : ''}
              </option>
            ))}
          </select>
        </div>
      </div>
      {!canBeFinal && (
        <p id={ids.statusHint} className="hint small">
          A verdict can be final once at least one source is linked.
        </p>
      )}
      {finalWithoutRationale && (
        <p className="warning" role="alert">
          This verdict is final but has no rationale: explain what the sources show.
        </p>
      )}
      <RationaleEditor value={claim.rationale} onChange={(rationale) => save('rationale', rationale)} />
      <TagInput tags={claim.tags} suggestions={tagSuggestions} onChange={(tags) => save('tags', tags)} />
      <SavedField
        label="Reviewer"
        value={claim.reviewer}
        onSave={(reviewer) => save('reviewer', reviewer)}
        placeholder="Who reviews this check"
        maxLength={200}
      />
      <EvidenceSection claimId={claim.id} />
      <p className="claim-stamp">
        Marked by {claim.createdBy.name}; last changed by {claim.updatedBy.name} at{' '}
        {new Date(claim.updatedAt).toLocaleString()}.
      </p>
      <div className="card-actions">
        <button type="button" className="danger" onClick={() => void deleteClaimWithUndo(claim.id, analyst)}>
          Delete claim
        </button>
      </div>
    </section>
  );
}
