/**
 * Asks the analyst, before an import, whether an incoming article is another version of a library
 * document (same URL, same title or much shared text): its claims are then re-anchored on the library's
 * text; otherwise it is kept as a separate document. Cancel imports nothing.
 */
import { useState } from 'react';
import './exchange.css';
import type { VersionCandidate, VersionQuestion } from '../../../shared';
import { ModalDialog } from '../../app/ModalDialog';
import { useUiStore } from '../../store/ui-store';

const SEPARATE = '';

function reasonText(candidate: VersionCandidate): string {
  const shared = `${Math.round(candidate.overlap * 100)}% of sampled passages shared`;
  if (candidate.reason === 'url') return `same URL, ${shared}`;
  if (candidate.reason === 'title') return `same title, ${shared}`;
  return shared;
}

/** Same URL or title: propose re-anchoring; shared text alone may be a look-alike, so propose a separate document. */
function proposedChoice(question: VersionQuestion): string {
  const best = question.candidates[0];
  return best && best.reason !== 'text' ? best.documentId : SEPARATE;
}

function QuestionFieldset({
  question,
  value,
  onChange,
}: {
  question: VersionQuestion;
  value: string;
  onChange: (value: string) => void;
}) {
  const name = `version-${question.incomingId}`;
  return (
    <fieldset className="version-question">
      <legend>
        “{question.title || 'Untitled'}” ({question.claimCount} claim{question.claimCount === 1 ? '' : 's'})
      </legend>
      {question.candidates.map((candidate) => (
        <label key={candidate.documentId} className="version-choice">
          <input
            type="radio"
            name={name}
            value={candidate.documentId}
            checked={value === candidate.documentId}
            onChange={() => onChange(candidate.documentId)}
          />
          <span>
            Re-anchor its claims on your “{candidate.title || 'Untitled'}”{' '}
            <span className="version-reason">({reasonText(candidate)})</span>
          </span>
        </label>
      ))}
      <label className="version-choice">
        <input
          type="radio"
          name={name}
          value={SEPARATE}
          checked={value === SEPARATE}
          onChange={() => onChange(SEPARATE)}
        />
        <span>Keep it as a separate document</span>
      </label>
    </fieldset>
  );
}

function VersionForm({ file, questions }: { file: string; questions: VersionQuestion[] }) {
  const answer = useUiStore((state) => state.answerVersions);
  const [choices, setChoices] = useState<Record<string, string>>(() =>
    Object.fromEntries(questions.map((question) => [question.incomingId, proposedChoice(question)])),
  );
  const submit = () => answer(questions.map((question) => [question.incomingId, choices[question.incomingId] || null]));
  return (
    <ModalDialog titleId="version-title" className="version-dialog" onClose={() => answer(null)}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <h2 id="version-title">Another version of an article?</h2>
        <p>
          “{file}” has {questions.length === 1 ? 'an article whose text is' : 'articles whose texts are'} not in your
          library word for word, but
          {questions.length === 1 ? ' it looks like' : ' they look like'} a version of a document you have. Re-anchoring
          finds each claim’s quote in your text; claims whose quote is gone are kept as orphans.
        </p>
        {questions.map((question) => (
          <QuestionFieldset
            key={question.incomingId}
            question={question}
            value={choices[question.incomingId] ?? SEPARATE}
            onChange={(value) => setChoices((current) => ({ ...current, [question.incomingId]: value }))}
          />
        ))}
        <div className="dialog-actions">
          <button type="button" onClick={() => answer(null)}>
            Cancel import
          </button>
          <button type="submit" className="primary">
            Import
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

/** Mounted once in the app; shows the pending question of an import, if any. */
export function VersionDialog() {
  const pending = useUiStore((state) => state.versionQuestion);
  if (!pending) return null;
  const { file, questions } = pending;
  return (
    <VersionForm
      key={`${file}:${questions.map((question) => question.incomingId).join(',')}`}
      file={file}
      questions={questions}
    />
  );
}
