// A file that counts writes of this library beyond what the library made is refused, naming the record and
// the impossible count; honest files (a teammate's, one's own older export, an edited article) are not.
import { describe, expect, it } from 'vitest';
import {
  canonicalText,
  forgedWriteProblems,
  hashText,
  makeTarget,
  mergeIntoLibrary,
  newClaim,
  planMerge,
  truthScale,
  withChange,
  type Author,
  type Bundle,
  type Claim,
  type Library,
} from '../../../../shared';
import { bob, bundleOf, documentOf, LATER, NOW } from './records';

const victim: Author = { id: 'analyst-vic', name: 'Vic Victim', writerId: 'analyst-vic@0a1b2c3d' };
const mallory: Author = { id: 'analyst-mallory', name: 'Mallory', writerId: 'analyst-mallory@ffff0000' };
const OWN = [victim.writerId as string];

/** The victim's library: one claim they made and then edited three times (four writes). */
function victimLibrary(): { library: Library; claim: Claim } {
  const document = documentOf(undefined, 'doc-1');
  const start = document.text.indexOf('exports doubled in 2023');
  const created = {
    ...newClaim(document.id, makeTarget(document.text, start, start + 23), victim, NOW),
    id: 'claim-1',
  };
  const claim = withChange(
    withChange(withChange(created, { text: 'Exports doubled' }, victim), { claimant: 'Minister' }, victim),
    { text: 'Exports doubled in 2023, says the minister' },
    victim,
    LATER,
  );
  return {
    library: { documents: [document], claims: [claim], sources: [], evidence: [], scales: [truthScale] },
    claim,
  };
}

/** The attack of the report: the victim's claim with the attacker's wording and a clock that says it has seen 1,000 of the victim's writes. */
function forgedFile(claim: Claim, count = 1000): Bundle {
  const edited = withChange(claim, { text: 'Exports tripled' }, mallory, LATER);
  const sync = edited.sync as NonNullable<Claim['sync']>;
  const forged: Claim = {
    ...edited,
    rev: count + 1,
    sync: { ...sync, clock: { ...sync.clock, [OWN[0] as string]: count } },
  };
  return bundleOf({ documents: [documentOf(undefined, 'doc-1')], claims: [forged] }, mallory);
}

describe('a file that claims writes this library never made', () => {
  it('is found, naming the record and the impossible count', () => {
    const { library, claim } = victimLibrary();
    const plan = planMerge(forgedFile(claim), library, { ownWriters: OWN });
    expect(plan.forged).toEqual([
      {
        kind: 'claims',
        index: 0,
        id: 'claim-1',
        label: 'Exports tripled',
        writer: OWN[0],
        claimed: 1000,
        known: 4,
      },
    ]);
    expect(forgedWriteProblems(plan.forged)).toEqual([
      {
        path: '$.claims[0].sync.clock',
        message:
          'the claim “Exports tripled” (id claim-1) counts 1,000 writes by this library (writer "analyst-vic@0a1b2c3d"), but this library has made 4: writes nobody made, so its history is forged or damaged',
      },
    ]);
  });

  it('is found when it counts just one write more than the library made', () => {
    const { library, claim } = victimLibrary();
    expect(planMerge(forgedFile(claim, 5), library, { ownWriters: OWN }).forged).toHaveLength(1);
  });

  it('is found for a record the library does not have at all', () => {
    const { library, claim } = victimLibrary();
    const bundle = forgedFile({ ...claim, id: 'claim-new' }, 3);
    const [forged] = planMerge(bundle, library, { ownWriters: OWN }).forged;
    expect(forged).toMatchObject({ id: 'claim-new', claimed: 3, known: 0 });
    expect(forgedWriteProblems(planMerge(bundle, library, { ownWriters: OWN }).forged)[0]?.message).toContain(
      'but this library has no such record',
    );
  });

  it('is found under a writer id the library wrote under before (its analyst id, in a library from before writer ids)', () => {
    const { library, claim } = victimLibrary();
    const edited = withChange(claim, { text: 'Exports tripled' }, mallory, LATER);
    const sync = edited.sync as NonNullable<Claim['sync']>;
    const forged = { ...edited, sync: { ...sync, clock: { ...sync.clock, [victim.id]: 40 } } };
    const plan = planMerge(bundleOf({ claims: [forged] }, mallory), library, { ownWriters: [...OWN, victim.id] });
    expect(plan.forged.map((each) => [each.writer, each.claimed, each.known])).toEqual([[victim.id, 40, 0]]);
  });

  it('wins silently when nothing is checked, which is why every library checks', () => {
    const { library, claim } = victimLibrary();
    const merged = mergeIntoLibrary(library, forgedFile(claim));
    expect(merged.plan.forged).toEqual([]);
    expect(merged.library.claims[0]?.text).toBe('Exports tripled');
  });
});

describe('honest files', () => {
  it('pass: a teammate who edited the claim after seeing all of the victim’s writes', () => {
    const { library, claim } = victimLibrary();
    const edited = withChange(claim, { verdict: { scaleId: 'scale-truth-6', stepId: 'false' } }, bob, LATER);
    const plan = planMerge(bundleOf({ claims: [edited] }, bob), library, { ownWriters: OWN });
    expect(plan.forged).toEqual([]);
    expect(plan.counts.claims.updated).toBe(1);
  });

  it('pass: the library’s own older export, and its own export merged back', () => {
    const { library, claim } = victimLibrary();
    const document = library.documents[0] as Library['documents'][number];
    const start = document.text.indexOf('exports doubled in 2023');
    const created = {
      ...newClaim(document.id, makeTarget(document.text, start, start + 23), victim, NOW),
      id: 'claim-1',
    };
    const older = withChange(created, { text: 'Exports doubled' }, victim);
    expect(planMerge(bundleOf({ claims: [older] }, victim), library, { ownWriters: OWN }).forged).toEqual([]);
    expect(planMerge(bundleOf({ claims: [claim] }, victim), library, { ownWriters: OWN }).forged).toEqual([]);
  });

  it('pass: a teammate’s copy of an article whose text this library has edited since (same id, older text)', () => {
    const { library } = victimLibrary();
    // The victim renamed the article (their write 1 to it), the teammate got it and set the outlet, then the victim edited the text.
    const original = withChange(
      library.documents[0] as Library['documents'][number],
      { title: 'Exports, checked' },
      victim,
      NOW,
    );
    const blocks = [...original.blocks, { type: 'paragraph' as const, text: 'A correction was added.' }];
    const text = canonicalText(blocks);
    const edited = withChange(original, { blocks, text, textHash: hashText(text) }, victim, LATER);
    const mine = { ...library, documents: [edited] };
    const teammates = withChange(original, { outlet: 'The Gazette' }, bob, LATER);
    expect(teammates.sync?.clock[OWN[0] as string]).toBe(1);
    const plan = planMerge(bundleOf({ documents: [teammates] }, bob), mine, { ownWriters: OWN });
    expect(plan.forged).toEqual([]);
  });

  it('pass: the same analyst’s other machine, which writes under another writer id', () => {
    const { library, claim } = victimLibrary();
    const laptop: Author = { ...victim, writerId: 'analyst-vic@99887766' };
    const fromLaptop = withChange(claim, { claimant: 'The trade minister' }, laptop, LATER);
    const plan = planMerge(bundleOf({ claims: [fromLaptop] }, laptop), library, { ownWriters: OWN });
    expect(plan.forged).toEqual([]);
    expect(mergeIntoLibrary(library, bundleOf({ claims: [fromLaptop] }, laptop)).library.claims[0]?.claimant).toBe(
      'The trade minister',
    );
  });
});
