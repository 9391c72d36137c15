/** `factcheck info`: summarises a bundle for people (with its conflicts and orphans), or prints the shared bundleInfo summary as JSON. */
import { parseArgs } from 'node:util';
import { bundleInfo, type Bundle, type BundleInfo } from '../../shared';
import { withUsageErrors } from '../args';
import { loadBundleFile, problemLines } from '../bundle-file';
import { UsageError } from '../errors';
import { EXIT_INVALID, EXIT_OK, oneLine, plural, shorten, writeErr, writeOut } from '../output';

/**
 * JSON text of the summary. C1 control characters are written as \u escapes (JSON.stringify leaves
 * them raw and some terminals act on them); the parsed value is unchanged.
 */
export function infoJson(info: BundleInfo): string {
  return JSON.stringify(info, null, 2).replace(
    /[\u007F-\u009F]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function humanSummary(file: string, bundle: Bundle, info: BundleInfo): string[] {
  const deleted = bundle.claims.length - info.claims.length;
  const titles = new Map(info.documents.map((document) => [document.id, document.title]));
  const lines = [
    `${oneLine(file)}: ${oneLine(bundle.format)} version ${bundle.version}, exported ${bundle.exportedAt} by ${shorten(bundle.exportedBy.name, 60)} (${shorten(bundle.generator, 40)})`,
    `${plural(info.documents.length, 'document')}, ${plural(info.claims.length, 'claim')}${deleted > 0 ? ` (and ${deleted} deleted)` : ''}, ${plural(bundle.sources.filter((source) => !source.deleted).length, 'source')}, ${plural(bundle.evidence.filter((link) => !link.deleted).length, 'evidence link')}`,
  ];
  const orphans = info.claims.filter((claim) => claim.orphaned).length;
  if (info.conflicts > 0 || orphans > 0)
    lines.push(
      `${plural(info.conflicts, 'conflict')} to resolve, ${plural(orphans, 'orphaned claim')} (open the file in the app to settle them)`,
    );
  if (info.documents.length > 0) {
    lines.push('', 'Documents:');
    for (const document of info.documents) {
      lines.push(`  ${shorten(document.title, 90)}`);
      lines.push(
        `    ${plural(document.claims, 'claim')}, ${plural([...document.text].length, 'character')}, SHA-256 ${document.textHash.slice(0, 12)}…${document.url ? `, ${shorten(document.url, 80)}` : ''}`,
      );
    }
  }
  if (info.claims.length > 0) {
    lines.push('', 'Claims:');
    for (const claim of info.claims) {
      const where =
        info.documents.length > 1 ? ` in ${shorten(titles.get(claim.documentId) ?? claim.documentId, 40)}` : '';
      const place = claim.orphaned ? 'orphaned: not found in the text' : `characters ${claim.start}–${claim.end}`;
      lines.push(
        `  [${claim.status}] ${claim.verdict === null ? 'no verdict' : oneLine(claim.verdict)}: “${shorten(claim.exact, 70)}” (${place}${where})`,
      );
    }
  }
  return lines;
}

export async function runInfo(args: readonly string[]): Promise<number> {
  const { values, positionals } = withUsageErrors('info', () =>
    parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: { json: { type: 'boolean', default: false } },
    }),
  );
  if (positionals.length !== 1) {
    throw new UsageError(
      positionals.length === 0 ? 'Name the bundle file to summarise.' : 'Give one bundle file at a time.',
      'info',
    );
  }
  const file = positionals[0] as string;
  const result = await loadBundleFile(file);
  if (!result.ok) {
    writeErr(problemLines(file, result.problems));
    return EXIT_INVALID;
  }
  const info = bundleInfo(result.bundle);
  writeOut(values.json ? infoJson(info) : humanSummary(file, result.bundle, info));
  return EXIT_OK;
}
