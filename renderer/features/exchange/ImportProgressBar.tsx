/** Shows an import under way in the header: the file, the stage and a progress bar, while the window stays usable. */
import { useImportProgress } from './import-progress-store';
import type { ImportStage } from './import-pipeline';
import './exchange.css';

const STAGE_LABELS: Record<ImportStage, string> = {
  parsing: 'reading',
  validating: 'checking records',
  checking: 'checking texts and links',
  merging: 'merging',
  saving: 'saving',
};

export function ImportProgressBar() {
  const file = useImportProgress((state) => state.file);
  const progress = useImportProgress((state) => state.progress);
  if (!file || !progress) return null;
  const percent = Math.round(progress.fraction * 100);
  return (
    <div className="import-progress" role="status" aria-live="polite">
      <span className="import-progress-label" title={file}>
        Importing {file}: {STAGE_LABELS[progress.stage]}…
      </span>
      <progress className="import-progress-bar" max={100} value={percent} aria-label={`Import of ${file}`}>
        {percent}%
      </progress>
    </div>
  );
}
