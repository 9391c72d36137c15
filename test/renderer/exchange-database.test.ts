// A library stored before format 3 opens with the merge tables, keeps its records as they were, and its
// records gain a merge history on their first change, the same one an export would derive.
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { legacySync, type Analyst } from '../../shared';
import { updateClaim } from '../../renderer/db/claims';
import { openDatabase } from '../../renderer/db/database';

const ana: Analyst = { id: 'analyst-ana', name: 'Ana' };

describe('upgrading the database to version 3', () => {
  it('adds the conflicts and imports tables and finds documents by URL, changing no record', async () => {
    const name = `upgrade-3-${Math.random()}`;
    const old = new Dexie(name);
    old.version(2).stores({
      documents: 'id, textHash, title, updatedAt',
      claims: 'id, documentId, updatedAt',
      sources: 'id, url',
      evidence: 'id, claimId, sourceId',
      scales: 'id',
      settings: 'key',
    });
    const claim = {
      id: 'c1',
      documentId: 'd1',
      claimant: 'Minister',
      rev: 3,
      deleted: false,
      createdAt: '2026-01-01T00:00:00.000Z',
      createdBy: ana,
      updatedAt: '2026-01-02T00:00:00.000Z',
      updatedBy: ana,
    };
    await old.table('claims').add(claim);
    await old.table('documents').add({
      id: 'd1',
      textHash: 'h',
      title: 'T',
      url: 'https://news.example/a',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    old.close();

    const upgraded = openDatabase(name);
    expect(await upgraded.claims.get('c1')).toEqual(claim);
    expect(await upgraded.conflicts.count()).toBe(0);
    expect(await upgraded.imports.count()).toBe(0);
    expect((await upgraded.documents.where('url').equals('https://news.example/a').first())?.id).toBe('d1');

    const changed = await updateClaim(upgraded, 'c1', { claimant: 'The minister' }, ana);
    const derived = legacySync(claim);
    expect(changed?.sync).toEqual({
      clock: { ...derived.clock, [ana.id]: 1 },
      base: derived.base,
      writes: [[ana.id, 1, ['claimant']]],
    });
    expect(changed?.rev).toBe(4);
    await upgraded.delete();
  });
});
