/**
 * Turns an annotation file (W3C or Hypothesis, see w3c-read.ts) into claims of one document: each
 * annotation placed in the text (w3c-anchor.ts), its texts as wording, verdict, rationale and tags, its
 * linked resources as evidence, its author and dates kept. The same annotation imported again is the
 * same claim (annotation-ids.ts) and is skipped. Invalid annotations are reported one by one, and those
 * that cannot be placed (page notes, replies, another page's) are counted by reason; the rest import.
 */
import { createdSync } from '../model/record-sync';
import type { Problem } from '../exchange/problems';
import { newId } from '../model/ids';
import { newClaim, newEvidence, newSource } from '../model/new-records';
import type { Claim, Evidence, FactDocument, Source, Verdict, VerdictScale } from '../model/schema';
import { analystOf, writerIdOf, type Author, type Stamped } from '../model/stamp';
import { richTextFromPlain } from '../richtext/convert';
import type { RichNode, RichText } from '../richtext/schema';
import { claimIdFor, exportedClaimUuids } from './annotation-ids';
import { parseHypothesisAnnotation } from './hypothesis-parse';
import { exportUrl, uuidFor } from './identifiers';
import { richTextFromHtml } from './rich-text-html';
import { sourceKey } from './source-url';
import { anchorAnnotations } from './w3c-anchor';
import { idOf, parseAnnotation, type ParsedAnnotation, type ParsedText } from './w3c-parse';
import { readW3cFile, type AnnotationFileKind, type FoundAnnotation } from './w3c-read';

export interface AnnotationImportContext {
  document: FactDocument;
  /** The scale verdict labels are matched against (the document's). */
  scale: VerdictScale | undefined;
  /** Who imports: the author of annotations that name none, and the writer of their records. */
  analyst: Author;
  /** Claim ids in use anywhere. */
  takenClaimIds: ReadonlySet<string>;
  /** Every claim id of this document, deleted ones too: an annotation whose claim is here is skipped. */
  documentClaimIds: ReadonlySet<string>;
  /** Sources the library has, by URL: a linked resource with the same URL reuses the source. */
  sourcesByUrl: ReadonlyMap<string, Source>;
  /** Source ids in use (deleted ones too): a new source takes an id derived from its URL unless it is taken. */
  takenSourceIds?: ReadonlySet<string>;
  now?: Date;
}

export interface AnnotationProblem {
  /** 1-based position of the annotation in the file. */
  number: number;
  id: string | null;
  path: string;
  message: string;
}

export type NotPlacedReason = 'page-note' | 'reply' | 'no-text' | 'other-source';

export interface NotPlaced extends AnnotationProblem {
  reason: NotPlacedReason;
}

export interface AnnotationImport {
  kind: AnnotationFileKind;
  total: number;
  /** Claims placed on the text (those in `otherSourceAnchored` too). */
  anchored: number;
  /** Claims placed on their quote although their annotation names another page. */
  otherSourceAnchored: number;
  orphans: number;
  /** Annotations whose claim is already in the document (imported before, or deleted since). */
  skipped: number;
  /** Annotations that appear more than once in the file: the later copies. */
  repeated: number;
  notPlaced: NotPlaced[];
  /** The other pages the annotations name (the first few). */
  otherSources: string[];
  /** Annotations the file says exist but does not hold. */
  missing: number | null;
  notes: string[];
  claims: Claim[];
  /** New sources only; evidence may also point at sources the library has. */
  sources: Source[];
  evidence: Evidence[];
  problems: AnnotationProblem[];
  /** Linked resources left out because they are not http(s) links. */
  droppedLinks: number;
}

export type AnnotationImportResult = { ok: true; imported: AnnotationImport } | { ok: false; problems: Problem[] };

const MAX_RATIONALE = 100_000;
const MAX_OTHER_SOURCES = 5;

