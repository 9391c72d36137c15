/** What the readable report of a document shows, independent of HTML or Markdown: metadata, verdict counts, claims in context with their sources. */
import type { Analyst, ClaimStatus, Stance } from '../model/schema';
import type { RichText } from '../richtext/schema';
import { findStep } from '../scales/presets';
import type { ClaimItem, DocumentView } from './document-view';

/** Characters of the article shown either side of a quote. */
const CONTEXT_CHARS = 120;

export interface ReportSource {
  title: string;
  url: string;
  publisher: string | null;
  stance: Stance;
  quote: string;
  note: string;
  archiveUrl: string | null;
}

export interface ReportVerdict {
  label: string;
  color: string;
}

export interface ReportClaim {
  id: string;
  number: number;
  /** The quote in context: the article text before and after it, whitespace collapsed (one space kept next to the quote), cut at a word. */
  before: string;
  exact: string;
  after: string;
  orphaned: boolean;
  text: string;
  claimant: string;
  claimDate: string | null;
  status: ClaimStatus;
  verdict: ReportVerdict | null;
  rationale: RichText;
  tags: string[];
  sources: ReportSource[];
}

export interface ReportModel {
  title: string;
  url: string | null;
  language: string | null;
  facts: Array<{ label: string; value: string }>;
  counts: Array<{ label: string; color: string | null; count: number }>;
  claims: ReportClaim[];
  generatedAt: string;
  generatedBy: Analyst;
}

function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function contextBefore(text: string, start: number): string {
  const from = Math.max(0, start - CONTEXT_CHARS);
  let part = text.slice(from, start);
  if (from > 0) part = `…${part.replace(/^[\uDC00-\uDFFF]/, '').replace(/^\S*\s+/, '')}`;
  return flat(part).trimStart();
}

function contextAfter(text: string, end: number): string {
  const to = Math.min(text.length, end + CONTEXT_CHARS);
  let part = text.slice(end, to);
  if (to < text.length) part = `${part.replace(/[\uD800-\uDBFF]$/, '').replace(/\s+\S*$/, '')}…`;
  return flat(part).trimEnd();
}

function reportClaim(item: ClaimItem, index: number, view: DocumentView): ReportClaim {
  const { claim } = item;
  const { text } = view.document;
  const orphaned = claim.target.orphaned === true;
  const step = claim.verdict ? findStep(view.scales.get(claim.verdict.scaleId), claim.verdict.stepId) : null;
  return {
    id: claim.id,
    number: index + 1,
    before: orphaned ? flat(claim.target.prefix) : contextBefore(text, claim.target.start),
    exact: claim.target.exact,
    after: orphaned ? flat(claim.target.suffix) : contextAfter(text, claim.target.end),
    orphaned,
    text: claim.text.trim(),
    claimant: claim.claimant.trim(),
    claimDate: claim.claimDate,
    status: claim.status,
    verdict: step ? { label: step.label, color: step.color } : null,
    rationale: claim.rationale,
    tags: claim.tags,
    sources: item.evidence.map(({ evidence, source }) => ({
      title: source.title.trim() || source.url,
      url: source.url,
      publisher: source.publisher,
      stance: evidence.stance,
      quote: evidence.quote.trim(),
      note: evidence.note.trim(),
      archiveUrl: source.archiveUrl,
    })),
  };
}

/** Verdict counts: the document scale's steps in order (those used), other labels after, claims without a verdict last. */
function verdictCounts(claims: readonly ReportClaim[], view: DocumentView): ReportModel['counts'] {
  const counts = new Map<string, { label: string; color: string | null; count: number }>();
  for (const step of view.scales.get(view.document.scaleId)?.steps ?? [])
    counts.set(step.label, { label: step.label, color: step.color, count: 0 });
  let none = 0;
  for (const claim of claims) {
    if (!claim.verdict) none += 1;
    else {
      const entry = counts.get(claim.verdict.label) ?? {
        label: claim.verdict.label,
        color: claim.verdict.color,
        count: 0,
      };
      entry.count += 1;
      counts.set(claim.verdict.label, entry);
    }
  }
  const used = [...counts.values()].filter((entry) => entry.count > 0);
  return none > 0 ? [...used, { label: 'No verdict', color: null, count: none }] : used;
}

/** The report of a document as of `now`, made by `by`. */
export function reportModel(view: DocumentView, by: Analyst, now: Date = new Date()): ReportModel {
  const { document } = view;
  const claims = view.claims.map((item, index) => reportClaim(item, index, view));
  const facts: ReportModel['facts'] = [];
  const add = (label: string, value: string | null) => {
    if (value && value.trim()) facts.push({ label, value: value.trim() });
  };
  add('Outlet', document.outlet);
  add('Author', document.author);
  add('Published', document.publishedAt);
  add('Language', document.language);
  add('Claims', String(claims.length));
  add('Text SHA-256', document.textHash);
  return {
    title: document.title.trim() || 'Untitled document',
    url: document.url,
    language: document.language,
    facts,
    counts: verdictCounts(claims, view),
    claims,
    generatedAt: now.toISOString(),
    generatedBy: by,
  };
}
