/**
 * The re-anchoring benchmark's workload: 1,000 quotes on a 1 MB article made of the sample's paragraphs
 * (numbered, so passages repeat only as look-alikes), the article edited in a few percent of its
 * paragraphs, and the time to re-anchor them all against a global approximate search per quote.
 */
import search from 'approx-string-match';
import { makeTarget, reanchorTargets, type Target } from '../shared';

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function edit(paragraph: string, next: () => number): string {
  const words = paragraph.split(' ');
  const at = 1 + Math.floor(next() * (words.length - 1));
  const kind = next();
  if (kind < 0.4) words.splice(at, 0, 'reportedly');
  else if (kind < 0.7) words.splice(at, 1);
  else words[at] = `${words[at]?.slice(0, -1) ?? ''}x`;
  return words.join(' ');
}

export interface ReanchorFigures {
  megabytes: number;
  quotes: number;
  editedParagraphs: number;
  reanchor: number;
  globalPerQuote: number;
  exact: number;
  moved: number;
  orphans: number;
  falseAnchors: number;
}

export function measureReanchor(article: string, quotes = 1000, editShare = 0.03): ReanchorFigures {
  const next = random(11);
  const source = article.split('\n\n').filter((paragraph) => paragraph.length > 80);
  const paragraphs: string[] = [];
  for (let index = 0, size = 0; size < 1_000_000; index += 1) {
    const paragraph = `${index}. ${(source[index % source.length] as string).replace(/\d+/g, String(index))}`;
    paragraphs.push(paragraph);
    size += paragraph.length + 2;
  }
  const text = paragraphs.join('\n\n');
  const starts: number[] = [];
  paragraphs.reduce((at, paragraph) => (starts.push(at), at + paragraph.length + 2), 0);
  const targets: Array<{ target: Target; paragraph: number; offset: number }> = [];
  for (let index = 0; index < quotes; index += 1) {
    const paragraph = Math.floor(next() * paragraphs.length);
    const body = paragraphs[paragraph] as string;
    const offset = Math.floor(next() * Math.max(1, body.length - 90));
    const target = makeTarget(text, (starts[paragraph] as number) + offset, (starts[paragraph] as number) + offset + 30 + Math.floor(next() * 50));
    targets.push({ target, paragraph, offset: target.start - (starts[paragraph] as number) });
  }
  const edited = paragraphs.map((paragraph) => (next() < editShare ? edit(paragraph, next) : paragraph));
  const editedText = edited.join('\n\n');
  const editedStarts: number[] = [];
  edited.reduce((at, paragraph) => (editedStarts.push(at), at + paragraph.length + 2), 0);

  const begin = performance.now();
  const results = reanchorTargets(editedText, targets.map((each) => each.target));
  const reanchor = performance.now() - begin;
  const sample = targets.slice(0, 25);
  const globalBegin = performance.now();
  for (const { target } of sample) search(editedText, target.exact, Math.floor(target.exact.length * 0.2));
  const globalPerQuote = (performance.now() - globalBegin) / sample.length;

  let exact = 0;
  let moved = 0;
  let orphans = 0;
  let falseAnchors = 0;
  results.forEach((result, index) => {
    const { paragraph, offset } = targets[index] as { paragraph: number; offset: number };
    if (result.orphaned) return void (orphans += 1);
    const unchanged = edited[paragraph] === paragraphs[paragraph];
    const from = editedStarts[paragraph] as number;
    const to = from + (edited[paragraph] as string).length;
    if (unchanged && result.start === from + offset) exact += 1;
    else if (!unchanged && result.start >= from && result.end <= to) moved += 1;
    else falseAnchors += 1;
  });
  return { megabytes: editedText.length / 1048576, quotes, editedParagraphs: edited.filter((paragraph, index) => paragraph !== paragraphs[index]).length, reanchor, globalPerQuote, exact, moved, orphans, falseAnchors };
}
