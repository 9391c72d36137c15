/**
 * The re-anchoring workload: quotes on an article made of the sample's paragraphs, the article edited in
 * clusters of neighbouring paragraphs and some passages deleted (the controls: their quotes must become
 * orphans), then every quote re-anchored, against one linear scan of the text and against a global
 * approximate search per quote (as Hypothesis falls back to).
 */
import search from 'approx-string-match';
import { makeTarget, reanchorTargets, type Target } from '../shared';
import { articleParagraphs, random } from './lib/article-text';
import { summarise, type Stats } from './lib/stats';

function edit(paragraph: string, next: () => number): string {
  const words = paragraph.split(' ');
  const at = 1 + Math.floor(next() * (words.length - 1));
  const kind = next();
  if (kind < 0.4) words.splice(at, 0, 'reportedly');
  else if (kind < 0.7) words.splice(at, 1);
  else words[at] = `${words[at]?.slice(0, -1) ?? ''}x`;
  return words.join(' ');
}

export interface ReanchorOptions {
  /** Characters of text (1 MB by default). */
  textBytes?: number;
  quotes?: number;
  /** Share of paragraphs edited, in clusters of `clusterSize` neighbours. */
  editShare?: number;
  clusterSize?: number;
  /** Share of paragraphs deleted, as passages of two neighbours; at least one passage. */
  deletedShare?: number;
  runs?: number;
  /** Quotes searched globally per run to estimate the cost of a global approximate search per quote. */
  globalSample?: number;
}

export interface ReanchorFigures {
  megabytes: number;
  quotes: number;
  editedParagraphs: number;
  deletedParagraphs: number;
  reanchor: Stats;
  /** One linear scan of the edited text (a character loop over all of it). */
  linearScan: Stats;
  /** A global approximate search (approx-string-match) for one quote. */
  globalPerQuote: Stats;
  exact: number;
  moved: number;
  orphans: number;
  /** Quotes whose passage was deleted: each must be an orphan. */
  controls: number;
  controlsOrphaned: number;
  /** Quotes anchored anywhere but their own (edited) paragraph, deleted passages included: must be 0. */
  falseAnchors: number;
}

interface Plan {
  paragraphs: string[];
  edited: Array<string | null>;
  targets: Array<{ target: Target; paragraph: number; offset: number }>;
}

function plan(source: string, options: Required<Omit<ReanchorOptions, 'runs' | 'globalSample'>>): Plan {
  const next = random(11);
  const paragraphs = articleParagraphs(source, options.textBytes);
  const count = paragraphs.length;
  const edited: Array<string | null> = [...paragraphs];
  const deletedPassages = Math.max(1, Math.round((count * options.deletedShare) / 2));
  const deleted = new Set<number>();
  while (deleted.size < deletedPassages * 2) {
    const at = 1 + Math.floor(next() * (count - 3));
    if (deleted.has(at) || deleted.has(at + 1)) continue;
    deleted.add(at).add(at + 1);
  }
  for (const at of deleted) edited[at] = null;
  const wantEdited = Math.round(count * options.editShare);
  let editedCount = 0;
  for (let guard = 0; editedCount < wantEdited && guard < count * 10; guard += 1) {
    const start = Math.floor(next() * count);
    for (let at = start; at < Math.min(count, start + options.clusterSize) && editedCount < wantEdited; at += 1) {
      const current = edited[at];
      if (current === null || current === undefined || current !== paragraphs[at]) continue;
      let changed = edit(current, next);
      if (next() < 0.3) changed = edit(changed, next);
      edited[at] = changed;
      editedCount += 1;
    }
  }
  const text = paragraphs.join('\n\n');
  const starts: number[] = [];
  paragraphs.reduce((at, paragraph) => (starts.push(at), at + paragraph.length + 2), 0);
  const deletedList = [...deleted];
  const controls = Math.max(2, Math.round(options.quotes * 0.02));
  const targets: Plan['targets'] = [];
  for (let index = 0; index < options.quotes; index += 1) {
    const paragraph =
      index < controls ? (deletedList[index % deletedList.length] as number) : Math.floor(next() * count);
    const body = paragraphs[paragraph] as string;
    const offset = Math.floor(next() * Math.max(1, body.length - 90));
    const from = (starts[paragraph] as number) + offset;
    const target = makeTarget(text, from, from + 30 + Math.floor(next() * 50));
    targets.push({ target, paragraph, offset: target.start - (starts[paragraph] as number) });
  }
  return { paragraphs, edited, targets };
}

