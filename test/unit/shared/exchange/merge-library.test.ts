// planMerge, case by case: what a teammate's file adds, changes, keeps as a conflict or re-anchors.
import { describe, expect, it } from 'vitest';
import {
  describeImport,
  EMPTY_LIBRARY,
  mergeIntoLibrary,
  openConflicts,
  parseArticle,
  newDocument,
  richTextFromPlain,
  truthScale,
  withChange,
  type Bundle,
  type Claim,
  type Library,
} from '../../../../shared';
import { ann, ARTICLE, bob, bundleOf, claimOn, documentOf, evidenceFor, LATER, NOW, sourceOf } from './records';

const library = (): Library => ({ ...EMPTY_LIBRARY, scales: [truthScale] });
const later = (minutes: number) => new Date(LATER.getTime() + minutes * 60_000);

function sharedWork(documentId = 'doc-remote'): Bundle {
  const document = documentOf(ARTICLE, documentId);
  const claim = claimOn(document, 'exports doubled in 2023', { id: 'claim-1' });
  const other = claimOn(document, 'Critics', { id: 'claim-2' });
  const source = sourceOf();
  return bundleOf(
    { documents: [document], claims: [claim, other], sources: [source], evidence: [evidenceFor(claim, source)] },
    bob,
  );
}

/** Ann's and Bob's libraries after both imported the same work. */
function twoLibraries(): { annLibrary: Library; bobLibrary: Library } {
  const start = sharedWork();
  return {
    annLibrary: mergeIntoLibrary(library(), start).library,
    bobLibrary: mergeIntoLibrary(library(), start).library,
  };
}

function editClaim(target: Library, id: string, change: Partial<Claim>, who = ann, at = later(1)): Library {
  return {
    ...target,
    claims: target.claims.map((claim) => (claim.id === id ? withChange(claim, change, who, at) : claim)),
  };
}

function exportOf(source: Library, who = ann): Bundle {
  return bundleOf(source, who);
}

function claimIn(target: Library, id: string): Claim {
  const claim = target.claims.find((each) => each.id === id);
  if (!claim) throw new Error(`${id} is not in the library`);
  return claim;
}

