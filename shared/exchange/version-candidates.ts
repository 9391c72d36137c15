/**
 * Which library documents an incoming article may be another version of, so the analyst can confirm
 * before its claims are re-anchored: the same URL, the same title, or text that shares many passages.
 */
import type { FactDocument } from '../model/schema';

export type VersionReason = 'url' | 'title' | 'text';

export interface VersionCandidate {
  documentId: string;
  title: string;
  reason: VersionReason;
  /** Share of sampled passages of the incoming text found word for word in this document (0-1). */
  overlap: number;
}

export interface VersionQuestion {
  /** The incoming document's id in the file. */
  incomingId: string;
  title: string;
  claimCount: number;
  /** Best first; the first one is what the app proposes. */
  candidates: VersionCandidate[];
}

/** How many passages of the incoming text are looked for, and how long each one is. */
const SAMPLES = 24;
const SAMPLE_LENGTH = 48;
/** Below this share of shared passages, a document with another URL and title is not proposed. */
export const TEXT_OVERLAP_THRESHOLD = 0.3;

function normalisedTitle(title: string): string {
  return title.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Evenly spaced passages of a text, whitespace-normalised so re-wrapped copies still compare equal. */
function samplePassages(text: string): string[] {
  const flat = text.replace(/\s+/g, ' ');
  if (flat.length <= SAMPLE_LENGTH) return flat.trim() ? [flat] : [];
  const step = (flat.length - SAMPLE_LENGTH) / Math.max(1, SAMPLES - 1);
  const passages = new Set<string>();
  for (let i = 0; i < SAMPLES; i += 1) {
    const start = Math.round(i * step);
    passages.add(flat.slice(start, start + SAMPLE_LENGTH));
  }
  return [...passages];
}

/** The share of the incoming text's sampled passages that occur word for word in the other text. */
export function textOverlap(incoming: string, local: string): number {
  const passages = samplePassages(incoming);
  if (passages.length === 0) return 0;
  const haystack = local.replace(/\s+/g, ' ');
  return passages.filter((passage) => haystack.includes(passage)).length / passages.length;
}

const REASON_RANK: Record<VersionReason, number> = { url: 0, title: 1, text: 2 };

/**
 * For every incoming document whose exact text is not in the library, the live library documents it
 * may be a version of. Documents with an exact copy, or with no plausible candidate, ask no question.
 */
export function findVersionCandidates(
  incoming: ReadonlyArray<Pick<FactDocument, 'id' | 'title' | 'url' | 'text' | 'textHash'>>,
  library: ReadonlyArray<Pick<FactDocument, 'id' | 'title' | 'url' | 'text' | 'textHash' | 'deleted'>>,
  claimCounts: ReadonlyMap<string, number>,
): VersionQuestion[] {
  const hashes = new Set(library.map((document) => document.textHash));
  const live = library.filter((document) => !document.deleted);
  const questions: VersionQuestion[] = [];
  for (const document of incoming) {
    if (hashes.has(document.textHash)) continue;
    const url = document.url?.trim();
    const title = normalisedTitle(document.title);
    const candidates: VersionCandidate[] = [];
    for (const local of live) {
      const overlap = textOverlap(document.text, local.text);
      const reason: VersionReason | null =
        url && local.url?.trim() === url
          ? 'url'
          : title && normalisedTitle(local.title) === title
            ? 'title'
            : overlap >= TEXT_OVERLAP_THRESHOLD
              ? 'text'
              : null;
      if (reason) candidates.push({ documentId: local.id, title: local.title, reason, overlap });
    }
    if (candidates.length === 0) continue;
    candidates.sort(
      (a, b) =>
        REASON_RANK[a.reason] - REASON_RANK[b.reason] ||
        b.overlap - a.overlap ||
        (a.documentId < b.documentId ? -1 : 1),
    );
    questions.push({
      incomingId: document.id,
      title: document.title,
      claimCount: claimCounts.get(document.id) ?? 0,
      candidates,
    });
  }
  return questions;
}
