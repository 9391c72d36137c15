// Trust in imported files, on the library database (fake IndexedDB): each library's own writer id and key,
// a forged history refused with the victim's edit intact, signatures judged (first sight pinned, a changed
// key or a file changed after signing kept apart untouched until the analyst decides), and one analyst on
// two machines exchanging files without loss.
import { afterEach, describe, expect, it } from 'vitest';
import {
  keyFingerprint,
  makeTarget,
  newSigningKey,
  parseArticle,
  serialiseBundle,
  type Author,
  type Bundle,
  type Claim,
} from '../../shared';
import { markClaim, updateClaim } from '../../renderer/db/claims';
import { openDatabase, type FactcheckDatabase } from '../../renderer/db/database';
import { addArticle, ensureScales } from '../../renderer/db/documents';
import { exportDocument } from '../../renderer/db/exchange';
import { discardHeldFile, listHeldFiles, takeHeldFile } from '../../renderer/db/held-files';
import {
  adoptIdentity,
  ensureLibraryIdentity,
  getAuthor,
  getLibraryIdentity,
  saveAnalystName,
  type LibraryIdentity,
} from '../../renderer/db/identity';
import { runImport, type ImportOutcome, type TrustDecision } from '../../renderer/features/exchange/import-pipeline';

const ARTICLE =
  'Minister says exports doubled\n\nThe minister said exports doubled in 2023. Critics disagree.\n\nOfficial figures show a rise of 4%.';
const opened: FactcheckDatabase[] = [];

interface Desk {
  database: FactcheckDatabase;
  author: Author;
  identity: LibraryIdentity;
}

/** A library whose analyst has given their name, with the article. */
async function desk(name: string, withArticle = true): Promise<Desk> {
  const database = openDatabase(`trust-${opened.length}-${Math.random()}`);
  opened.push(database);
  await ensureScales(database);
  await saveAnalystName(database, name);
  const author = (await getAuthor(database)) as Author;
  if (withArticle) await addArticle(database, parseArticle(ARTICLE, { format: 'text' }), {}, author);
  return { database, author, identity: (await getLibraryIdentity(database)) as LibraryIdentity };
}

async function documentId(database: FactcheckDatabase): Promise<string> {
  const [document] = await database.documents.toArray();
  if (!document) throw new Error('no document');
  return document.id;
}

async function markQuote({ database, author }: Desk, quote: string): Promise<Claim> {
  const [document] = await database.documents.toArray();
  if (!document) throw new Error('no document');
  const start = document.text.indexOf(quote);
  return markClaim(database, document.id, makeTarget(document.text, start, start + quote.length), author);
}

/** The desk's document as a file, signed with its key (or unsigned). */
async function exported(from: Desk, signed = true): Promise<string> {
  const bundle = await exportDocument(from.database, await documentId(from.database), from.author);
  return serialiseBundle(bundle, signed ? from.identity.signingKey : undefined);
}

function importInto(
  to: Desk,
  content: string,
  name = 'teammate.factcheck.json',
  decision?: TrustDecision,
): Promise<ImportOutcome> {
  return runImport(
    to.database,
    { name, content, byteLength: content.length },
    to.author,
    undefined,
    undefined,
    decision,
  );
}

/** Everything the library holds that an import could change. */
async function records(database: FactcheckDatabase): Promise<unknown> {
  const tables = ['documents', 'claims', 'sources', 'evidence', 'scales', 'conflicts', 'imports', 'trustedKeys'];
  return Object.fromEntries(
    await Promise.all(tables.map(async (table) => [table, await database.table(table).toArray()])),
  );
}

afterEach(async () => {
  for (const each of opened.splice(0)) await each.delete();
});

describe('a library’s identity', () => {
  it('is made with the analyst’s name: a writer id of its own and a signing key', async () => {
    const { identity, author } = await desk('Ana Analyst', false);
    expect(identity.writerId).toMatch(new RegExp(`^${identity.analyst.id}@[0-9a-f]{8}$`));
    expect(identity.ownWriters).toEqual([identity.writerId]);
    expect(identity.fingerprint).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/);
    expect(author).toEqual({ ...identity.analyst, writerId: identity.writerId });
  });

  it('is completed for a library from before writer ids, which keeps its analyst id among its own writers, once even when two tabs ask', async () => {
    const database = openDatabase(`trust-legacy-${Math.random()}`);
    opened.push(database);
    await database.settings.put({ key: 'analyst', value: { id: 'analyst-old', name: 'Olga Old' } });
    const [first, second] = await Promise.all([ensureLibraryIdentity(database), ensureLibraryIdentity(database)]);
    expect(first?.writerId).toMatch(/^analyst-old@[0-9a-f]{8}$/);
    expect(second?.writerId).toBe(first?.writerId);
    expect(first?.signingKey).toEqual(second?.signingKey);
    expect(first?.ownWriters).toEqual([first?.writerId, 'analyst-old']);
  });

  it('writes claims under the writer id and stamps them with the analyst alone', async () => {
    const ana = await desk('Ana Analyst');
    const claim = await markQuote(ana, 'exports doubled in 2023');
    expect(claim.sync?.clock).toEqual({ [ana.identity.writerId]: 1 });
    expect(claim.createdBy).toEqual(ana.identity.analyst);
  });
});

