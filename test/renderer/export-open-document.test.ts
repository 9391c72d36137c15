// Export of the open document: while the document screen's live queries hold its records, exportDocument
// serialises what Dexie's cache holds; the bytes are those of an export read from the database, and
// writes begun before the export are in it.
import { liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBundle, makeTarget, serialiseBundle, type Analyst, type FactDocument } from '../../shared';
import { deleteClaim, documentClaims, markClaim, updateClaim } from '../../renderer/db/claims';
import type { FactcheckDatabase } from '../../renderer/db/database';
import { addSourceToClaim, evidenceCounts, removeEvidence } from '../../renderer/db/evidence';
import { documentContents, exportDocument } from '../../renderer/db/exchange';
import { openSampleLibrary } from './sample-library';

const ana: Analyst = { id: 'analyst-ana', name: 'Ana' };
const at = new Date('2026-03-01T10:00:00.000Z');
let database: FactcheckDatabase;
let document: FactDocument;

beforeEach(async () => {
  ({ database, document } = await openSampleLibrary('export-open', ana));
});

afterEach(async () => {
  await database.delete();
});

/** The live queries the document screen keeps while the document is open; resolves once each has delivered. */
async function openScreen(): Promise<() => void> {
  const queries: Array<() => Promise<unknown>> = [
    () => database.documents.get(document.id),
    () => documentClaims(database, document.id),
    () => database.scales.toArray(),
    () => evidenceCounts(database),
  ];
  const subscriptions: Array<{ unsubscribe(): void }> = [];
  await Promise.all(
    queries.map(
      (query) =>
        new Promise<void>((delivered, failed) =>
          subscriptions.push(liveQuery(query).subscribe({ next: () => delivered(), error: failed })),
        ),
    ),
  );
  return () => subscriptions.forEach((subscription) => subscription.unsubscribe());
}

/** The document's file text exported at a fixed time, read in one transaction (the export as it was before it used the cache). */
async function readInTransaction(): Promise<string> {
  const tables = [database.documents, database.claims, database.evidence, database.sources, database.scales];
  return serialiseBundle(
    createBundle(await database.transaction('r', tables, () => documentContents(database, document.id)), ana, at),
  );
}

/** exportDocument's file text with the export time fixed, to compare bytes. */
async function exported(): Promise<string> {
  const bundle = await exportDocument(database, document.id, ana);
  return serialiseBundle({ ...bundle, exportedAt: at.toISOString() });
}

async function someClaims(): Promise<void> {
  const text = document.text;
  const first = await markClaim(database, document.id, makeTarget(text, 0, 12), ana);
  const second = await markClaim(database, document.id, makeTarget(text, 20, 40), ana);
  const third = await markClaim(database, document.id, makeTarget(text, 50, 70), ana);
  await updateClaim(
    database,
    first.id,
    { verdict: { scaleId: document.scaleId, stepId: 'true' }, claimant: 'Minister' },
    ana,
  );
  const link = await addSourceToClaim(
    database,
    first.id,
    { url: 'https://example.org/a', title: 'A', stance: 'supports' },
    ana,
  );
  await addSourceToClaim(database, second.id, { url: 'https://example.org/b', title: 'B', stance: 'refutes' }, ana);
  await removeEvidence(database, link.evidence.id, ana);
  await deleteClaim(database, third.id, ana);
}

describe('exporting the open document', () => {
  it('writes the same bytes as an export read from the database, tombstones, evidence and sources included', async () => {
    await someClaims();
    const cold = await exported();
    expect(cold).toBe(await readInTransaction());
    const close = await openScreen();
    try {
      expect(await exported()).toBe(cold);
      const bundle = await exportDocument(database, document.id, ana);
      expect(bundle.claims.filter((claim) => claim.deleted)).toHaveLength(1);
      expect(bundle.evidence).toHaveLength(2);
      expect(bundle.sources).toHaveLength(2);
    } finally {
      close();
    }
  });

  it('has the changes made while the document is open, including a claim whose saving has only begun', async () => {
    const close = await openScreen();
    try {
      await someClaims();
      expect(await exported()).toBe(await readInTransaction());
      // markClaim is not awaited: the export waits for the write begun before it.
      const marking = markClaim(database, document.id, makeTarget(document.text, 80, 95), ana);
      const bundle = await exportDocument(database, document.id, ana);
      const claim = await marking;
      expect(bundle.claims.map((each) => each.id)).toContain(claim.id);
      expect(await database.claims.get(claim.id)).toBeDefined();
      const changed = await updateClaim(database, claim.id, { claimant: 'Spokesperson' }, ana);
      expect(
        (await exportDocument(database, document.id, ana)).claims.find((each) => each.id === claim.id)?.claimant,
      ).toBe(changed?.claimant);
      expect(await exported()).toBe(await readInTransaction());
    } finally {
      close();
    }
  });

  it('reads inside the caller’s transaction, seeing its writes', async () => {
    const bundle = await database.transaction(
      'rw',
      [database.documents, database.claims, database.evidence, database.sources, database.scales],
      async () => {
        await markClaim(database, document.id, makeTarget(document.text, 0, 12), ana);
        return exportDocument(database, document.id, ana);
      },
    );
    expect(bundle.claims).toHaveLength(1);
  });

  it('fails with a message when the document is gone', async () => {
    await expect(exportDocument(database, 'no-such-document', ana)).rejects.toThrow('no longer in the library');
  });
});
