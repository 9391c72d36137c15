/** Lists every problem found in a file the analyst tried to import (where in the file, what was expected). */
import { useEffect, useRef } from 'react';
import { useUiStore } from '../../store/ui-store';

export function ProblemDialog() {
  const report = useUiStore((state) => state.problemReport);
  const close = useUiStore((state) => state.reportProblems);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (report && !element.open) element.showModal();
    if (!report && element.open) element.close();
  }, [report]);

  return (
    <dialog ref={dialog} className="problem-dialog" aria-labelledby="problem-title" onClose={() => close(null)}>
      {report && (
        <>
          <h2 id="problem-title">{report.title}</h2>
          <p>{report.summary}</p>
          <ul className="problem-list">
            {report.problems.map((problem, index) => (
              <li key={index}>
                <code>{problem}</code>
              </li>
            ))}
          </ul>
          <form method="dialog">
            <button type="submit" className="primary" autoFocus>
              Close
            </button>
          </form>
        </>
      )}
    </dialog>
  );
}
