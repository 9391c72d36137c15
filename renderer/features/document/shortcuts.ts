/** The keyboard shortcuts of the document screen, listed once for the handler and the help overlay. */

export interface Shortcut {
  keys: string;
  action: string;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: 'M or Ctrl+Shift+M', action: 'Mark the selected passage as a claim' },
  { keys: 'J / K (or Alt+↓ / Alt+↑)', action: 'Next / previous claim in the list' },
  { keys: '1 – 9', action: 'Give the selected claim the verdict with that number' },
  { keys: '0', action: 'Remove the verdict' },
  { keys: '/', action: 'Search the claims' },
  { keys: 'Ctrl+Z', action: 'Undo the last claim change, deletion or verdict' },
  { keys: 'Ctrl+Shift+Z or Ctrl+Y', action: 'Redo' },
  { keys: 'Delete', action: 'Delete the selected claim (can be undone)' },
  { keys: 'Esc', action: 'Close this help, or deselect the claim' },
  { keys: '?', action: 'Show these shortcuts' },
  { keys: 'Ctrl+O / Ctrl+I / Ctrl+E', action: 'Open an article / import / export a bundle' },
  { keys: 'Ctrl+click a link', action: 'Open a link of the article in your browser' },
  { keys: 'Ctrl+P (desktop)', action: 'Save the report as PDF' },
  { keys: 'Ctrl+Alt+I / Ctrl+Alt+B (desktop)', action: 'Import annotations / show backups' },
];

export function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}