/** Counts the line breaks of the text in one pass: the cheapest thing any re-anchoring must at least do. */
function scanOnce(text: string): number {
  let breaks = 0;
  for (let at = 0; at < text.length; at += 1) if (text.charCodeAt(at) === 10) breaks += 1;
  return breaks;
}

export function measureReanchor(source: string, options: ReanchorOptions = {}): ReanchorFigures {
  const settings = {
    textBytes: 1 << 20,
    quotes: 1000,
    editShare: 0.03,
    clusterSize: 10,
    deletedShare: 0.005,
    ...options,
  };
  const { paragraphs, edited, targets } = plan(source, settings);
  const kept = edited
    .map((paragraph, index) => ({ paragraph, index }))
    .filter((each): each is { paragraph: string; index: number } => each.paragraph !== null);
  const editedText = kept.map((each) => each.paragraph).join('\n\n');
  const editedStarts = new Map<number, number>();
  kept.reduce((at, each) => (editedStarts.set(each.index, at), at + each.paragraph.length + 2), 0);

  const runs = settings.runs ?? 5;
  const sample = targets.slice(0, settings.globalSample ?? 20);
  const reanchorSamples: number[] = [];
  const scanSamples: number[] = [];
  const globalSamples: number[] = [];
  let results: Target[] = [];
  let checksum = 0;
  for (let run = 0; run < runs; run += 1) {
    let start = performance.now();
    checksum += scanOnce(editedText);
    scanSamples.push(performance.now() - start);
    start = performance.now();
    results = reanchorTargets(
      editedText,
      targets.map((each) => each.target),
    );
    reanchorSamples.push(performance.now() - start);
    start = performance.now();
    for (const { target } of sample) search(editedText, target.exact, Math.floor(target.exact.length * 0.2));
    globalSamples.push((performance.now() - start) / sample.length);
  }
  if (checksum < 0) throw new Error('unreachable');

  let exact = 0;
  let moved = 0;
  let orphans = 0;
  let falseAnchors = 0;
  let controls = 0;
  let controlsOrphaned = 0;
  results.forEach((result, index) => {
    const { paragraph, offset } = targets[index] as Plan['targets'][number];
    const now = edited[paragraph];
    if (now === null || now === undefined) {
      controls += 1;
      if (result.orphaned) controlsOrphaned += 1;
      else falseAnchors += 1;
      return;
    }
    if (result.orphaned) return void (orphans += 1);
    const unchanged = now === paragraphs[paragraph];
    const from = editedStarts.get(paragraph) as number;
    const to = from + now.length;
    if (unchanged && result.start === from + offset) exact += 1;
    else if (!unchanged && result.start >= from && result.end <= to) moved += 1;
    else falseAnchors += 1;
  });
  return {
    megabytes: editedText.length / 1048576,
    quotes: targets.length,
    editedParagraphs: edited.filter((paragraph, index) => paragraph !== null && paragraph !== paragraphs[index]).length,
    deletedParagraphs: edited.filter((paragraph) => paragraph === null).length,
    reanchor: summarise(reanchorSamples),
    linearScan: summarise(scanSamples),
    globalPerQuote: summarise(globalSamples),
    exact,
    moved,
    orphans: orphans + controlsOrphaned,
    controls,
    controlsOrphaned,
    falseAnchors,
  };
}
