// Importing bundle files into the library database (fake IndexedDB): malformed files change nothing,
// a round trip is lossless, conflicts are listed and settled, orphans are listed and attached again.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  makeTarget,
  MAX_BUNDLE_BYTES,
  parseArticle,
  serialiseBundle,
  type Analyst,
  type VersionQuestion,
} from '../../shared';
import { markClaim, updateClaim } from '../../renderer/db/claims';
import {
  countConflicts,
  documentOrphans,
  listConflicts,
  reattachClaim,
  resolveConflict,
} from '../../renderer/db/conflicts';
import { openDatabase, type FactcheckDatabase } from '../../renderer/db/database';
import { addArticle, ensureScales } from '../../renderer/db/documents';
import { addSourceToClaim } from '../../renderer/db/evidence';
import { exportDocument } from '../../renderer/db/exchange';
import { importInBackground } from '../../renderer/features/exchange/import-client';
import { runImport, type ImportOutcome } from '../../renderer/features/exchange/import-pipeline';
import { MALFORMED_BUNDLES, readBundleFixture, TEAM_BUNDLE } from '../fixtures/bundles/corpus';

const ana: Analyst = { id: 'analyst-ana', name: 'Ana' };
const tom: Analyst = { id: 'analyst-tom', name: 'Tom' };
const ARTICLE =
  'Minister says exports doubled\n\nThe minister said exports doubled in 2023. Critics disagree.\n\nOfficial figures show a rise of 4%.';
const opened: FactcheckDatabase[] = [];

async function library(withArticle = true): Promise<FactcheckDatabase> {
  const database = openDatabase(`exchange-${opened.length}-${Math.random()}`);
  opened.push(database);
  await ensureScales(database);
  if (withArticle)
    await addArticle(database, parseArticle(ARTICLE, { format: 'text' }), { url: 'https://news.example/exports' }, ana);
  return database;
}

/** Everything the library holds, to show an import changed nothing. */
async function snapshot(database: FactcheckDatabase): Promise<unknown> {
  const tables = ['documents', 'claims', 'sources', 'evidence', 'scales', 'conflicts', 'imports'] as const;
  return Object.fromEntries(
    await Promise.all(tables.map(async (table) => [table, await database.table(table).toArray()])),
  );
}

async function importText(
  database: FactcheckDatabase,
  content: string,
  analyst = tom,
  name = 'teammate.factcheck.json',
): Promise<ImportOutcome> {
  return runImport(database, { name, content, byteLength: content.length }, analyst);
}

async function onlyDocument(database: FactcheckDatabase) {
  const [document] = await database.documents.toArray();
  if (!document) throw new Error('no document');
  return document;
}

async function markQuote(database: FactcheckDatabase, quote: string, analyst = ana) {
  const document = await onlyDocument(database);
  const start = document.text.indexOf(quote);
  return markClaim(database, document.id, makeTarget(document.text, start, start + quote.length), analyst);
}

let database: FactcheckDatabase;

beforeEach(async () => {
  database = await library();
});

afterEach(async () => {
  for (const each of opened.splice(0)) await each.delete();
});

describe('a malformed file', () => {
  it.each(MALFORMED_BUNDLES)(
    'is refused with the expected problems and changes nothing: $name',
    async ({ file, problems }) => {
      await markQuote(database, 'exports doubled in 2023');
      const before = await snapshot(database);
      const outcome = await importText(database, readBundleFixture(file));
      expect(outcome.kind).toBe('invalid');
      if (outcome.kind !== 'invalid') return;
      expect(outcome.problems.map((problem) => problem.path)).toEqual(problems.map((problem) => problem.path));
      outcome.problems.forEach((problem, index) =>
        expect(problem.message).toMatch(problems[index]?.message as string | RegExp),
      );
      expect(await snapshot(database)).toEqual(before);
    },
  );

  it('over the size cap is refused before it is read', async () => {
    const before = await snapshot(database);
    const outcome = await runImport(
      database,
      { name: 'huge.factcheck.json', content: '{}', byteLength: MAX_BUNDLE_BYTES + 1 },
      tom,
    );
    expect(outcome).toEqual({
      kind: 'invalid',
      problems: [{ path: '$', message: 'the file is 200.0 MB; bundles of up to 200 MB are read' }],
    });
    expect(await snapshot(database)).toEqual(before);
  });
});

