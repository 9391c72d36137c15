/** Mounted once in the app shell: the trust dialogs, opened from the header or by an import. */
import { HeldFilesDialog } from './HeldFilesDialog';
import { IdentityDialog } from './IdentityDialog';
import { useTrustDialogs } from './trust-dialog-store';

export function TrustLayer() {
  const open = useTrustDialogs((state) => state.open);
  if (open === 'identity') return <IdentityDialog />;
  if (open === 'held') return <HeldFilesDialog />;
  return null;
}
