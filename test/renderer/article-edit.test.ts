// Editing an article's text: the editor's content becomes blocks as import makes them, and saving re-anchors the claims in one transaction.
import { getSchema } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canonicalText, hashText, makeTarget, type Analyst, type Block } from '../../shared';
import { blocksToContent } from '../../renderer/features/article/article-content';
import { contentToBlocks } from '../../renderer/features/article-edit/editor-blocks';
import { applyArticleVersion, ArticleEditError, replaceArticleText } from '../../renderer/db/article-edit';
import { addBlocks } from '../../renderer/db/documents';
import { markClaim } from '../../renderer/db/claims';
import { openDatabase, type FactcheckDatabase } from '../../renderer/db/database';

const ana: Analyst = { id: 'analyst-ana', name: 'Ana' };
const schema = getSchema([StarterKit]);

const article: Block[] = [
  { type: 'title', text: 'Minister says exports rose' },
  {
    type: 'paragraph',
    text: 'Exports rose by 12% in 2024, the minister said on Monday.',
    marks: [
      { type: 'bold', start: 0, end: 19 },
      { type: 'link', start: 50, end: 56, href: 'https://news.example/monday' },
    ],
  },
  { type: 'quote', text: 'We have never sold more abroad.' },
  { type: 'listItem', text: 'Cars were the largest export.' },
  { type: 'listItem', text: 'Wine came second.' },
  { type: 'heading', text: 'Background' },
  { type: 'paragraph', text: 'Officials at the statistics office disagree with the figure.' },
];

describe('contentToBlocks', () => {
  it('gives back exactly the blocks the editor was loaded with, marks included', () => {
    expect(contentToBlocks(blocksToContent(article))).toEqual(article);
    // Through a real ProseMirror document too, as the dialog reads it.
    expect(contentToBlocks(ProseMirrorNode.fromJSON(schema, blocksToContent(article)).toJSON())).toEqual(article);
  });

  it('collapses white space, drops empty paragraphs and non-http links, as import does', () => {
    const content = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: '  Two   spaces\tand a tab ' }] },
        { type: 'paragraph', content: [{ type: 'text', text: '   ' }] },
        { type: 'paragraph' },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'bad link', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
          ],
        },
      ],
    };
    expect(contentToBlocks(content)).toEqual([
      { type: 'paragraph', text: 'Two spaces and a tab' },
      { type: 'paragraph', text: 'bad link' },
    ]);
  });
});

describe('replaceArticleText', () => {
  let database: FactcheckDatabase;
  beforeEach(() => {
    database = openDatabase(`article-edit-${Math.random()}`);
  });
  afterEach(async () => {
    await database.delete();
  });

  async function setUp() {
    const { document } = await addBlocks(database, article, { title: 'Exports' }, ana);
    const at = (quote: string) =>
      makeTarget(document.text, document.text.indexOf(quote), document.text.indexOf(quote) + quote.length);
    const rose = await markClaim(database, document.id, at('Exports rose by 12% in 2024'), ana);
    const officials = await markClaim(
      database,
      document.id,
      at('Officials at the statistics office disagree with the figure'),
      ana,
    );
    const abroad = await markClaim(database, document.id, at('never sold more abroad'), ana);
    return { document, rose, officials, abroad };
  }

  it('stores the new text and hash, moves the claims, follows a slightly changed quote and flags the deleted passage as an orphan', async () => {
    const { document, rose, officials, abroad } = await setUp();
    const edited: Block[] = [
      { type: 'title', text: 'Minister says exports rose' },
      { type: 'paragraph', text: 'A new first paragraph pushes everything down.' },
      { type: 'paragraph', text: 'Exports rose by 12% in 2024, the minister said on Monday.' },
      { type: 'listItem', text: 'Cars were the largest export.' },
      { type: 'listItem', text: 'Wine came second.' },
      { type: 'heading', text: 'Background' },
      { type: 'paragraph', text: 'Officials at the statistics office disagree with this figure.' },
    ];
    const change = await replaceArticleText(database, document.id, edited, ana);
    expect(change).toMatchObject({ changed: true, reanchored: 2, orphans: 1 });

    const stored = await database.documents.get(document.id);
    const text = canonicalText(edited);
    expect(stored).toMatchObject({ blocks: edited, text, textHash: hashText(text), rev: document.rev + 1 });
    const claim = async (id: string) => (await database.claims.get(id))!;
    const quoted = async (id: string) => {
      const { target } = await claim(id);
      return { exact: target.exact, inText: text.slice(target.start, target.end), orphaned: target.orphaned ?? false };
    };
    expect(await quoted(rose.id)).toEqual({
      exact: 'Exports rose by 12% in 2024',
      inText: 'Exports rose by 12% in 2024',
      orphaned: false,
    });
    expect((await claim(rose.id)).target.start).toBeGreaterThan(rose.target.start);
    const changed = 'Officials at the statistics office disagree with this figure';
    expect(await quoted(officials.id)).toEqual({ exact: changed, inText: changed, orphaned: false });
    expect((await claim(abroad.id)).target).toMatchObject({ orphaned: true, exact: 'never sold more abroad' });
    for (const id of [rose.id, officials.id, abroad.id]) expect((await claim(id)).rev).toBe(2);

    // Undo puts the old text and the old claim positions back, each as a new revision.
    await applyArticleVersion(database, document.id, change.before, ana);
    expect(await database.documents.get(document.id)).toMatchObject({
      text: document.text,
      textHash: document.textHash,
      rev: document.rev + 2,
    });
    expect((await claim(abroad.id)).target).toEqual(abroad.target);
    expect((await claim(rose.id)).target).toEqual(rose.target);
  });

  it('changes nothing when the blocks are the same, or the document is gone, or the text would be empty', async () => {
    const { document } = await setUp();
    expect(await replaceArticleText(database, document.id, article, ana)).toMatchObject({
      changed: false,
      reanchored: 3,
      orphans: 0,
    });
    expect((await database.documents.get(document.id))?.rev).toBe(document.rev);
    await expect(replaceArticleText(database, document.id, [], ana)).rejects.toThrow(ArticleEditError);
    await expect(replaceArticleText(database, 'missing', article, ana)).rejects.toThrow('no longer in the library');
    expect((await database.claims.toArray()).every((claim) => claim.rev === 1)).toBe(true);
  });
});
