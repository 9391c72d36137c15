/**
 * The benchmark's page-side harness, served beside the built app on the same origin: it runs the app's
 * own database code (import, repository reads, export) against real IndexedDB in Chromium, with bare
 * Dexie calls on the same records as baselines, and seeds the app's library for the screen workloads.
 */
import { liveQuery } from 'dexie';
import { serialiseBundle, type Analyst, type Bundle, type Claim } from '../../shared';
import { documentClaims } from '../../renderer/db/claims';
import { DATABASE_NAME, openDatabase, type FactcheckDatabase } from '../../renderer/db/database';
import { evidenceCounts } from '../../renderer/db/evidence';
import { exportDocument, importBundle } from '../../renderer/db/exchange';
import { saveAnalystName } from '../../renderer/db/settings';
import { largeBundle } from '../../test/fixtures/bundles/large-bundle';
import sampleArticle from '../../test/fixtures/articles/putin-negotiations.txt';
import { articleText } from '../lib/article-text';

const ANALYST_NAME = 'Bench Analyst';

async function fresh(name: string): Promise<FactcheckDatabase> {
  const database = openDatabase(name);
  await database.delete();
  return openDatabase(name);
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

/** The bundle every storage workload uses: the real sample article with `claims` claims. */
function storageBundle(claims: number): Bundle {
  return largeBundle(sampleArticle, claims);
}

export interface SeedResult {
  documentId: string;
  title: string;
  claims: number;
  /** The claim that comes first in reading order, in the article's first screen. */
  firstClaimId: string | null;
  /** The claim that comes last in reading order: when its highlight is drawn, all are. */
  lastClaimId: string | null;
  /** How the article's last paragraph starts: when it is shown, the whole article is. */
  lastParagraphStart: string;
  /** Paragraphs far apart in the article, to select for new claims. */
  selectable: string[];
}

/** Puts an article of `textBytes` with `claims` claims into the app's own library, as an import would. */
async function seedApp(textBytes: number, claims: number): Promise<SeedResult> {
  const database = openDatabase(DATABASE_NAME);
  const analyst = await saveAnalystName(database, ANALYST_NAME);
  const bundle = largeBundle(articleText(sampleArticle, textBytes), claims);
  await importBundle(database, bundle, { file: 'bench.factcheck.json', analyst });
  const document = bundle.documents[0] as Bundle['documents'][number];
  const stored = await documentClaims(database, document.id);
  database.close();
  const last = [...stored].sort((a, b) => b.target.start - a.target.start)[0];
  const first = stored[0];
  const paragraphs = document.blocks.filter((block) => block.type === 'paragraph').map((block) => block.text);
  const selectable = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.3, 0.4, 0.2, 0.1].map((share) =>
    (paragraphs[Math.floor(paragraphs.length * share)] as string).slice(0, 40),
  );
  return {
    documentId: document.id,
    title: document.title,
    claims: stored.length,
    firstClaimId: first?.id ?? null,
    lastClaimId: last?.id ?? null,
    lastParagraphStart: (paragraphs[paragraphs.length - 1] as string).slice(0, 40),
    selectable,
  };
}

export interface PairSamples {
  app: number[];
  bare: number[];
  /** What the app's call returned, to check the workload did its work. */
  count: number;
}

/** Import of a bundle into an empty library with the app's importBundle, against a bare Dexie bulkPut of the records it stored. */
async function storeWorkload(claims: number, runs: number): Promise<PairSamples> {
  const bundle = storageBundle(claims);
  const analyst: Analyst = { id: '5d0f6c1e-8a3b-4c2d-9e7f-1a2b3c4d5e6f', name: ANALYST_NAME };
  const app: number[] = [];
  const bare: number[] = [];
  let count = 0;
  let records: Claim[] = [];
  for (let run = 0; run < runs; run += 1) {
    const target = await fresh('bench-store-app');
    app.push((await timed(() => importBundle(target, bundle, { file: 'bench.factcheck.json', analyst }))).ms);
    records = await target.claims.toArray();
    count = records.length;
    target.close();
    const plain = await fresh('bench-store-bare');
    bare.push((await timed(() => plain.claims.bulkPut(records))).ms);
    plain.close();
  }
  return { app, bare, count };
}

/** A library holding the storage bundle, for the load and export workloads. */
async function storedLibrary(
  claims: number,
): Promise<{ database: FactcheckDatabase; documentId: string; analyst: Analyst }> {
  const bundle = storageBundle(claims);
  const analyst: Analyst = { id: '5d0f6c1e-8a3b-4c2d-9e7f-1a2b3c4d5e6f', name: ANALYST_NAME };
  const database = await fresh('bench-library');
  await importBundle(database, bundle, { file: 'bench.factcheck.json', analyst });
  return { database, documentId: (bundle.documents[0] as Bundle['documents'][number]).id, analyst };
}

