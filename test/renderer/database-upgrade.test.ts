// A library stored by the first version of the app is upgraded in place, with nothing the analyst entered lost.
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { richTextToPlain } from '../../shared';
import { openDatabase } from '../../renderer/db/database';

describe('upgrading the database from version 1', () => {
  it('turns rationales into rich text and adds the new fields with empty values', async () => {
    const name = `upgrade-${Math.random()}`;
    const old = new Dexie(name);
    old.version(1).stores({
      documents: 'id, textHash, title, updatedAt',
      claims: 'id, documentId, updatedAt',
      sources: 'id, url',
      evidence: 'id, claimId, sourceId',
      scales: 'id',
      settings: 'key',
    });
    await old.table('claims').add({
      id: 'c1',
      documentId: 'd1',
      rationale: 'Because the data says so.\n\nSecond point.',
      claimant: 'Minister',
    });
    await old.table('sources').add({ id: 's1', url: 'https://example.org', title: 'Example' });
    await old.table('documents').add({ id: 'd1', textHash: 'h', title: 'T', updatedAt: '2026-01-01T00:00:00.000Z' });
    old.close();

    const upgraded = openDatabase(name);
    const claim = await upgraded.claims.get('c1');
    expect(claim?.claimant).toBe('Minister');
    expect(richTextToPlain(claim!.rationale)).toBe('Because the data says so.\nSecond point.');
    expect(claim).toMatchObject({
      claimDate: null,
      appearanceUrl: null,
      claimType: null,
      checkWorthiness: null,
      reviewer: '',
    });
    expect(await upgraded.sources.get('s1')).toMatchObject({ title: 'Example', sourceType: null, reliabilityNote: '' });
    expect((await upgraded.documents.get('d1'))?.deleted).toBe(false);
    await upgraded.delete();
  });
});
