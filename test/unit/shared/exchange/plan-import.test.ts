// planImport decides what a bundle adds to a library: new records in, identical ones skipped, differing ones kept local.
import { describe, expect, it } from 'vitest';
import { describeImport, planImport, richTextFromPlain, truthScale, withChange, type Bundle, type ImportPlan, type LocalRecords } from '../../../../shared';
import { ann, ARTICLE, bob, bundleOf, claimOn, documentOf, evidenceFor, LATER, sourceOf } from './records';

const emptyLibrary = (): LocalRecords => ({ documents: [], claims: [], sources: [], evidence: [], scales: [truthScale] });

/** The library after an import lands: the planned records added to the local ones. */
function applyPlan(library: LocalRecords, plan: ImportPlan): LocalRecords {
  return {
    documents: [...library.documents, ...plan.documents],
    claims: [...library.claims, ...plan.claims],
    sources: [...library.sources, ...plan.sources],
    evidence: [...library.evidence, ...plan.evidence],
    scales: [...library.scales, ...plan.scales],
  };
}

function sharedWork(documentId = 'doc-remote'): Bundle {
  const document = documentOf(ARTICLE, documentId);
  const claim = claimOn(document, 'exports doubled in 2023', { id: 'claim-1' });
  const other = claimOn(document, 'Critics', { id: 'claim-2' });
  const source = sourceOf();
  return bundleOf({ documents: [document], claims: [claim, other], sources: [source], evidence: [evidenceFor(claim, source)] }, bob);
}

describe('planImport', () => {
  it('adds a document the library does not have, with all its records', () => {
    const bundle = sharedWork();
    const plan = planImport(bundle, emptyLibrary());
    expect(plan.documents).toEqual(bundle.documents);
    expect(plan.claims).toEqual(bundle.claims);
    expect(plan.sources).toEqual(bundle.sources);
    expect(plan.evidence).toEqual(bundle.evidence);
    expect(plan.scales).toEqual([]);
    expect(plan.documentIds).toEqual(new Map([['doc-remote', 'doc-remote']]));
    expect(plan.counts.documents).toEqual({ added: 1, unchanged: 0, keptLocal: 0 });
    expect(plan.counts.claims).toEqual({ added: 2, unchanged: 0, keptLocal: 0 });
    expect(describeImport(plan)).toBe('Imported 1 new document, 2 new claims, 1 new source, 1 evidence link.');
  });

  it('recognises the same article under another id by its text hash and moves the claims onto the local document', () => {
    const local = documentOf(ARTICLE, 'doc-local');
    const library = { ...emptyLibrary(), documents: [local] };
    const bundle = sharedWork('doc-remote');
    expect(bundle.documents[0]?.textHash).toBe(local.textHash);

    const plan = planImport(bundle, library);
    expect(plan.documents).toEqual([]);
    expect(plan.documentIds.get('doc-remote')).toBe('doc-local');
    expect(plan.claims.map((claim) => [claim.id, claim.documentId])).toEqual([
      ['claim-1', 'doc-local'],
      ['claim-2', 'doc-local'],
    ]);
    expect(plan.claims[0]?.target).toEqual(bundle.claims[0]?.target);
    expect(plan.counts.documents).toEqual({ added: 0, unchanged: 1, keptLocal: 0 });
  });

  it('adds nothing when the same bundle is imported a second time', () => {
    const bundle = sharedWork();
    const once = applyPlan(emptyLibrary(), planImport(bundle, emptyLibrary()));
    const twice = planImport(bundle, once);
    expect([twice.documents, twice.claims, twice.sources, twice.evidence, twice.scales]).toEqual([[], [], [], [], []]);
    expect(twice.counts).toEqual({
      documents: { added: 0, unchanged: 1, keptLocal: 0 },
      claims: { added: 0, unchanged: 2, keptLocal: 0 },
      sources: { added: 0, unchanged: 1, keptLocal: 0 },
      evidence: { added: 0, unchanged: 1, keptLocal: 0 },
    });
    expect(describeImport(twice)).toBe('Imported 0 new documents, 0 new claims, 0 new sources, 0 evidence links; 4 identical records skipped.');
  });

  it('keeps the local version of a claim that differs, and adds the others', () => {
    const bundle = sharedWork();
    const library = applyPlan(emptyLibrary(), planImport(bundle, emptyLibrary()));
    const localClaim = library.claims.find((claim) => claim.id === 'claim-1');
    if (!localClaim) throw new Error('claim-1 should be in the library');
    const edited: LocalRecords = {
      ...library,
      claims: [withChange(localClaim, { rationale: richTextFromPlain('Checked against the trade statistics.') }, ann, LATER), ...library.claims.filter((claim) => claim.id !== 'claim-1' && claim.id !== 'claim-2')],
    };

    const plan = planImport(bundle, edited);
    expect(plan.claims.map((claim) => claim.id)).toEqual(['claim-2']);
    expect(plan.counts.claims).toEqual({ added: 1, unchanged: 0, keptLocal: 1 });
    expect(describeImport(plan)).toMatch(/^Imported 0 new documents, 1 new claim, 0 new sources, 0 evidence links; 2 identical records skipped; 1 record .*kept the local version\.$/);
  });

  it('adds a preset scale only when the library lacks it', () => {
    const bundle = sharedWork();
    expect(planImport(bundle, { ...emptyLibrary(), scales: [] }).scales).toEqual([truthScale]);
    expect(planImport(bundle, emptyLibrary()).scales).toEqual([]);
  });
});