/** The document's claims through the app's repository function, against a bare toArray of the table. */
async function loadWorkload(claims: number, runs: number): Promise<PairSamples> {
  const { database, documentId } = await storedLibrary(claims);
  const app: number[] = [];
  const bare: number[] = [];
  let count = 0;
  for (let run = 0; run < runs; run += 1) {
    bare.push((await timed(() => database.claims.toArray())).ms);
    const loaded = await timed(() => documentClaims(database, documentId));
    app.push(loaded.ms);
    count = loaded.value.length;
  }
  database.close();
  return { app, bare, count };
}

/** `app` is the export of the open document: the document screen's live queries are running, as when the analyst exports. */
export interface ExportSamples extends PairSamples {
  /** The same export from a cold database: no screen holds the document, so its records are read from IndexedDB. */
  cold: number[];
  /** serialiseBundle alone, on the same bundle. */
  serialise: number[];
  bytes: number;
}

/** Dexie keeps a query's cached result this long after its last live query stops (3 s), and a little more. */
const CACHE_LINGER_MS = 3100;

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** The live queries the document screen keeps while a document is open (see DocumentScreen); resolves once each has delivered. */
async function openDocumentScreen(database: FactcheckDatabase, documentId: string): Promise<{ close(): void }> {
  const queries: Array<() => Promise<unknown>> = [
    () => database.documents.get(documentId),
    () => documentClaims(database, documentId),
    () => database.scales.toArray(),
    () => evidenceCounts(database),
  ];
  const subscriptions: Array<{ unsubscribe(): void }> = [];
  await Promise.all(
    queries.map(
      (query) =>
        new Promise<void>((delivered, failed) => {
          subscriptions.push(liveQuery(query).subscribe({ next: () => delivered(), error: failed }));
        }),
    ),
  );
  return { close: () => subscriptions.forEach((subscription) => subscription.unsubscribe()) };
}

/** The file text without its export time, to compare two exports of the same records. */
const withoutTime = (text: string) => text.replace(/"exportedAt": "[^"]*"/, '');

/**
 * The app's export (read the document's records, build and serialise the bundle) against JSON.stringify
 * of the same bundle: from the open document (the screen's live queries running) and from a cold database.
 */
/** A pause before a timed export or its baseline. */
const SETTLE_MS = 150;

async function exportWorkload(claims: number, runs: number): Promise<ExportSamples> {
  const { database, documentId, analyst } = await storedLibrary(claims);
  const app: number[] = [];
  const cold: number[] = [];
  const bare: number[] = [];
  const serialise: number[] = [];
  let count = 0;
  let bytes = 0;
  let coldText = '';
  for (let run = 0; run < runs; run += 1) {
    // Nothing cached from the run before: the records come from IndexedDB.
    await pause(CACHE_LINGER_MS);
    const exported = await timed(async () => serialiseBundle(await exportDocument(database, documentId, analyst)));
    cold.push(exported.ms);
    coldText = exported.value;
  }
  const screen = await openDocumentScreen(database, documentId);
  try {
    // Twice the runs (each is short), each timing after a pause: the heap settles, so no run pays for the garbage of the one before.
    for (let run = 0; run < runs * 2; run += 1) {
      await pause(SETTLE_MS);
      const exported = await timed(async () => serialiseBundle(await exportDocument(database, documentId, analyst)));
      app.push(exported.ms);
      bytes = exported.value.length;
      if (withoutTime(exported.value) !== withoutTime(coldText))
        throw new Error('The export of the open document differs from the export read from the database.');
      const bundle = await exportDocument(database, documentId, analyst);
      count = bundle.claims.length;
      await pause(SETTLE_MS);
      let start = performance.now();
      JSON.stringify(bundle);
      bare.push(performance.now() - start);
      await pause(SETTLE_MS);
      start = performance.now();
      serialiseBundle(bundle);
      serialise.push(performance.now() - start);
    }
  } finally {
    screen.close();
  }
  database.close();
  return { app, cold, bare, serialise, count, bytes };
}

export const benchHarness = { seedApp, storeWorkload, loadWorkload, exportWorkload };
export type BenchHarness = typeof benchHarness;

(window as unknown as { benchHarness: BenchHarness }).benchHarness = benchHarness;
document.body.dataset['ready'] = 'true';
