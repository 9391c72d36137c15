/** Short notices at the bottom of the window; each fades after a while unless it offers an action. */
import { useEffect } from 'react';
import { useUiStore, type UiState } from '../../store/ui-store';

const DISMISS_AFTER_MS = 8000;

export function Notices() {
  const notices = useUiStore((state: UiState) => state.notices);
  const dismiss = useUiStore((state) => state.dismissNotice);

  useEffect(() => {
    const timers = notices.map((notice) =>
      window.setTimeout(() => dismiss(notice.id), notice.action ? DISMISS_AFTER_MS * 2 : DISMISS_AFTER_MS),
    );
    return () => timers.forEach((timer) => window.clearTimeout(timer));
  }, [notices, dismiss]);

  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice-${notice.tone}`} data-testid="notice">
          <span>{notice.text}</span>
          {notice.action && (
            <button
              type="button"
              onClick={() => {
                notice.action?.run();
                dismiss(notice.id);
              }}
            >
              {notice.action.label}
            </button>
          )}
          <button type="button" className="icon-button" aria-label="Dismiss message" onClick={() => dismiss(notice.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
