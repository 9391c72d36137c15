/** Mounted once in the app shell: the trust dialogs, opened from the header or by an import. */
import { useUiStore } from '../../store/ui-store';
import { HeldFilesDialog } from './HeldFilesDialog';
import { IdentityDialog } from './IdentityDialog';

export function TrustLayer() {
  const open = useUiStore((state) => state.trustDialog);
  if (open === 'identity') return <IdentityDialog />;
  if (open === 'held') return <HeldFilesDialog />;
  return null;
}
