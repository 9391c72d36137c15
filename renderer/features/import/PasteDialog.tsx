/** Paste article: a text box for an article copied from a web page or a document; formatted (HTML) pastes keep their structure and links. */
import { useId, useState, type ClipboardEvent, type FormEvent } from 'react';
import { useAnalyst } from '../../app/analyst-context';
import { importPaste } from './import-actions';
import { useUiStore } from '../../store/ui-store';
import { ModalDialog } from '../../app/ModalDialog';
import './import.css';

/** The formatted version of what was pasted, valid while the text box still shows exactly that paste. */
interface PastedHtml {
  html: string;
  text: string;
}

export function PasteDialog() {
  const analyst = useAnalyst();
  const id = useId();
  const close = useUiStore((state) => state.closePaste);
  const [text, setText] = useState('');
  const [pasted, setPasted] = useState<PastedHtml | null>(null);
  const [busy, setBusy] = useState(false);
  const html = pasted !== null && pasted.text === text ? pasted.html : null;

  function onPaste(event: ClipboardEvent<HTMLTextAreaElement>) {
    const clipboardHtml = event.clipboardData.getData('text/html');
    const plain = event.clipboardData.getData('text/plain');
    if (!clipboardHtml || text.trim().length > 0) return;
    event.preventDefault();
    setText(plain);
    setPasted({ html: clipboardHtml, text: plain });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const done = await importPaste({ html, text }, analyst);
    setBusy(false);
    if (done) close();
  }

  return (
    <ModalDialog titleId={`${id}-title`} className="paste-dialog" onClose={close}>
      <form onSubmit={submit}>
        <h2 id={`${id}-title`}>Paste article</h2>
        <p>
          Paste the article below. Text copied from a web page keeps its headings, quotes, lists and links; the first
          line becomes the title when it looks like one.
        </p>
        <label htmlFor={`${id}-text`} className="field-label">
          Article text
        </label>
        <textarea
          id={`${id}-text`}
          rows={14}
          value={text}
          autoFocus
          onPaste={onPaste}
          onChange={(event) => setText(event.target.value)}
        />
        <p className="hint-text" aria-live="polite">
          {html !== null
            ? 'Pasted from a web page: its structure and links will be kept. Editing the text imports it as plain text.'
            : 'Paragraphs are separated by blank lines.'}
        </p>
        <div className="dialog-actions">
          <button type="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy || text.trim().length === 0}>
            Import article
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
