/** Everything the import flow shows over the app: the drop overlay, the paste dialog and the boilerplate review. Mounted once in the shell. */
import { BoilerplateDialog } from './BoilerplateDialog';
import { useUiStore } from '../../store/ui-store';
import { PasteDialog } from './PasteDialog';
import { useFileDrop } from './use-file-drop';
import './import.css';

export function ImportLayer() {
  useFileDrop();
  const dragging = useUiStore((state) => state.draggingFile);
  const pasteOpen = useUiStore((state) => state.pasteOpen);
  const pending = useUiStore((state) => state.pendingDraft);
  return (
    <>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>Drop a .txt, .md or .html file to add it to the library</p>
        </div>
      )}
      {pasteOpen && <PasteDialog />}
      {pending && <BoilerplateDialog pending={pending} />}
    </>
  );
}