describe('a file that claims writes this library never made', () => {
  it('is refused, naming the claim and the impossible count, and the victim’s own edit survives', async () => {
    const victim = await desk('Vic Victim');
    const claim = await markQuote(victim, 'exports doubled in 2023');
    await updateClaim(victim.database, claim.id, { text: 'Exports doubled in 2023' }, victim.author);
    // The attacker starts from the victim's export, writes their own wording and says they have seen 1,000 of the victim's writes.
    const bundle = JSON.parse(await exported(victim, false)) as Bundle;
    const forged = bundle.claims[0] as Claim;
    forged.text = 'Exports tripled in 2023';
    forged.sync = { ...(forged.sync as NonNullable<Claim['sync']>), clock: { [victim.identity.writerId]: 1000 } };
    forged.rev = 1000;
    const before = await records(victim.database);

    const outcome = await importInto(victim, JSON.stringify(bundle), 'forged.factcheck.json');
    expect(outcome).toEqual({
      kind: 'invalid',
      forged: true,
      problems: [
        {
          path: '$.claims[0].sync.clock',
          message: `the claim “Exports tripled in 2023” (id ${claim.id}) counts 1,000 writes by this library (writer "${victim.identity.writerId}"), but this library has made 2: writes nobody made, so its history is forged or damaged`,
        },
      ],
    });
    expect(await records(victim.database)).toEqual(before);
    expect((await victim.database.claims.get(claim.id))?.text).toBe('Exports doubled in 2023');
    // The victim's next edit continues from their own count, not from the forged one.
    const next = await updateClaim(victim.database, claim.id, { claimant: 'The minister' }, victim.author);
    expect(next?.sync?.clock).toEqual({ [victim.identity.writerId]: 3 });
  });
});

describe('signed files', () => {
  it('pin a teammate’s key the first time, and are known from then on', async () => {
    const bob = await desk('Bob Builder');
    await markQuote(bob, 'Critics disagree');
    const ana = await desk('Ana Analyst');
    const first = await importInto(ana, await exported(bob), 'bob.factcheck.json');
    expect(first).toMatchObject({
      kind: 'imported',
      signatureKind: 'first-seen',
      signature: `Signed by Bob Builder with key ${bob.identity.fingerprint}, seen for the first time and now remembered: compare this fingerprint with Bob Builder by voice or chat.`,
    });
    expect(await ana.database.trustedKeys.toArray()).toEqual([
      expect.objectContaining({
        analystId: bob.identity.analyst.id,
        publicKey: bob.identity.signingKey.publicKey,
        firstSeenIn: 'bob.factcheck.json',
      }),
    ]);
    expect(await ana.database.imports.toArray()).toEqual([
      expect.objectContaining({ signature: { kind: 'first-seen', fingerprint: bob.identity.fingerprint } }),
    ]);
    await markQuote(bob, 'Official figures');
    expect(await importInto(ana, await exported(bob))).toMatchObject({
      kind: 'imported',
      signatureKind: 'known',
      signature: `Signed by Bob Builder (key ${bob.identity.fingerprint}).`,
    });
  });

  it('keep a file in a teammate’s name under another key apart, untouched, until the analyst decides', async () => {
    const bob = await desk('Bob Builder');
    await markQuote(bob, 'Critics disagree');
    const ana = await desk('Ana Analyst');
    await importInto(ana, await exported(bob), 'bob.factcheck.json');
    await markQuote(bob, 'Official figures');
    const impostor = { ...bob.identity, signingKey: newSigningKey() };
    const content = serialiseBundle(
      await exportDocument(bob.database, await documentId(bob.database), bob.author),
      impostor.signingKey,
    );
    const before = await records(ana.database);

    const outcome = await importInto(ana, content, 'bob-new.factcheck.json');
    expect(outcome.kind).toBe('held');
    expect(await records(ana.database)).toEqual(before);
    const [held] = await listHeldFiles(ana.database);
    expect(held).toMatchObject({
      file: 'bob-new.factcheck.json',
      reason: 'key-changed',
      signer: bob.identity.analyst,
      pinnedFingerprint: bob.identity.fingerprint,
    });
    expect(held?.explanation).toContain(`but Bob Builder’s key is ${bob.identity.fingerprint}`);
    expect((await takeHeldFile(ana.database, held?.id as string))?.file.content).toBe(content);

    // The analyst imports it anyway and trusts the new key.
    const decided = await importInto(ana, content, 'bob-new.factcheck.json', { importAnyway: true, trustNewKey: true });
    expect(decided).toMatchObject({
      kind: 'imported',
      signatureKind: 'key-changed',
      signature: `Bob Builder’s new key ${keyFingerprint(impostor.signingKey.publicKey)} is now the one you trust for them.`,
    });
    expect((await ana.database.trustedKeys.get(bob.identity.analyst.id))?.publicKey).toBe(
      impostor.signingKey.publicKey,
    );
    expect(await ana.database.claims.count()).toBe(2);
  });

  it('keep a file changed after signing apart, and discarding it leaves nothing behind', async () => {
    const bob = await desk('Bob Builder');
    const claim = await markQuote(bob, 'Critics disagree');
    await updateClaim(bob.database, claim.id, { text: 'Critics disagree with the figure' }, bob.author);
    const ana = await desk('Ana Analyst');
    const tampered = (await exported(bob)).replace('Critics disagree with the figure', 'Critics agree with the figure');
    const before = await records(ana.database);
    const outcome = await importInto(ana, tampered, 'tampered.factcheck.json');
    expect(outcome).toMatchObject({ kind: 'held', held: { reason: 'tampered', file: 'tampered.factcheck.json' } });
    expect(outcome.kind === 'held' && outcome.held.explanation).toBe(
      `The signature does not hold: the file was changed after it was signed. It names Bob Builder (key ${bob.identity.fingerprint}).`,
    );
    expect(await records(ana.database)).toEqual(before);
    await discardHeldFile(ana.database, (outcome as { held: { id: string } }).held.id);
    expect(await ana.database.heldFiles.count()).toBe(0);
    expect(await ana.database.heldContents.count()).toBe(0);
    expect(await records(ana.database)).toEqual(before);
  });

  it('keep apart a file signed in the analyst’s own name with another key', async () => {
    const ana = await desk('Ana Analyst');
    await markQuote(ana, 'Critics disagree');
    const content = serialiseBundle(
      await exportDocument(ana.database, await documentId(ana.database), ana.author),
      newSigningKey(),
    );
    const outcome = await importInto(ana, content, 'me.factcheck.json');
    expect(outcome).toMatchObject({ kind: 'held', held: { reason: 'not-yours' } });
  });

  it('import an unsigned file, marked as such, and say so when its analyst usually signs', async () => {
    const bob = await desk('Bob Builder');
    await markQuote(bob, 'Critics disagree');
    const ana = await desk('Ana Analyst');
    expect(await importInto(ana, await exported(bob, false))).toMatchObject({
      kind: 'imported',
      signatureKind: 'unsigned',
      signature: 'The file is unsigned: who made it cannot be confirmed.',
    });
    await importInto(ana, await exported(bob));
    expect(await importInto(ana, await exported(bob, false))).toMatchObject({
      kind: 'imported',
      signature: 'The file is unsigned, although Bob Builder’s files are signed: ask Bob Builder whether they sent it.',
    });
  });
});

