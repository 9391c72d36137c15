/** Cross-record checks a schema cannot express: hashes, quotes at their offsets, references, merge histories. */
import { canonicalText } from '../text/canonical';
import { hashText } from '../text/hash';
import type { Bundle } from './bundle-schema';
import type { Problem } from './problems';
import { hasSeen } from '../model/record-sync';
import type { Dot, RecordSync } from '../model/sync-schema';

export function consistencyProblems(bundle: Bundle): Problem[] {
  const problems: Problem[] = [];
  const documents = new Map(bundle.documents.map((document) => [document.id, document]));
  const scales = new Map(bundle.scales.map((scale) => [scale.id, scale]));
  bundle.documents.forEach((document, index) => {
    if (!scales.has(document.scaleId)) {
      problems.push({
        path: `$.documents[${index}].scaleId`,
        message: `no verdict scale "${document.scaleId}" in the file`,
      });
    }
    // Each text is joined and hashed once: the costly checks of a large file.
    if (canonicalText(document.blocks) !== document.text) {
      problems.push({ path: `$.documents[${index}].text`, message: 'the text does not match the document blocks' });
    } else if (hashText(document.text) !== document.textHash) {
      problems.push({
        path: `$.documents[${index}].textHash`,
        message: 'the hash does not match the SHA-256 of the text',
      });
    }
    syncProblems(document.sync, `$.documents[${index}].sync`, problems);
  });
  bundle.claims.forEach((claim, index) => {
    const document = documents.get(claim.documentId);
    const path = `$.claims[${index}]`;
    const { start, end, exact, orphaned } = claim.target;
    if (!document) {
      problems.push({ path: `${path}.documentId`, message: `no document with id "${claim.documentId}" in the file` });
    } else if (end <= start || (!orphaned && end > document.text.length)) {
      problems.push({ path: `${path}.target`, message: `the range ${start}-${end} is outside the document text` });
    } else if (!orphaned && (end - start !== exact.length || !document.text.startsWith(exact, start))) {
      problems.push({ path: `${path}.target.exact`, message: 'the quote is not the text at the stored offsets' });
    }
    if (claim.verdict) {
      const scale = scales.get(claim.verdict.scaleId);
      if (!scale)
        problems.push({
          path: `${path}.verdict.scaleId`,
          message: `no verdict scale "${claim.verdict.scaleId}" in the file`,
        });
      else if (!scale.steps.some((step) => step.id === claim.verdict?.stepId)) {
        problems.push({
          path: `${path}.verdict.stepId`,
          message: `the scale "${scale.name}" has no step "${claim.verdict.stepId}"`,
        });
      }
    }
    syncProblems(claim.sync, `${path}.sync`, problems);
  });
  bundle.sources.forEach((source, index) => syncProblems(source.sync, `$.sources[${index}].sync`, problems));
  const claimIds = new Set(bundle.claims.map((claim) => claim.id));
  const sourceIds = new Set(bundle.sources.map((source) => source.id));
  bundle.evidence.forEach((link, index) => {
    if (!claimIds.has(link.claimId))
      problems.push({ path: `$.evidence[${index}].claimId`, message: `no claim "${link.claimId}" in the file` });
    if (!sourceIds.has(link.sourceId))
      problems.push({ path: `$.evidence[${index}].sourceId`, message: `no source "${link.sourceId}" in the file` });
    syncProblems(link.sync, `$.evidence[${index}].sync`, problems);
  });
  for (const list of ['documents', 'claims', 'sources', 'evidence', 'scales'] as const)
    duplicateIds(bundle[list], list, problems);
  return problems;
}

function describeDot(dot: Dot): string {
  return JSON.stringify(dot);
}

/** Every write a history names must be one its clock counts, and concurrent values must be distinct writes. */
function syncProblems(sync: RecordSync, path: string, problems: Problem[]): void {
  if (!hasSeen(sync.clock, sync.base))
    problems.push({ path: `${path}.base`, message: `the write ${describeDot(sync.base)} is not counted in the clock` });
  const written = new Set<string>();
  (sync.writes ?? []).forEach(([analyst, count, fields], index) => {
    const dot: Dot = [analyst, count];
    if (!hasSeen(sync.clock, dot))
      problems.push({
        path: `${path}.writes[${index}]`,
        message: `the write ${describeDot(dot)} is not counted in the clock`,
      });
    for (const field of fields) {
      if (written.has(field) || sync.concurrent?.[field])
        problems.push({
          path: `${path}.writes[${index}]`,
          message: `the field "${field}" is set by more than one write`,
        });
      written.add(field);
    }
  });
  if (sync.concurrent) {
    for (const [field, entries] of Object.entries(sync.concurrent)) {
      const seen = new Set<string>();
      entries.forEach((entry, index) => {
        const key = describeDot(entry.dot);
        if (!hasSeen(sync.clock, entry.dot))
          problems.push({
            path: `${path}.concurrent.${field}[${index}].dot`,
            message: `the write ${key} is not counted in the clock`,
          });
        if (seen.has(key))
          problems.push({
            path: `${path}.concurrent.${field}[${index}].dot`,
            message: `the write ${key} is listed twice`,
          });
        seen.add(key);
      });
    }
  }
}

function duplicateIds(records: ReadonlyArray<{ id: string }>, list: string, problems: Problem[]): void {
  const seen = new Set<string>();
  records.forEach((record, index) => {
    if (seen.has(record.id))
      problems.push({
        path: `$.${list}[${index}].id`,
        message: `another record of the file has the id "${record.id}"`,
      });
    seen.add(record.id);
  });
}