describe('merging a teammate’s file', () => {
  it('adds a document the library does not have, with all its records, and says so', () => {
    const bundle = sharedWork();
    const { plan, library: result } = mergeIntoLibrary(library(), bundle);
    expect(result.documents.map((document) => document.id)).toEqual(['doc-remote']);
    expect(plan.counts.claims).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect(describeImport(plan)).toBe('Imported 1 new document, 2 new claims, 1 new source, 1 evidence link.');
  });

  it('recognises the same article under another id by its text hash and moves the claims onto it', () => {
    const local = documentOf(ARTICLE, 'doc-local');
    const { plan, library: result } = mergeIntoLibrary({ ...library(), documents: [local] }, sharedWork('doc-remote'));
    expect(plan.documentIds.get('doc-remote')).toBe('doc-local');
    expect(result.documents.map((document) => document.id)).toEqual(['doc-local']);
    expect(result.claims.map((claim) => claim.documentId)).toEqual(['doc-local', 'doc-local']);
  });

  it('changes nothing when the same file is merged twice', () => {
    const bundle = sharedWork();
    const once = mergeIntoLibrary(library(), bundle).library;
    const { plan, library: twice } = mergeIntoLibrary(once, bundle);
    expect([plan.documents, plan.claims, plan.sources, plan.evidence, plan.scales]).toEqual([[], [], [], [], []]);
    expect(twice).toEqual(once);
    expect(describeImport(plan)).toBe(
      'Imported 0 new documents, 0 new claims, 0 new sources, 0 evidence links; 4 identical records skipped.',
    );
  });

  it('takes a change made on one side only, in either direction', () => {
    const { annLibrary, bobLibrary } = twoLibraries();
    const bobEdited = editClaim(bobLibrary, 'claim-1', { claimant: 'The trade minister' }, bob);
    const annAfter = mergeIntoLibrary(annLibrary, exportOf(bobEdited, bob));
    expect(claimIn(annAfter.library, 'claim-1').claimant).toBe('The trade minister');
    expect(annAfter.plan.counts.claims).toEqual({ added: 0, updated: 1, unchanged: 1 });
    // Ann's library, merged back into Bob's older one, keeps Bob's change: Ann had not changed the field.
    const annEdited = editClaim(annLibrary, 'claim-1', { text: 'Exports doubled' });
    const bobAfter = mergeIntoLibrary(bobEdited, exportOf(annEdited)).library;
    expect(claimIn(bobAfter, 'claim-1')).toMatchObject({ claimant: 'The trade minister', text: 'Exports doubled' });
    expect(openConflicts('claims', claimIn(bobAfter, 'claim-1'))).toEqual([]);
  });

  it('keeps both values when both changed the same field differently, and nothing is overwritten', () => {
    const { annLibrary, bobLibrary } = twoLibraries();
    const annEdited = editClaim(
      annLibrary,
      'claim-1',
      { verdict: { scaleId: 'scale-truth-6', stepId: 'false' } },
      ann,
      later(2),
    );
    const bobEdited = editClaim(
      bobLibrary,
      'claim-1',
      { verdict: { scaleId: 'scale-truth-6', stepId: 'mostly-false' } },
      bob,
      later(1),
    );
    const { plan, library: merged } = mergeIntoLibrary(annEdited, exportOf(bobEdited, bob));
    const conflicts = openConflicts('claims', claimIn(merged, 'claim-1'));
    expect(
      conflicts.map((conflict) => [
        conflict.field,
        conflict.values.map((value) => (value.value as { stepId: string }).stepId),
      ]),
    ).toEqual([['verdict', ['mostly-false', 'false']]]);
    expect(plan.conflicts).toBe(1);
    expect(describeImport(plan)).toContain('; 1 conflict to resolve');
    // The same conflict, whichever side merges.
    const other = mergeIntoLibrary(bobEdited, exportOf(annEdited)).library;
    expect(openConflicts('claims', claimIn(other, 'claim-1'))).toEqual(conflicts);
  });

  it('settles a conflict everywhere once an analyst picks a value', () => {
    const { annLibrary, bobLibrary } = twoLibraries();
    const annEdited = editClaim(annLibrary, 'claim-1', { rationale: richTextFromPlain('Figures say 4%.') });
    const bobEdited = editClaim(
      bobLibrary,
      'claim-1',
      { rationale: richTextFromPlain('The ministry counts re-exports.') },
      bob,
    );
    const merged = mergeIntoLibrary(annEdited, exportOf(bobEdited, bob)).library;
    const resolved = editClaim(
      merged,
      'claim-1',
      { rationale: richTextFromPlain('Figures say 4%; the ministry counts re-exports.') },
      ann,
      later(5),
    );
    expect(openConflicts('claims', claimIn(resolved, 'claim-1'))).toEqual([]);
    const bobAfter = mergeIntoLibrary(bobEdited, exportOf(resolved)).library;
    expect(openConflicts('claims', claimIn(bobAfter, 'claim-1'))).toEqual([]);
    expect(claimIn(bobAfter, 'claim-1').rationale).toEqual(
      richTextFromPlain('Figures say 4%; the ministry counts re-exports.'),
    );
  });

  it('merges changes to different fields, and equal changes to the same field, without a conflict', () => {
    const { annLibrary, bobLibrary } = twoLibraries();
    const annEdited = editClaim(editClaim(annLibrary, 'claim-1', { status: 'researching' }), 'claim-2', {
      tags: ['economy'],
    });
    const bobEdited = editClaim(
      editClaim(bobLibrary, 'claim-1', { reviewer: 'Rita' }, bob),
      'claim-2',
      { tags: ['economy'] },
      bob,
    );
    const merged = mergeIntoLibrary(annEdited, exportOf(bobEdited, bob)).library;
    expect(claimIn(merged, 'claim-1')).toMatchObject({ status: 'researching', reviewer: 'Rita' });
    expect(claimIn(merged, 'claim-2').tags).toEqual(['economy']);
    expect(merged.claims.flatMap((claim) => openConflicts('claims', claim))).toEqual([]);
  });

  it('lets a deletion win over a concurrent edit, keeping the edit inside the tombstone', () => {
    const { annLibrary, bobLibrary } = twoLibraries();
    const annDeleted = editClaim(annLibrary, 'claim-2', { deleted: true });
    const bobEdited = editClaim(bobLibrary, 'claim-2', { text: 'Critics disagree', deleted: false }, bob);
    for (const merged of [
      mergeIntoLibrary(annDeleted, exportOf(bobEdited, bob)).library,
      mergeIntoLibrary(bobEdited, exportOf(annDeleted)).library,
    ]) {
      expect(claimIn(merged, 'claim-2')).toMatchObject({ deleted: true, text: 'Critics disagree' });
      expect(openConflicts('claims', claimIn(merged, 'claim-2'))).toEqual([]);
    }
    // A restore made after seeing the deletion brings the claim back.
    const seen = mergeIntoLibrary(bobEdited, exportOf(annDeleted)).library;
    const restored = editClaim(seen, 'claim-2', { deleted: false }, bob, later(9));
    expect(claimIn(mergeIntoLibrary(annDeleted, exportOf(restored, bob)).library, 'claim-2').deleted).toBe(false);
  });

  it('stamps records new to the library with where they came from, and only those', () => {
    const origin = { file: 'bob.factcheck.json', importedBy: ann, importedAt: LATER.toISOString(), exportedBy: bob };
    const { library: result } = mergeIntoLibrary(library(), sharedWork(), { origin });
    expect(
      result.claims.every((claim) => claim.origin?.file === 'bob.factcheck.json' && claim.createdBy.id === ann.id),
    ).toBe(true);
    const { plan } = mergeIntoLibrary(result, sharedWork(), { origin: { ...origin, file: 'again.factcheck.json' } });
    expect(plan.claims).toEqual([]);
  });

  it('keeps the library’s version of a team scale the file has in another version', () => {
    const teamScale = { ...truthScale, id: 'scale-team', name: 'Team scale' };
    const local = { ...library(), scales: [truthScale, teamScale] };
    const bundle = { ...sharedWork(), scales: [truthScale, { ...teamScale, name: 'Team scale, edited' }] };
    const { plan, library: result } = mergeIntoLibrary(local, bundle);
    expect(result.scales.find((scale) => scale.id === 'scale-team')?.name).toBe('Team scale');
    expect(describeImport(plan)).toContain('kept your version of the scale “Team scale, edited”');
  });
});

