/** Before a ClaimReview export: which claims are exported and, per claim, the required and recommended fields still missing. */
import {
  checkClaimReviews,
  claimReviewSummary,
  type DocumentView,
  type MissingField,
  type Organisation,
} from '../../../shared/interop';
import './interop.css';

/** Fields every review takes from the organisation settings: listed once, not per claim. */
const ORGANISATION_FIELDS = new Set(['url', 'author.name', 'author.url', 'author.logo']);

function Gap({ gap }: { gap: MissingField }) {
  return (
    <li className={`gap gap-${gap.level}`}>
      <span className="gap-level">{gap.level === 'required' ? 'Required' : 'Recommended'}</span>{' '}
      <code>{gap.field}</code>: {gap.fix}
    </li>
  );
}

export function ClaimReviewChecklist({
  view,
  organisation,
  onEditOrganisation,
}: {
  view: DocumentView;
  organisation: Organisation;
  onEditOrganisation: () => void;
}) {
  const checks = checkClaimReviews(view, organisation);
  const summary = claimReviewSummary(checks);
  const organisationGaps =
    checks.find((check) => check.exported)?.missing.filter((gap) => ORGANISATION_FIELDS.has(gap.field)) ?? [];
  return (
    <section className="claimreview-check" aria-label="ClaimReview fields">
      <p data-testid="claimreview-summary">
        {summary.exported} {summary.exported === 1 ? 'claim' : 'claims'} with a verdict will be exported
        {summary.skipped > 0
          ? `; ${summary.skipped} without a verdict ${summary.skipped === 1 ? 'is' : 'are'} left out`
          : ''}
        .
        {summary.incomplete > 0
          ? ` ${summary.incomplete} ${summary.incomplete === 1 ? 'misses' : 'miss'} a required field.`
          : ''}
      </p>
      {organisationGaps.length > 0 && (
        <div className="organisation-gaps">
          <ul className="gap-list">
            {organisationGaps.map((gap) => (
              <Gap key={gap.field} gap={gap} />
            ))}
          </ul>
          <button type="button" onClick={onEditOrganisation}>
            Organisation settings…
          </button>
        </div>
      )}
      <ul className="check-list">
        {checks.map((check) => {
          const gaps = check.missing.filter((gap) => !check.exported || !ORGANISATION_FIELDS.has(gap.field));
          return (
            <li
              key={check.claimId}
              data-claim-check={check.claimId}
              className={check.exported ? 'check-exported' : 'check-skipped'}
            >
              <q className="check-quote">{check.quote}</q>
              {!check.exported ? (
                <p className="check-state">Not exported: {gaps[0]?.fix}</p>
              ) : gaps.length === 0 ? (
                <p className="check-state check-complete">Every claim field is filled in.</p>
              ) : (
                <ul className="gap-list">
                  {gaps.map((gap) => (
                    <Gap key={gap.field} gap={gap} />
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