describe('a valid file', () => {
  it('goes export → import → export with the same content, only the export time differing', async () => {
    const claim = await markQuote(database, 'exports doubled in 2023');
    await updateClaim(
      database,
      claim.id,
      { claimant: 'The minister', verdict: { scaleId: 'scale-truth-6', stepId: 'false' } },
      ana,
    );
    await addSourceToClaim(
      database,
      claim.id,
      { url: 'https://stats.example/trade', title: 'Trade statistics', stance: 'refutes' },
      ana,
    );
    const deleted = await markQuote(database, 'Critics disagree');
    await updateClaim(database, deleted.id, { deleted: true }, ana);
    const document = await onlyDocument(database);
    const first = serialiseBundle(await exportDocument(database, document.id, ana));

    const empty = await library(false);
    expect((await importText(empty, first)).kind).toBe('imported');
    const again = serialiseBundle(await exportDocument(empty, document.id, ana));
    const withoutTime = (text: string) => text.replace(/"exportedAt": "[^"]+"/, '');
    expect(withoutTime(again)).toBe(withoutTime(first));
    // The library remembers where the records came from, without exporting it.
    expect((await empty.claims.get(claim.id))?.origin).toMatchObject({
      file: 'teammate.factcheck.json',
      importedBy: tom,
      exportedBy: ana,
    });
    expect(await empty.imports.toArray()).toEqual([
      expect.objectContaining({ file: 'teammate.factcheck.json', importedBy: tom, exportedBy: ana }),
    ]);
  });

  it('changes nothing when imported a second time', async () => {
    const teammate = await library();
    await markQuote(teammate, 'Official figures', tom);
    const file = serialiseBundle(await exportDocument(teammate, (await onlyDocument(teammate)).id, tom));
    await importText(database, file);
    const before = await snapshot(database);
    const outcome = await importText(database, file);
    expect(outcome).toMatchObject({
      kind: 'imported',
      summary: 'Imported 0 new documents, 0 new claims, 0 new sources, 0 evidence links; 1 identical record skipped.',
    });
    const after = (await snapshot(database)) as { imports: unknown[] };
    expect({ ...after, imports: [] }).toEqual({ ...(before as object), imports: [] });
  });

  it('lists a conflict, settles it with the analyst’s choice, and the choice travels back', async () => {
    const claim = await markQuote(database, 'exports doubled in 2023');
    const teammate = await library(false);
    await importText(teammate, serialiseBundle(await exportDocument(database, claim.documentId, ana)));
    await updateClaim(teammate, claim.id, { verdict: { scaleId: 'scale-truth-6', stepId: 'mostly-false' } }, tom);
    await updateClaim(database, claim.id, { verdict: { scaleId: 'scale-truth-6', stepId: 'false' } }, ana);
    const outcome = await importText(
      database,
      serialiseBundle(await exportDocument(teammate, claim.documentId, tom)),
      ana,
    );
    expect(outcome).toMatchObject({ kind: 'imported', conflicts: 1 });
    expect(await countConflicts(database)).toBe(1);
    const [item] = await listConflicts(database);
    expect(item?.conflicts.map((conflict) => [conflict.field, conflict.values.length])).toEqual([['verdict', 2]]);

    await resolveConflict(
      database,
      'claims',
      claim.id,
      'verdict',
      { scaleId: 'scale-truth-6', stepId: 'mostly-false' },
      ana,
    );
    expect(await countConflicts(database)).toBe(0);
    expect(await database.conflicts.count()).toBe(0);
    await importText(teammate, serialiseBundle(await exportDocument(database, claim.documentId, ana)));
    expect((await teammate.claims.get(claim.id))?.verdict?.stepId).toBe('mostly-false');
    expect(await countConflicts(teammate)).toBe(0);
  });

  it('stops counting a conflict the analyst settled by editing the field in the claim card', async () => {
    database = await library(false);
    const outcome = await importText(database, readBundleFixture(TEAM_BUNDLE));
    expect(outcome).toMatchObject({ kind: 'imported', conflicts: 1, orphans: 1 });
    expect(await countConflicts(database)).toBe(1);
    await updateClaim(database, 'claim-1-exports', { verdict: { scaleId: 'scale-truth-6', stepId: 'false' } }, ana);
    expect(await countConflicts(database)).toBe(0);
  });

  it('re-anchors the claims of an edited copy of the article on the library’s text, orphaning what it lacks', async () => {
    const teammate = await library(false);
    const edited = ARTICLE.replace('The minister said', 'On Monday the minister said').replace(
      'rise of 4%.',
      'rise of 4%. Exports to Asia fell by a third.',
    );
    await addArticle(teammate, parseArticle(edited, { format: 'text' }), { url: 'https://news.example/exports' }, tom);
    const kept = await markQuote(teammate, 'exports doubled in 2023', tom);
    const lost = await markQuote(teammate, 'Exports to Asia fell by a third', tom);
    const local = await onlyDocument(database);
    const outcome = await importText(database, serialiseBundle(await exportDocument(teammate, kept.documentId, tom)));
    expect(outcome).toMatchObject({ kind: 'imported', documentId: local.id, orphans: 1 });
    expect(outcome.kind === 'imported' && outcome.summary).toContain('claims re-anchored on your copy');
    expect(await database.documents.count()).toBe(1);
    const moved = await database.claims.get(kept.id);
    expect(moved?.documentId).toBe(local.id);
    expect(local.text.slice(moved?.target.start, moved?.target.end)).toBe('exports doubled in 2023');
    expect((await documentOrphans(database, local.id)).map((claim) => [claim.id, claim.target.exact])).toEqual([
      [lost.id, 'Exports to Asia fell by a third'],
    ]);
  });

  it('asks the analyst before re-anchoring, and a cancelled or declined import keeps the library as it was', async () => {
    const teammate = await library(false);
    const edited = ARTICLE.replace('The minister said', 'On Monday the minister said');
    await addArticle(teammate, parseArticle(edited, { format: 'text' }), { url: 'https://news.example/exports' }, tom);
    const claim = await markQuote(teammate, 'exports doubled in 2023', tom);
    const content = serialiseBundle(await exportDocument(teammate, claim.documentId, tom));
    const local = await onlyDocument(database);
    const file = { name: 'copy.factcheck.json', content, byteLength: content.length };
    const asked: VersionQuestion[][] = [];
    const before = await snapshot(database);

    const cancelled = await runImport(
      database,
      file,
      tom,
      undefined,
      async (questions) => (asked.push(questions), null),
    );
    expect(cancelled).toEqual({ kind: 'cancelled' });
    expect(
      asked[0]?.map((question) => [
        question.claimCount,
        question.candidates.map((candidate) => [candidate.documentId, candidate.reason]),
      ]),
    ).toEqual([[1, [[local.id, 'url']]]]);
    expect(await snapshot(database)).toEqual(before);

    const separate = await runImport(database, file, tom, undefined, async (questions) =>
      questions.map((question) => [question.incomingId, null]),
    );
    expect(separate).toMatchObject({ kind: 'imported', documentId: claim.documentId });
    expect(await database.documents.count()).toBe(2);
    expect((await database.claims.get(claim.id))?.documentId).toBe(claim.documentId);
  });

  it('lists an orphan with its original quote and attaches it to the selected passage', async () => {
    database = await library(false);
    expect(await importText(database, readBundleFixture(TEAM_BUNDLE))).toMatchObject({ kind: 'imported' });
    const [orphan] = await documentOrphans(database, 'doc-exports');
    expect(orphan?.target).toMatchObject({ exact: 'exports tripled in 2024', orphaned: true });
    const document = await database.documents.get('doc-exports');
    const start = document?.text.indexOf('exports doubled in 2023') ?? -1;
    const target = await reattachClaim(database, 'claim-3-orphan', { start, end: start + 23 }, ana);
    expect(target).toEqual(makeTarget(document?.text ?? '', start, start + 23));
    expect(await documentOrphans(database, 'doc-exports')).toEqual([]);
  });

  it('runs on the page when no worker can be started', async () => {
    const content = readBundleFixture(TEAM_BUNDLE);
    const stages: string[] = [];
    const outcome = await importInBackground(
      { name: 'team.factcheck.json', content, byteLength: content.length },
      tom,
      (progress) => stages.push(progress.stage),
      async () => null,
    );
    expect(outcome.kind).toBe('imported');
    expect(stages).toEqual(expect.arrayContaining(['parsing', 'checking', 'merging', 'saving']));
  });
});
