/** Shows an import under way in the header: the file, the stage and a progress bar, while the window stays usable. */
import { useUiStore } from '../../store/ui-store';
import type { ImportStage } from '../../store/bundle-import-slice';
import './exchange.css';

const STAGE_LABELS: Record<ImportStage, string> = {
  parsing: 'reading',
  validating: 'checking records',
  checking: 'checking texts and links',
  merging: 'merging',
  saving: 'saving',
};

export function ImportProgressBar() {
  const importing = useUiStore((state) => state.importing);
  if (!importing) return null;
  const { file, progress } = importing;
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
