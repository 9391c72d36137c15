/**
 * Writes a document's claims as a Hypothesis JSON export, the file Hypothesis's client imports (its
 * `readExportFile` reads `{export_date, export_userid, client_version, annotations}`; its import keeps
 * each annotation's `target`, `text`, `tags`, `uri`, `document` and `permissions`). Hypothesis has no
 * verdict, claimant or evidence fields, so the text carries them in Markdown ahead of the rationale; the
 * quote and its UTF-16 position (Hypothesis counts positions in UTF-16 units) are the selectors.
 */
import { GENERATOR } from '../exchange/create-bundle';
import { STANCE_WORDS } from '../model/labels';
import type { Analyst } from '../model/schema';
import { isRichTextEmpty } from '../richtext/convert';
import { findStep } from '../scales/presets';
import type { ClaimItem, DocumentView } from './document-view';
import { exportUrl, uuidFor } from './identifiers';
import { jsonForEmbedding } from './json-text';
import { escapeMarkdown, markdownLines, markdownLink, richTextToMarkdown } from './markdown-text';
import { documentSourceIri } from './w3c-export';

/** The authority our users' `acct:` ids are under: no Hypothesis server, a name that cannot resolve. */
export const HYPOTHESIS_AUTHORITY = 'factcheck-desk.invalid';

export interface HypothesisSelectorQuote {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface HypothesisSelectorPosition {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface HypothesisAnnotation {
  id: string;
  created: string;
  updated: string;
  user: string;
  uri: string;
  text: string;
  tags: string[];
  group: string;
  permissions: { read: string[]; admin: string[]; update: string[]; delete: string[] };
  target: Array<{ source: string; selector: Array<HypothesisSelectorQuote | HypothesisSelectorPosition> }>;
  document: { title: string[] };
  links: Record<string, string>;
  user_info: { display_name: string };
  hidden: boolean;
  flagged: boolean;
}

export interface HypothesisExport {
  export_date: string;
  export_userid: string;
  client_version: string;
  annotations: HypothesisAnnotation[];
}

/** An `acct:` id for an analyst: the name reduced to the characters Hypothesis allows in a user name. */
export function hypothesisUser(analyst: Analyst): string {
  const name = analyst.name
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9._]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 30);
  return `acct:${name.length >= 3 ? name : `analyst_${uuidFor(analyst.id).slice(0, 8)}`}@${HYPOTHESIS_AUTHORITY}`;
}

/** The annotation's text: verdict, wording, claimant and sources as Markdown lines, then the rationale. */
function claimText({ claim, evidence }: ClaimItem, view: Pick<DocumentView, 'scales'>): string {
  const step = claim.verdict ? findStep(view.scales.get(claim.verdict.scaleId), claim.verdict.stepId) : null;
  const facts = [
    step ? `**Verdict:** ${escapeMarkdown(step.label)}` : null,
    claim.text.trim() ? `**Claim:** ${markdownLines(claim.text)}` : null,
    claim.claimant.trim() ? `**Claimant:** ${escapeMarkdown(claim.claimant.trim())}` : null,
  ].filter((line): line is string => line !== null);
  const parts = facts.length > 0 ? [facts.join('\\\n')] : [];
  if (!isRichTextEmpty(claim.rationale)) parts.push(richTextToMarkdown(claim.rationale));
  const sources = evidence
    .filter((link) => exportUrl(link.source.url))
    .map(({ evidence: link, source }) => {
      const note = link.note.trim() ? `: ${markdownLines(link.note)}` : '';
      return `- ${markdownLink(source.url, source.title || source.url)} (${STANCE_WORDS[link.stance]})${note}`;
    });
  if (sources.length > 0) parts.push(`**Sources:**\n\n${sources.join('\n')}`);
  return parts.join('\n\n');
}

function hypothesisAnnotation(item: ClaimItem, view: DocumentView, uri: string): HypothesisAnnotation {
  const { claim } = item;
  const user = hypothesisUser(claim.createdBy);
  const selector: HypothesisAnnotation['target'][number]['selector'] = [
    { type: 'TextQuoteSelector', exact: claim.target.exact, prefix: claim.target.prefix, suffix: claim.target.suffix },
  ];
  if (!claim.target.orphaned)
    selector.push({ type: 'TextPositionSelector', start: claim.target.start, end: claim.target.end });
  return {
    id: uuidFor(claim.id),
    created: claim.createdAt,
    updated: claim.updatedAt,
    user,
    uri,
    text: claimText(item, view),
    tags: [...claim.tags],
    group: '__world__',
    permissions: { read: ['group:__world__'], admin: [user], update: [user], delete: [user] },
    target: [{ source: uri, selector }],
    document: { title: [view.document.title] },
    links: {},
    user_info: { display_name: claim.createdBy.name },
    hidden: false,
    flagged: false,
  };
}

/** The Hypothesis export of a document: one annotation per live claim, as its client's Import reads them. */
export function hypothesisExport(view: DocumentView, by: Analyst, now: Date = new Date()): HypothesisExport {
  const uri = exportUrl(view.document.url) ?? documentSourceIri(view.document);
  return {
    export_date: now.toISOString(),
    export_userid: hypothesisUser(by),
    client_version: GENERATOR,
    annotations: view.claims.map((item) => hypothesisAnnotation(item, view, uri)),
  };
}

/** The export as file text, indented unless it holds thousands of annotations. */
export function serialiseHypothesisExport(file: HypothesisExport): string {
  return jsonForEmbedding(file, file.annotations.length <= 1000);
}
