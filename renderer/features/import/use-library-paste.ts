/** On the library screen, pasting (Ctrl+V) outside any text field imports the clipboard as a new article. */
import { useEffect } from 'react';
import { useAnalyst } from '../../app/analyst-context';
import { importPaste } from './import-actions';
import { useUiStore } from '../../store/ui-store';

function isEditable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || target.closest('input, textarea, select, [contenteditable]') !== null)
  );
}

export function useLibraryPaste(): void {
  const analyst = useAnalyst();

  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const { pasteOpen, pendingDraft: pending } = useUiStore.getState();
      if (pasteOpen || pending || isEditable(event.target) || document.querySelector('dialog[open]')) return;
      const data = event.clipboardData;
      if (!data) return;
      const html = data.getData('text/html');
      const text = data.getData('text/plain');
      if (html.trim().length === 0 && text.trim().length === 0) return;
      event.preventDefault();
      void importPaste({ html: html.trim().length > 0 ? html : null, text }, analyst);
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [analyst]);
}
