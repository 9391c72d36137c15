// New documents take the library default scale; a document's own choice and verdicts already given stay.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCALE_ID, makeTarget, newClaim, type Analyst, type Block } from '../../shared';
import { openDatabase, type FactcheckDatabase } from '../../renderer/db/database';
import { addBlocks, ensureScales } from '../../renderer/db/documents';
import { ScaleChangeError, getDefaultScaleId, setDefaultScaleId, setDocumentScale } from '../../renderer/db/scales';

const ana: Analyst = { id: 'analyst-ana', name: 'Ana' };
const blocks = (body: string): Block[] => [
  { type: 'title', text: 'Budget' },
  { type: 'paragraph', text: body },
];
let database: FactcheckDatabase;

beforeEach(async () => {
  database = openDatabase(`default-scale-${Math.random()}`);
  await ensureScales(database);
});

afterEach(async () => {
  await database.delete();
});

describe('the library default scale', () => {
  it('is the six-step truth scale until a team chooses another', async () => {
    const { document } = await addBlocks(database, blocks('Spending rose.'), { title: 'Budget' }, ana);
    expect(document.scaleId).toBe(DEFAULT_SCALE_ID);
  });

  it('is the scale of every document added after it was chosen, and not of those added before', async () => {
    const { document: before } = await addBlocks(database, blocks('Spending rose.'), { title: 'Before' }, ana);
    await setDefaultScaleId(database, 'scale-pinocchios');
    const { document: after } = await addBlocks(database, blocks('Spending fell.'), { title: 'After' }, ana);
    expect(after.scaleId).toBe('scale-pinocchios');
    expect((await database.documents.get(after.id))?.scaleId).toBe('scale-pinocchios');
    expect((await database.documents.get(before.id))?.scaleId).toBe(DEFAULT_SCALE_ID);
  });

  it('gives way to the scale chosen for one document, keeping the verdicts already given', async () => {
    await setDefaultScaleId(database, 'scale-snopes');
    const { document } = await addBlocks(database, blocks('Spending rose by 12 per cent.'), { title: 'Budget' }, ana);
    const claim = {
      ...newClaim(document.id, makeTarget(document.text, 7, 20), ana),
      verdict: { scaleId: 'scale-snopes', stepId: 'mixture' },
    };
    await database.claims.add(claim);
    await setDocumentScale(database, document.id, 'scale-context-labels', ana);
    expect((await database.documents.get(document.id))?.scaleId).toBe('scale-context-labels');
    expect((await database.claims.get(claim.id))?.verdict).toEqual({ scaleId: 'scale-snopes', stepId: 'mixture' });
  });

  it('refuses a scale that is not in the library and keeps the previous default', async () => {
    await setDefaultScaleId(database, 'scale-snopes');
    await expect(setDefaultScaleId(database, 'scale-gone')).rejects.toBeInstanceOf(ScaleChangeError);
    expect(await getDefaultScaleId(database)).toBe('scale-snopes');
  });

  it('falls back to the truth scale when the stored default has left the library', async () => {
    await database.settings.put({ key: 'defaultScaleId', value: 'scale-gone' });
    const { document } = await addBlocks(database, blocks('Spending rose.'), { title: 'Budget' }, ana);
    expect(document.scaleId).toBe(DEFAULT_SCALE_ID);
  });
});
