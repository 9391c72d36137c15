// The library's data layer on an in-memory IndexedDB: verdict progress, the trash, re-importing, metadata edits and search.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTarget, newClaim, type Analyst, type Block } from '../../shared';
import { openDatabase, type FactcheckDatabase } from '../../renderer/db/database';
import {
  addBlocks,
  claimsOf,
  listDocuments,
  restoreDocument,
  trashDocument,
  updateDocument,
} from '../../renderer/db/documents';
import { matchDocument, phrasePattern } from '../../renderer/features/library/library-search';
import { checkMetadata } from '../../renderer/features/library/metadata-form';

const ana: Analyst = { id: 'analyst-ana', name: 'Ana' };
const tom: Analyst = { id: 'analyst-tom', name: 'Tom' };
const blocks = (title: string, body: string): Block[] => [
  { type: 'title', text: title },
  { type: 'paragraph', text: body },
];
let database: FactcheckDatabase;

beforeEach(() => {
  database = openDatabase(`library-${Math.random()}`);
});

afterEach(async () => {
  await database.delete();
});

describe('listing documents', () => {
  it('counts live claims and those with a final verdict', async () => {
    const { document } = await addBlocks(
      database,
      blocks('Budget', 'Spending rose by 12 per cent last year.'),
      { title: 'Budget' },
      ana,
    );
    const target = makeTarget(document.text, 8, 16);
    const final = {
      ...newClaim(document.id, target, ana),
      status: 'final' as const,
      verdict: { scaleId: document.scaleId, stepId: 'false' },
    };
    const finalWithoutVerdict = { ...newClaim(document.id, target, ana), status: 'final' as const };
    const deleted = {
      ...newClaim(document.id, target, ana),
      status: 'final' as const,
      verdict: final.verdict,
      deleted: true,
    };
    await database.claims.bulkAdd([final, finalWithoutVerdict, deleted, newClaim(document.id, target, ana)]);
    const [summary] = await listDocuments(database);
    expect(summary).toMatchObject({ claimCount: 3, finalCount: 1 });
  });
});

describe('the trash', () => {
  it('moves a document out of the library and back, stamping each change', async () => {
    const { document } = await addBlocks(database, blocks('Budget', 'Text.'), { title: 'Budget' }, ana);
    await trashDocument(database, document.id, tom);
    expect(await listDocuments(database)).toEqual([]);
    const [trashed] = await listDocuments(database, { trash: true });
    expect(trashed?.document).toMatchObject({ deleted: true, rev: 2, updatedBy: tom, createdBy: ana });
    await restoreDocument(database, document.id, ana);
    expect((await listDocuments(database)).map((summary) => summary.document.rev)).toEqual([3]);
    expect(await listDocuments(database, { trash: true })).toEqual([]);
  });

  it('restores a trashed document when the same article is imported again, instead of adding a copy', async () => {
    const first = await addBlocks(database, blocks('Budget', 'Text.'), { title: 'Budget' }, ana);
    await trashDocument(database, first.document.id, ana);
    const again = await addBlocks(database, blocks('Budget', 'Text.'), { title: 'Other title' }, tom);
    expect(again).toMatchObject({
      existed: true,
      restored: true,
      document: { id: first.document.id, title: 'Budget', deleted: false },
    });
    expect(await database.documents.count()).toBe(1);
    const live = await addBlocks(database, blocks('Budget', 'Text.'), { title: 'Budget' }, tom);
    expect(live).toMatchObject({ existed: true, restored: false });
  });
});

describe('metadata', () => {
  it('changes metadata with a new revision but never the text or its hash', async () => {
    const { document } = await addBlocks(database, blocks('Budget', 'Text.'), { title: 'Budget' }, ana);
    const checked = checkMetadata({
      title: ' Budget  2026 ',
      outlet: 'Daily',
      url: 'https://daily.example/b',
      author: '',
      publishedAt: '2026-11-28',
      language: 'en_GB',
    });
    if (!('change' in checked)) throw new Error('expected a valid change');
    const updated = await updateDocument(database, document.id, checked.change, tom);
    expect(updated).toMatchObject({
      title: 'Budget 2026',
      outlet: 'Daily',
      url: 'https://daily.example/b',
      author: null,
      publishedAt: '2026-11-28',
      language: 'en-GB',
      rev: 2,
      updatedBy: tom,
    });
    expect(updated?.text).toBe(document.text);
    expect(updated?.textHash).toBe(document.textHash);
  });

  it.each([
    ['an empty title', { title: '  ' }, 'title'],
    ['a javascript: URL', { url: 'javascript:alert(1)' }, 'url'],
    ['a URL without a scheme', { url: 'daily.example/b' }, 'url'],
    ['a date in another form', { publishedAt: '28/11/2026' }, 'publishedAt'],
    ['an impossible date', { publishedAt: '2026-13-45' }, 'publishedAt'],
    ['a language name', { language: 'English' }, 'language'],
  ])('refuses %s', (_what, change, field) => {
    const fields = { title: 'T', outlet: '', url: '', author: '', publishedAt: '', language: '', ...change };
    const checked = checkMetadata(fields);
    expect('errors' in checked && Object.keys(checked.errors)).toEqual([field]);
  });
});

describe('searching the library', () => {
  it('finds a phrase in the title, the article text, or a claim’s wording or quote, case-insensitively and across line breaks', async () => {
    const { document } = await addBlocks(
      database,
      blocks('Bus fares', 'Ridership rose by\nabout 38 per cent after the fare cut.'),
      { title: 'Bus fares', outlet: 'Courier' },
      ana,
    );
    const claim = {
      ...newClaim(document.id, makeTarget(document.text, 11, 25), ana),
      text: 'The mayor says ridership doubled',
    };
    await database.claims.add(claim);
    const claims = await claimsOf(database, [document.id]);
    const find = (query: string) => matchDocument(document, claims, phrasePattern(query) as RegExp);
    expect(find('BUS')).toMatchObject({ field: 'title' });
    expect(find('courier')).toMatchObject({ field: 'details' });
    expect(find('by about 38')).toMatchObject({ field: 'text', snippet: expect.stringContaining('by about 38') });
    expect(find('ridership doubled')).toMatchObject({ field: 'claim' });
    expect(find('trams')).toBeNull();
    expect(phrasePattern('   ')).toBeNull();
    expect(find('(a+)+$')).toBeNull();
  });

  it('marks the matched words inside the snippet', () => {
    const match = matchDocument(
      { title: 'T', outlet: null, author: null, url: null, text: `${'x '.repeat(100)}needle here` } as never,
      [],
      phrasePattern('needle') as RegExp,
    );
    expect(match?.snippet.slice(match.start, match.end)).toBe('needle');
    expect(match?.snippet.startsWith('…')).toBe(true);
  });
});
