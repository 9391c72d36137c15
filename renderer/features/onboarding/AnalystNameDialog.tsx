/** First run: asks the analyst for the name that will be stamped on everything they create or change. */
import { useState, type FormEvent } from 'react';
import { db } from '../../db/database';
import { saveAnalystName } from '../../db/settings';

export function AnalystNameDialog() {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await saveAnalystName(db, name);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  }

  return (
    <div className="onboarding">
      <form className="onboarding-card" onSubmit={submit} aria-labelledby="onboarding-title">
        <h1 id="onboarding-title">Welcome to Factcheck Desk</h1>
        <p>
          Your name is recorded on every claim, verdict and source you add or change, so your team can see who did what.
        </p>
        <label htmlFor="analyst-name">Your name</label>
        <input
          id="analyst-name"
          value={name}
          autoFocus
          maxLength={200}
          onChange={(event) => {
            setName(event.target.value);
            setError(null);
          }}
          aria-invalid={error !== null}
          aria-describedby={error ? 'analyst-name-error' : undefined}
        />
        {error && (
          <p id="analyst-name-error" className="field-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary">
          Start
        </button>
      </form>
    </div>
  );
}
