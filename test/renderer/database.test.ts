// The database layer on an in-memory IndexedDB: seeding, stamped changes, export and import.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTarget, readBundle, serialiseBundle, type Analyst } from '../../shared';
import { documentClaims, markClaim, updateClaim, deleteClaim, restoreClaim } from '../../renderer/db/claims';
import { openDatabase, type FactcheckDatabase } from '../../renderer/db/database';
import { ensureScales, listDocuments, seedSampleArticle } from '../../renderer/db/documents';
import { addSourceToClaim, claimEvidence, SourceInputError } from '../../renderer/db/evidence';
import { exportDocument, importBundle } from '../../renderer/db/exchange';
import sample from '../../renderer/features/library/sample/putin-negotiations.txt?raw';

const ana: Analyst = { id: 'analyst-ana', name: 'Ana' };
const tom: Analyst = { id: 'analyst-tom', name: 'Tom' };
let database: FactcheckDatabase;
let counter = 0;

async function freshLibrary(analyst: Analyst): Promise<FactcheckDatabase> {
  counter += 1;
  const opened = openDatabase(`test-${counter}-${Math.random()}`);
  await ensureScales(opened);
  await seedSampleArticle(opened, sample, analyst);
  return opened;
}

beforeEach(async () => {
  database = await freshLibrary(ana);
});

afterEach(async () => {
  await database.delete();
});

async function sampleDocument(target: FactcheckDatabase) {
  const [summary] = await listDocuments(target);
  if (!summary) throw new Error('no sample document');
  return summary.document;
}

describe('the library database', () => {
  it('seeds the sample article once, without its trailing site boilerplate', async () => {
    await seedSampleArticle(database, sample, ana);
    const summaries = await listDocuments(database);
    expect(summaries).toHaveLength(1);
    expect(summaries[0]?.document.text).not.toContain('Please enter your comment');
    expect(summaries[0]?.document.blocks[0]).toEqual({
      type: 'title',
      text: expect.stringMatching(/^Putin claims Russia/),
    });
  });

  it('stamps every change with the analyst and a new revision, and keeps deletions as tombstones', async () => {
    const document = await sampleDocument(database);
    const claim = await markClaim(database, document.id, makeTarget(document.text, 0, 5), ana);
    const changed = await updateClaim(database, claim.id, { claimant: 'Kremlin' }, tom);
    expect(changed).toMatchObject({ claimant: 'Kremlin', rev: 2, updatedBy: tom, createdBy: ana });
    await deleteClaim(database, claim.id, tom);
    expect(await documentClaims(database, document.id)).toEqual([]);
    expect((await database.claims.get(claim.id))?.deleted).toBe(true);
    await restoreClaim(database, claim.id, ana);
    expect((await documentClaims(database, document.id)).map((each) => each.rev)).toEqual([4]);
  });

  it('shares one source between claims with the same URL and refuses non-http links', async () => {
    const document = await sampleDocument(database);
    const first = await markClaim(database, document.id, makeTarget(document.text, 0, 5), ana);
    const second = await markClaim(database, document.id, makeTarget(document.text, 10, 20), ana);
    await addSourceToClaim(
      database,
      first.id,
      { url: 'https://example.org/report', title: 'Report', stance: 'refutes' },
      ana,
    );
    await addSourceToClaim(
      database,
      second.id,
      { url: 'https://example.org/report', title: 'Same report', stance: 'context' },
      ana,
    );
    expect(await database.sources.count()).toBe(1);
    expect((await claimEvidence(database, second.id)).map((link) => link.evidence.stance)).toEqual(['context']);
    await expect(
      addSourceToClaim(database, first.id, { url: 'javascript:alert(1)', title: 'x', stance: 'supports' }, ana),
    ).rejects.toBeInstanceOf(SourceInputError);
    expect(await database.evidence.count()).toBe(2);
  });

  it('exports a valid bundle that a fresh library imports with the claims on its own copy of the article', async () => {
    const document = await sampleDocument(database);
    const start = document.text.indexOf('The war is not over yet.');
    const claim = await markClaim(database, document.id, makeTarget(document.text, start, start + 24), ana);
    await updateClaim(database, claim.id, { verdict: { scaleId: document.scaleId, stepId: 'true' } }, ana);
    await addSourceToClaim(database, claim.id, { url: 'https://example.org/a', title: 'A', stance: 'supports' }, ana);
    const bundle = await exportDocument(database, document.id, ana);
    const read = readBundle(serialiseBundle(bundle));
    expect(read.ok).toBe(true);

    const teammate = await freshLibrary(tom);
    try {
      const local = await sampleDocument(teammate);
      expect(local.id).not.toBe(document.id);
      const { plan } = await importBundle(teammate, bundle, { file: 'shared.factcheck.json', analyst: tom });
      expect(plan.counts.claims.added).toBe(1);
      const imported = await documentClaims(teammate, local.id);
      expect(imported.map((each) => [each.id, each.target.exact, each.verdict?.stepId])).toEqual([
        [claim.id, 'The war is not over yet.', 'true'],
      ]);
      const again = await importBundle(teammate, bundle, { file: 'shared.factcheck.json', analyst: tom });
      expect(again.plan.counts.claims).toEqual({ added: 0, updated: 0, unchanged: 1 });
      expect(await teammate.claims.count()).toBe(1);
      expect(await teammate.documents.count()).toBe(1);
    } finally {
      await teammate.delete();
    }
  });

  it('imports nothing at all when one record cannot be written', async () => {
    const document = await sampleDocument(database);
    const claim = await markClaim(database, document.id, makeTarget(document.text, 0, 5), ana);
    await addSourceToClaim(database, claim.id, { url: 'https://example.org/a', title: 'A', stance: 'supports' }, ana);
    const bundle = await exportDocument(database, document.id, ana);
    const teammate = await freshLibrary(tom);
    try {
      // The evidence table is written last; a failure there must take back the claims and sources written before it.
      teammate.evidence.hook('creating', () => {
        throw new Error('the disk is full');
      });
      await expect(importBundle(teammate, bundle, { file: 'shared.factcheck.json', analyst: tom })).rejects.toThrow(
        'the disk is full',
      );
      expect(await teammate.claims.count()).toBe(0);
      expect(await teammate.sources.count()).toBe(0);
      expect(await teammate.documents.count()).toBe(1);
    } finally {
      await teammate.delete();
    }
  });
});
