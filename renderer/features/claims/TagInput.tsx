/** Tags as removable chips; Enter or a comma adds what was typed, with suggestions from the library. */
import { useEffect, useId, useState, type KeyboardEvent } from 'react';

interface TagInputProps {
  tags: readonly string[];
  suggestions: readonly string[];
  onChange: (tags: string[]) => void;
}

export function TagInput({ tags, suggestions, onChange }: TagInputProps) {
  const id = useId();
  const [draft, setDraft] = useState('');
  // The tags as last set here, so quick successive changes build on each other before the saved list comes back.
  const [current, setCurrent] = useState<readonly string[]>(tags);
  const storedKey = tags.join('\u0000');
  useEffect(() => setCurrent(storedKey ? storedKey.split('\u0000') : []), [storedKey]);

  const update = (next: string[]) => {
    setCurrent(next);
    onChange(next);
  };

  const add = (raw: string) => {
    const tag = raw.trim().replace(/\s+/g, ' ').slice(0, 100);
    if (tag && !current.includes(tag)) update([...current, tag]);
    setDraft('');
  };

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add(draft);
    } else if (event.key === 'Backspace' && draft === '' && current.length > 0) {
      update(current.slice(0, -1));
    }
  }

  return (
    <div className="field">
      <label htmlFor={id}>Tags</label>
      <div className="tag-input">
        {current.map((tag) => (
          <span key={tag} className="tag">
            {tag}
            <button
              type="button"
              className="icon-button"
              aria-label={`Remove tag ${tag}`}
              onClick={() => update(current.filter((each) => each !== tag))}
            >
              ×
            </button>
          </span>
        ))}
        <input
          id={id}
          list={`${id}-suggestions`}
          value={draft}
          placeholder={current.length === 0 ? 'Add a tag and press Enter' : ''}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => draft.trim() && add(draft)}
        />
        <datalist id={`${id}-suggestions`}>
          {suggestions
            .filter((tag) => !current.includes(tag))
            .map((tag) => (
              <option key={tag} value={tag} />
            ))}
        </datalist>
      </div>
    </div>
  );
}
