/** A modal <dialog> that opens while mounted and reports Escape or the close button as a close; every dialog of the app shares it. */
import { useEffect, useRef, type ReactNode } from 'react';

interface ModalDialogProps {
  titleId: string;
  className?: string;
  onClose: () => void;
  children: ReactNode;
}

export function ModalDialog({ titleId, className, onClose, children }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => {
      if (element?.open) element.close();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className={`modal-dialog ${className ?? ''}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCloseRef.current();
      }}
    >
      {children}
    </dialog>
  );
}
