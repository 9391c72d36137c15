/** `factcheck verify`: says who signed each bundle and whether the signature holds; exits 1 on a bad one. */
import { parseArgs } from 'node:util';
import { type Analyst, type Bundle, type SignatureCheck } from '../../shared';
import { withUsageErrors } from '../args';
import { loadBundleFile, problemLines } from '../bundle-file';
import { UsageError } from '../errors';
import { EXIT_INVALID, EXIT_OK, oneLine, plural, writeOut } from '../output';

export const VERIFY_USAGE = `Usage: factcheck verify FILE... [options]

Checks the signature of each bundle: who signed it (the exporting analyst and the
fingerprint of their key, to compare with them by voice or chat) and what it holds.
A signature that does not hold means the file was changed after it was signed. Files
from older versions and other tools are unsigned: their author cannot be confirmed.
When several files name the same analyst under different keys, that is reported too.

Exits 0 when every signature holds (unsigned files allowed), 1 when a signature does
not hold, an analyst appears under two keys, or a file is not a valid bundle.

Options:
      --require-signature  treat an unsigned file as a failure too
  -h, --help               show this help`;

function who(analyst: Analyst): string {
  return `${oneLine(analyst.name)} (${oneLine(analyst.id)})`;
}

/** What the file holds, in a few words. */
function contents(bundle: Bundle): string {
  const live = bundle.claims.filter((claim) => !claim.deleted).length;
  return [
    plural(bundle.documents.length, 'document'),
    plural(live, 'claim'),
    plural(bundle.sources.length, 'source'),
    plural(bundle.evidence.length, 'evidence link'),
  ].join(', ');
}

/** One line on a valid file's signature. */
export function signatureLine(file: string, bundle: Bundle, check: SignatureCheck): string {
  const name = oneLine(file);
  const what = `${contents(bundle)}, exported ${bundle.exportedAt}`;
  switch (check.status) {
    case 'valid':
      return `${name}: signed by ${who(check.signer)}, key ${check.fingerprint}: the signature holds (${what})`;
    case 'invalid':
      return `${name}: BAD SIGNATURE: ${check.reason} (it names ${who(check.signer)}, key ${check.fingerprint})`;
    default:
      return `${name}: unsigned: exported by ${who(bundle.exportedBy)}, which cannot be confirmed (${what})`;
  }
}

export async function runVerify(args: readonly string[]): Promise<number> {
  const { values, positionals } = withUsageErrors('verify', () =>
    parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: { 'require-signature': { type: 'boolean', default: false } },
    }),
  );
  if (positionals.length === 0) throw new UsageError('Name at least one bundle file to verify.', 'verify');
  let failed = false;
  const keys = new Map<string, { name: string; fingerprints: Map<string, string[]> }>();
  for (const file of positionals) {
    const result = await loadBundleFile(file);
    if (!result.ok) {
      failed = true;
      writeOut(problemLines(file, result.problems));
      continue;
    }
    const check = result.signature;
    writeOut(signatureLine(file, result.bundle, check));
    if (check.status === 'invalid' || (check.status === 'unsigned' && values['require-signature'])) failed = true;
    if (check.status === 'valid') {
      const entry = keys.get(check.signer.id) ?? { name: check.signer.name, fingerprints: new Map<string, string[]>() };
      entry.fingerprints.set(check.fingerprint, [...(entry.fingerprints.get(check.fingerprint) ?? []), file]);
      keys.set(check.signer.id, entry);
    }
  }
  for (const [id, { name, fingerprints }] of keys) {
    if (fingerprints.size < 2) continue;
    failed = true;
    const each = [...fingerprints].map(
      ([fingerprint, files]) => `key ${fingerprint} in ${files.map(oneLine).join(', ')}`,
    );
    writeOut(`factcheck: ${who({ id, name })} signs with ${plural(fingerprints.size, 'key')}: ${each.join('; ')}`);
  }
  return failed ? EXIT_INVALID : EXIT_OK;
}
