/** Lets the analyst drop an article file anywhere on the window; while a file is dragged over it, the drop overlay shows. */
import { useEffect } from 'react';
import { useAnalyst } from '../../app/analyst-context';
import { useUiStore } from '../../store/ui-store';
import { importDroppedFile } from './import-actions';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

export function useFileDrop(): void {
  const analyst = useAnalyst();

  useEffect(() => {
    const setDragging = useUiStore.getState().setDraggingFile;
    // dragenter and dragleave fire for every element crossed; count them to know when the file left the window.
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth += 1;
      setDragging(true);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Without this the browser (or Electron) would open the file in place of the app.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const files = [...(event.dataTransfer?.files ?? [])];
      const [file] = files;
      if (!file) return;
      if (files.length > 1)
        useUiStore
          .getState()
          .notify(`Dropped ${files.length} files: importing “${file.name}” only. Drop the others one at a time.`);
      void importDroppedFile(file, analyst);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [analyst]);
}
