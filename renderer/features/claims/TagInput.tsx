/** Tags as removable chips; Enter or a comma adds what was typed, with suggestions from the library. */
import { useId, useState, type KeyboardEvent } from 'react';

interface TagInputProps {
  tags: readonly string[];
  suggestions: readonly string[];
  onChange: (tags: string[]) => void;
}

export function TagInput({ tags, suggestions, onChange }: TagInputProps) {
  const id = useId();
  const [draft, setDraft] = useState('');

  const add = (raw: string) => {
    const tag = raw.trim().replace(/\s+/g, ' ').slice(0, 100);
    if (tag && !tags.includes(tag)) onChange([...tags, tag]);
    setDraft('');
  };

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add(draft);
    } else if (event.key === 'Backspace' && draft === '' && tags.length > 0) {
      onChange(tags.slice(0, -1));
    }
  }

  return (
    <div className="field">
      <label htmlFor={id}>Tags</label>
      <div className="tag-input">
        {tags.map((tag) => (
          <span key={tag} className="tag">
            {tag}
            <button type="button" className="icon-button" aria-label={`Remove tag ${tag}`} onClick={() => onChange(tags.filter((each) => each !== tag))}>
              ×
            </button>
          </span>
        ))}
        <input
          id={id}
          list={`${id}-suggestions`}
          value={draft}
          placeholder={tags.length === 0 ? 'Add a tag and press Enter' : ''}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => draft.trim() && add(draft)}
        />
        <datalist id={`${id}-suggestions`}>
          {suggestions
            .filter((tag) => !tags.includes(tag))
            .map((tag) => (
              <option key={tag} value={tag} />
            ))}
        </datalist>
      </div>
    </div>
  );
}
