/** What the trust dialogs do: import a held file anyway or discard it, forget a teammate's key, export and import the analyst's identity. */
import type { Analyst, SigningKey } from '../../../shared';
import { fileStem } from '../../../shared';
import { db } from '../../db/database';
import { discardHeldFile, takeHeldFile } from '../../db/held-files';
import { adoptIdentity, getLibraryIdentity } from '../../db/identity';
import { forgetKey } from '../../db/trusted-keys';
import { platform } from '../../platform';
import { useUiStore } from '../../store/ui-store';
import { importBundleContent } from '../exchange/import-bundle-flow';
import { identityFileText, readIdentityFile } from './identity-file';

function failure(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function notify(text: string, tone: 'info' | 'error' = 'info'): void {
  useUiStore.getState().notify(text, { tone });
}

/** Imports a held file after all (trusting its new key when asked); it leaves the held list once imported. */
export async function importHeldFile(id: string, trustNewKey: boolean): Promise<boolean> {
  const taken = await takeHeldFile(db, id);
  if (!taken) return false;
  const imported = await importBundleContent(
    taken.file,
    { openFirstDocument: true, label: `“${taken.held.file}”` },
    { importAnyway: true, trustNewKey },
  );
  if (imported) await discardHeldFile(db, id);
  return imported;
}

export async function discardHeld(id: string, file: string): Promise<void> {
  try {
    await discardHeldFile(db, id);
    notify(`Discarded “${file}”; nothing of it was imported.`);
  } catch (error) {
    notify(`“${file}” could not be discarded: ${failure(error)}`, 'error');
  }
}

export async function forgetTeammateKey(analystId: string, name: string): Promise<void> {
  try {
    await forgetKey(db, analystId);
    notify(`Forgot ${name}’s key; the next signed file of theirs is remembered anew.`);
  } catch (error) {
    notify(`The key could not be forgotten: ${failure(error)}`, 'error');
  }
}

function identityFileName(analyst: Analyst): string {
  return `${fileStem(analyst.name, 'my')}.factcheck-identity.json`;
}

/** Saves the identity file (the analyst confirmed the warning first). */
export async function exportIdentity(): Promise<void> {
  try {
    const identity = await getLibraryIdentity(db);
    if (!identity) throw new Error('this library has no identity yet');
    const saved = await platform.saveFile(
      'identity',
      identityFileName(identity.analyst),
      identityFileText(identity.analyst, identity.signingKey),
    );
    if (saved)
      notify(
        `Saved your identity to ${saved.name}. It holds your secret key: import it on your other machine, then delete it.`,
      );
  } catch (error) {
    notify(`Your identity could not be exported: ${failure(error)}`, 'error');
  }
}

export type PickedIdentity = { analyst: Analyst; signingKey: SigningKey; file: string };

/** Picks and reads an identity file; null when cancelled or refused (the analyst is told why). */
export async function pickIdentityFile(): Promise<PickedIdentity | null> {
  try {
    const file = await platform.openFile('identity');
    if (!file) return null;
    const read = readIdentityFile(file.content);
    if (!read.ok) {
      notify(`“${file.name}” was not used: ${read.message}. Nothing was changed.`, 'error');
      return null;
    }
    return { analyst: read.analyst, signingKey: read.signingKey, file: file.name };
  } catch (error) {
    notify(`The identity file could not be read: ${failure(error)}`, 'error');
    return null;
  }
}

export async function adoptPickedIdentity(picked: PickedIdentity): Promise<boolean> {
  try {
    const identity = await adoptIdentity(db, picked.analyst, picked.signingKey);
    notify(`You are now ${identity.analyst.name} on this machine, signing with key ${identity.fingerprint}.`);
    return true;
  } catch (error) {
    notify(`The identity could not be used: ${failure(error)}`, 'error');
    return false;
  }
}