describe('merging a file whose article text differs from the library’s copy', () => {
  const EDITED = ARTICLE.replace('Critics 🤔 disagree.', 'Critics 🤔 strongly disagree with the figures.').replace(
    'Official figures show a rise of 4%.',
    'The statistics office was not asked.',
  );

  function editedCopy(): { bundle: Bundle; local: Library } {
    const parsed = parseArticle(EDITED, { format: 'text' });
    const remote = {
      ...newDocument(parsed.blocks, { title: parsed.title, url: 'https://news.example/exports' }, bob, NOW),
      id: 'doc-remote',
    };
    const claims = [
      claimOn(remote, 'exports doubled in 2023', { id: 'claim-a' }),
      claimOn(remote, 'The statistics office was not asked', { id: 'claim-b' }),
    ];
    const localDocument = { ...documentOf(ARTICLE, 'doc-local'), url: 'https://news.example/exports' };
    return {
      bundle: bundleOf({ documents: [remote], claims }, bob),
      local: { ...library(), documents: [localDocument] },
    };
  }

  it('re-anchors the claims on the library’s text, orphans what is not there, and keeps the library’s text', () => {
    const { bundle, local } = editedCopy();
    const { plan, library: result } = mergeIntoLibrary(local, bundle);
    expect(result.documents).toEqual(local.documents);
    expect(plan.reanchored).toEqual([
      { from: 'doc-remote', to: 'doc-local', title: 'Minister says exports doubled 🚀' },
    ]);
    const text = (local.documents[0] as { text: string }).text;
    const anchored = claimIn(result, 'claim-a');
    expect(anchored.documentId).toBe('doc-local');
    expect(text.slice(anchored.target.start, anchored.target.end)).toBe('exports doubled in 2023');
    expect(claimIn(result, 'claim-b').target).toMatchObject({
      exact: 'The statistics office was not asked',
      orphaned: true,
    });
    expect(plan.orphans).toBe(1);
    expect(describeImport(plan)).toContain(
      'claims re-anchored on your copy of “Minister says exports doubled 🚀” (its text differs); 1 orphaned claim (quote not found)',
    );
  });

  it('changes nothing when the same edited copy is merged again', () => {
    const { bundle, local } = editedCopy();
    const once = mergeIntoLibrary(local, bundle).library;
    const { plan } = mergeIntoLibrary(once, bundle);
    expect(plan.claims).toEqual([]);
  });

  it('adds the edited copy as a document of its own when URL and title differ', () => {
    const { bundle, local } = editedCopy();
    const renamed = {
      ...bundle,
      documents: bundle.documents.map((document) => ({ ...document, url: null, title: 'Another article' })),
    };
    const { plan } = mergeIntoLibrary(local, renamed);
    expect(plan.counts.documents.added).toBe(1);
    expect(plan.reanchored).toEqual([]);
  });

  it('follows the analyst: a separate document when told so, even with the same URL', () => {
    const { bundle, local } = editedCopy();
    const { plan, library: result } = mergeIntoLibrary(local, bundle, { versions: new Map([['doc-remote', null]]) });
    expect(plan.counts.documents.added).toBe(1);
    expect(plan.reanchored).toEqual([]);
    expect(claimIn(result, 'claim-b').documentId).toBe('doc-remote');
    expect(claimIn(result, 'claim-b').target.orphaned).toBeUndefined();
  });

  it('follows the analyst: re-anchors on the document chosen, though URL and title differ', () => {
    const { bundle, local } = editedCopy();
    const renamed = {
      ...bundle,
      documents: bundle.documents.map((document) => ({ ...document, url: null, title: 'Another article' })),
    };
    const { plan, library: result } = mergeIntoLibrary(local, renamed, {
      versions: new Map([['doc-remote', 'doc-local']]),
    });
    expect(plan.counts.documents.added).toBe(0);
    expect(plan.reanchored).toEqual([
      { from: 'doc-remote', to: 'doc-local', title: 'Minister says exports doubled 🚀' },
    ]);
    expect(claimIn(result, 'claim-a').documentId).toBe('doc-local');
  });

  it('refuses to re-anchor on a document that is no longer in the library', () => {
    const { bundle, local } = editedCopy();
    expect(() => mergeIntoLibrary(local, bundle, { versions: new Map([['doc-remote', 'doc-gone']]) })).toThrow(
      /no longer in the library/,
    );
  });
});
