/**
 * The decoration workload: the real buildDecorations of the article's claim highlights, run on a
 * ProseMirror document built from the editor's schema, against building that document from its JSON.
 * Each run pays for its own garbage collection and for no other run's (lib/timing.ts).
 */
import { getSchema } from '@tiptap/core';
import { DecorationSet } from '@tiptap/pm/view';
import StarterKit from '@tiptap/starter-kit';
import { buildDecorations, type HighlightSpec } from '../renderer/features/article/ClaimHighlights';
import { blocksToContent, buildOffsetIndex } from '../renderer/features/article/article-content';
import { ARTICLE_VIEW_STARTER_KIT } from '../renderer/features/article/article-schema';
import { largeBundle } from '../test/fixtures/bundles/large-bundle';
import { articleText } from './lib/article-text';
import { summarise, type Stats } from './lib/stats';
import { timeRun } from './lib/timing';

export interface DecorationFigures {
  megabytes: number;
  claims: number;
  /** Building the decoration set of every claim. */
  build: Stats;
  /** Building the ProseMirror document from its JSON (what mounting the article starts with). */
  documentFromJson: Stats;
  /** Decorations in the set (one per anchored claim). */
  decorations: number;
}

/** The schema the article editor uses (StarterKit, as ArticleView configures it). */
function articleSchema() {
  return getSchema([StarterKit.configure(ARTICLE_VIEW_STARTER_KIT)]);
}

/** What the build needs, made once; the bundle it was made from is left to the garbage collector. */
function prepare(source: string, textBytes: number, claims: number) {
  const bundle = largeBundle(articleText(source, textBytes), claims);
  const document = bundle.documents[0];
  if (!document) throw new Error('the workload has no document');
  const schema = articleSchema();
  const json = blocksToContent(document.blocks);
  const doc = schema.nodeFromJSON(json);
  const index = buildOffsetIndex(doc, document.blocks);
  // In reading order, as the document screen passes them (documentClaims sorts so).
  const ordered = [...bundle.claims].sort((a, b) => a.target.start - b.target.start || b.target.end - a.target.end);
  const highlights: HighlightSpec[] = ordered.map((claim) => ({
    id: claim.id,
    start: claim.target.start,
    end: claim.target.end,
    verdict: claim.verdict ? `${claim.verdict.scaleId}/${claim.verdict.stepId}` : null,
    status: claim.status,
  }));
  return { schema, json, doc, index, highlights, megabytes: document.text.length / 1048576 };
}

/** Untimed runs of both steps before the timed ones, the same number at every size. */
export const DECORATION_WARM_UPS = 3;

/**
 * `runs` timed runs of building the document from its JSON and of building the decoration set, one
 * after the other, each between garbage collections (lib/timing.ts) after the same warm-up at every size.
 */
export function measureDecorations(source: string, textBytes: number, claims: number, runs: number): DecorationFigures {
  const { schema, json, doc, index, highlights, megabytes } = prepare(source, textBytes, claims);
  for (let warm = 0; warm < DECORATION_WARM_UPS; warm += 1) {
    schema.nodeFromJSON(json);
    buildDecorations(doc, index, highlights, null);
  }
  let decorations = 0;
  const buildSamples: number[] = [];
  const documentSamples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    documentSamples.push(timeRun(() => schema.nodeFromJSON(json)));
    let set: DecorationSet = DecorationSet.empty;
    buildSamples.push(
      timeRun(() => {
        set = buildDecorations(doc, index, highlights, null);
      }),
    );
    decorations = set.find().length;
  }
  return {
    megabytes,
    claims,
    build: summarise(buildSamples),
    documentFromJson: summarise(documentSamples),
    decorations,
  };
}
