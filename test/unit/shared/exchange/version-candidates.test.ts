// findVersionCandidates: which library documents an incoming article may be another version of.
import { describe, expect, it } from 'vitest';
import {
  findVersionCandidates,
  parseArticle,
  newDocument,
  TEXT_OVERLAP_THRESHOLD,
  textOverlap,
} from '../../../../shared';
import { ARTICLE, bob, documentOf, NOW } from './records';

const EDITED = ARTICLE.replace('exports doubled in 2023', 'exports almost doubled in 2023');

function incoming(text: string, meta: { title?: string; url?: string | null } = {}) {
  const parsed = parseArticle(text, { format: 'text' });
  return {
    ...newDocument(parsed.blocks, { title: meta.title ?? parsed.title, url: meta.url ?? null }, bob, NOW),
    id: 'doc-remote',
  };
}

describe('finding the library documents an incoming article may be a version of', () => {
  const local = documentOf(ARTICLE, 'doc-local');
  const unrelated = documentOf(
    'An unrelated piece\n\nAbout the weather in the mountains, which was cold all week and is expected to stay so.',
    'doc-other',
  );

  it('asks nothing when the exact text is already in the library', () => {
    expect(findVersionCandidates([incoming(ARTICLE)], [local], new Map())).toEqual([]);
  });

  it('proposes a document with the same title first, and counts the claims that would move', () => {
    const questions = findVersionCandidates([incoming(EDITED)], [unrelated, local], new Map([['doc-remote', 3]]));
    expect(questions).toHaveLength(1);
    expect(questions[0]).toMatchObject({ incomingId: 'doc-remote', claimCount: 3 });
    expect(questions[0]?.candidates.map((candidate) => [candidate.documentId, candidate.reason])).toEqual([
      ['doc-local', 'title'],
    ]);
  });

  it('proposes a document by shared text when URL and title differ', () => {
    const [question] = findVersionCandidates(
      [incoming(EDITED, { title: 'Retitled by the outlet' })],
      [local, unrelated],
      new Map(),
    );
    expect(question?.candidates[0]).toMatchObject({ documentId: 'doc-local', reason: 'text' });
    expect(question?.candidates[0]?.overlap).toBeGreaterThanOrEqual(TEXT_OVERLAP_THRESHOLD);
  });

  it('proposes nothing for an unrelated article, and never a deleted document', () => {
    expect(findVersionCandidates([incoming(EDITED, { title: 'Retitled' })], [unrelated], new Map())).toEqual([]);
    expect(findVersionCandidates([incoming(EDITED)], [{ ...local, deleted: true }], new Map())).toEqual([]);
  });

  it('measures overlap on passages, ignoring how lines were wrapped', () => {
    expect(textOverlap(ARTICLE, ARTICLE.replace(/\n\n/g, '\n\n  '))).toBeGreaterThan(0.9);
    expect(textOverlap(ARTICLE, 'nothing in common')).toBe(0);
  });
});