describe('one analyst on two machines', () => {
  it('exchange files without loss: each machine writes under its own writer id and signs with the same key', async () => {
    const laptop = await desk('Ana Analyst');
    const claim = await markQuote(laptop, 'exports doubled in 2023');
    const desktop = await desk('Someone Else', false);
    await adoptIdentity(desktop.database, laptop.identity.analyst, laptop.identity.signingKey);
    const onDesktop = {
      ...desktop,
      author: (await getAuthor(desktop.database)) as Author,
      identity: (await getLibraryIdentity(desktop.database)) as LibraryIdentity,
    };
    expect(onDesktop.identity.analyst).toEqual(laptop.identity.analyst);
    expect(onDesktop.identity.writerId).not.toBe(laptop.identity.writerId);
    expect(onDesktop.identity.ownWriters).toEqual([onDesktop.identity.writerId, desktop.identity.writerId]);

    expect(await importInto(onDesktop, await exported(laptop))).toMatchObject({
      kind: 'imported',
      signatureKind: 'own',
    });
    // Both machines edit the same claim: the wording on one, the claimant on the other, and the verdict on both.
    await updateClaim(
      laptop.database,
      claim.id,
      { text: 'Exports doubled', verdict: { scaleId: 'scale-truth-6', stepId: 'false' } },
      laptop.author,
    );
    await updateClaim(
      onDesktop.database,
      claim.id,
      { claimant: 'The minister', verdict: { scaleId: 'scale-truth-6', stepId: 'half-true' } },
      onDesktop.author,
    );
    expect(await importInto(laptop, await exported(onDesktop))).toMatchObject({ kind: 'imported', conflicts: 1 });
    expect(await importInto(onDesktop, await exported(laptop))).toMatchObject({ kind: 'imported', conflicts: 1 });
    for (const side of [laptop, onDesktop]) {
      const merged = await side.database.claims.get(claim.id);
      expect(merged).toMatchObject({ text: 'Exports doubled', claimant: 'The minister' });
      expect(
        merged?.sync?.concurrent?.['verdict']?.map((entry) => (entry.value as { stepId: string }).stepId).sort(),
      ).toEqual(['false', 'half-true']);
    }
  });
});
