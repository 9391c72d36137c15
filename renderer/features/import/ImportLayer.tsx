/** Everything the import flow shows over the app: the drop overlay, the paste dialog and the boilerplate review. Mounted once in the shell. */
import { BoilerplateDialog } from './BoilerplateDialog';
import { useImportStore } from './import-store';
import { PasteDialog } from './PasteDialog';
import { useFileDrop } from './use-file-drop';
import './import.css';

export function ImportLayer() {
  useFileDrop();
  const dragging = useImportStore((state) => state.dragging);
  const pasteOpen = useImportStore((state) => state.pasteOpen);
  const pending = useImportStore((state) => state.pending);
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
