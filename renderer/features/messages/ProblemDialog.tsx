/** Lists every problem found in a file the analyst tried to import (where in the file, what was expected), with counts when the report has them. */
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
          {report.facts && report.facts.length > 0 && (
            <table className="report-facts">
              <tbody>
                {report.facts.map((fact) => (
                  <tr key={fact.label}>
                    <th scope="row">{fact.label}</th>
                    <td>{fact.count.toLocaleString('en-US')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {report.listTitle && report.problems.length > 0 && <h3 className="report-list-title">{report.listTitle}</h3>}
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