function normalised(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

function verdictFor(label: string, scale: VerdictScale | undefined): Verdict | null {
  const wanted = normalised(label);
  const step = scale?.steps.find((candidate) => normalised(candidate.label) === wanted || candidate.id === wanted);
  return scale && step ? { scaleId: scale.id, stepId: step.id } : null;
}

/** The blocks of one comment: its HTML in the rationale subset (formatting and http(s) links kept), or its text as paragraphs. */
function commentBlocks(comment: ParsedText): RichNode[] {
  const rich = comment.html === null ? null : richTextFromHtml(comment.html);
  return (rich && (rich.content?.length ?? 0) > 0 ? rich : richTextFromPlain(comment.value)).content ?? [];
}

/** The comments, then the other texts, as one rationale; texts too long for it are cut. */
function rationaleOf(comments: readonly ParsedText[], notes: readonly string[]): RichText {
  const plainLength = comments.reduce((sum, comment) => sum + comment.value.length, 0) + notes.join('\n\n').length;
  if (plainLength > MAX_RATIONALE) {
    return richTextFromPlain(
      [...comments.map((comment) => comment.value), ...notes].join('\n\n').slice(0, MAX_RATIONALE),
    );
  }
  const content = [...comments.flatMap(commentBlocks), ...(richTextFromPlain(notes.join('\n\n')).content ?? [])];
  return { type: 'doc', content };
}

/** The claim fields the annotation gives: wording (describing), verdict (assessing), tags, claimant, and the rest as rationale. */
function claimFields(
  annotation: ParsedAnnotation,
  scale: VerdictScale | undefined,
): Pick<Claim, 'text' | 'verdict' | 'rationale' | 'tags' | 'claimant'> {
  const wording: string[] = [];
  const comments: ParsedText[] = [];
  const notes: string[] = [];
  const tags = new Set<string>();
  let verdict: Verdict | null = null;
  for (const body of annotation.texts) {
    const { purposes, value } = body;
    if (purposes.includes('assessing')) {
      const found: Verdict | null = verdict ? null : verdictFor(value, scale);
      if (found) verdict = found;
      else notes.push(`Verdict in the imported annotation: ${value}`);
    } else if (purposes.includes('describing')) wording.push(value);
    else if (purposes.includes('tagging') || purposes.includes('classifying')) {
      if (value.length <= 100 && tags.size < 100) tags.add(value);
    } else if (purposes.includes('commenting') || purposes.length === 0) comments.push(body);
    else notes.push(value);
  }
  return {
    text: wording.join(' ').slice(0, 5000),
    verdict,
    rationale: rationaleOf(comments, notes),
    tags: [...tags],
    claimant: (annotation.claimant ?? '').slice(0, 500),
  };
}

/**
 * Who wrote the annotation and when, as the records keep it: its author's stamp, or the importing
 * analyst's now. When the file gives both author and date, the records' first write is the author's, so
 * every analyst who imports the file makes the same records and they merge as one; otherwise it is the
 * importing analyst's, and differing copies meet as concurrent edits.
 */
function authorStamp(annotation: ParsedAnnotation, context: AnnotationImportContext, now: Date): Stamped {
  const author = annotation.creator ?? analystOf(context.analyst);
  const createdAt = annotation.created ?? now.toISOString();
  const updatedAt = annotation.modified && annotation.modified > createdAt ? annotation.modified : createdAt;
  const writer = annotation.creator && annotation.created ? author.id : writerIdOf(context.analyst);
  return { createdAt, createdBy: author, updatedAt, updatedBy: author, rev: 1, sync: createdSync(writer) };
}

function parseFound(found: FoundAnnotation) {
  return found.dialect === 'hypothesis' ? parseHypothesisAnnotation(found.value) : parseAnnotation(found.value);
}

/** Reads `fileText` and makes the records that import it into `context.document`. Fails only when the file as a whole cannot be read. */
export function importAnnotationFile(
  fileText: string,
  context: AnnotationImportContext,
  byteLength?: number,
): AnnotationImportResult {
  const read = readW3cFile(fileText, byteLength);
  if (!read.ok) return read;
  if (read.annotations.length === 0)
    return { ok: false, problems: [{ path: '$', message: 'the file holds no annotations' }] };
  const now = context.now ?? new Date();
  const result: AnnotationImport = {
    kind: read.kind,
    total: read.annotations.length,
    anchored: 0,
    otherSourceAnchored: 0,
    orphans: 0,
    skipped: 0,
    repeated: 0,
    notPlaced: [],
    otherSources: [],
    missing: read.missing,
    notes: read.notes,
    claims: [],
    sources: [],
    evidence: [],
    problems: [],
    droppedLinks: 0,
  };
  const { document } = context;
  const ids = {
    documentClaimIds: context.documentClaimIds,
    documentClaimUuids: exportedClaimUuids(context.documentClaimIds),
    takenClaimIds: context.takenClaimIds,
  };
  const seen = new Set<string>();
  const valid: Array<{ annotation: ParsedAnnotation; claimId: string; number: number; path: string }> = [];
  read.annotations.forEach((found, index) => {
    const number = index + 1;
    const parsed = parseFound(found);
    if (!parsed.ok) {
      result.problems.push({ number, id: idOf(found.value), path: found.path, message: parsed.message });
      return;
    }
    const { annotation } = parsed;
    if (seen.has(annotation.key)) {
      result.repeated += 1;
      return;
    }
    seen.add(annotation.key);
    if (annotation.unplaceable) {
      const { reason, message } = annotation.unplaceable;
      result.notPlaced.push({ number, id: annotation.id, path: found.path, reason, message });
      return;
    }
    const claimId = claimIdFor(annotation.key, document.id, ids);
    if (claimId.exists) result.skipped += 1;
    else valid.push({ annotation, claimId: claimId.id, number, path: found.path });
  });
  const outcomes = anchorAnnotations(
    document,
    valid.map((item) => item.annotation),
  );
  // Sources are matched on the normal form of their URL, as exports write it.
  const sources = new Map(
    [...context.sourcesByUrl.values()].map((source) => [exportUrl(source.url) ?? source.url, source]),
  );
  const otherSources = new Set<string>();
  valid.forEach(({ annotation, claimId, number, path }, index) => {
    const outcome = outcomes[index];
    if (outcome?.otherSource)
      otherSources.add(
        annotation.sourceTitle ? `“${annotation.sourceTitle}”, ${outcome.otherSource}` : outcome.otherSource,
      );
    if (!outcome?.ok) {
      const message = outcome?.message ?? 'it could not be placed';
      if (outcome?.otherSource)
        result.notPlaced.push({ number, id: annotation.id, path, reason: 'other-source', message });
      else result.problems.push({ number, id: annotation.id, path, message });
      return;
    }
    const stamp = authorStamp(annotation, context, now);
    const claim: Claim = {
      ...newClaim(document.id, outcome.target, stamp.createdBy, now),
      ...claimFields(annotation, context.scale),
      ...stamp,
      id: claimId,
    };
    result.claims.push(claim);
    if (outcome.target.orphaned) result.orphans += 1;
    else result.anchored += 1;
    if (outcome.otherSource) result.otherSourceAnchored += 1;
    result.droppedLinks += annotation.droppedLinks;
    annotation.links.forEach((link, linkIndex) => {
      const key = exportUrl(link.url) ?? link.url;
      let source = sources.get(key);
      if (!source) {
        const derived = uuidFor(`source:${sourceKey(key)}`);
        source = {
          ...newSource(link.url, link.title || link.url, stamp.createdBy, now),
          ...stamp,
          id: context.takenSourceIds?.has(derived) ? newId() : derived,
          accessedAt: stamp.createdAt,
          archiveUrl: link.archiveUrl,
        };
        sources.set(key, source);
        result.sources.push(source);
      }
      result.evidence.push({
        ...newEvidence(claim.id, source.id, link.stance ?? 'context', stamp.createdBy, now),
        ...stamp,
        id: uuidFor(`evidence:${claim.id}:${linkIndex}`),
        quote: link.quote.slice(0, 20_000),
        note: link.note.slice(0, 20_000),
      });
    });
  });
  result.otherSources = [...otherSources].slice(0, MAX_OTHER_SOURCES);
  if (otherSources.size > 0 && !document.url)
    result.notes.push(
      'the document has no URL to compare the annotations’ pages with; give it its URL (Details… in the app) so that annotations made on it are placed as its own',
    );
  result.problems.sort((a, b) => a.number - b.number);
  result.notPlaced.sort((a, b) => a.number - b.number);
  return { ok: true, imported: result };
}
