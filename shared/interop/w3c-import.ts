/**
 * Turns a W3C annotation file into claims of one document: each annotation anchored through the
 * re-anchoring pipeline, text bodies as wording, verdict, rationale and tags, linked resources as
 * evidence. Invalid annotations are reported one by one and the valid ones are still imported; the
 * result is also said in words (how many anchored, how many became orphans, which were left out).
 */
import type { Problem } from '../exchange/problems';
import { newClaim, newEvidence, newSource } from '../model/new-records';
import type { Analyst, Claim, Evidence, FactDocument, Source, Verdict, VerdictScale } from '../model/schema';
import { richTextFromPlain } from '../richtext/convert';
import type { RichNode, RichText } from '../richtext/schema';
import { exportUrl, uuidFromUrn } from './identifiers';
import { richTextFromHtml } from './rich-text-html';
import { anchorAnnotations } from './w3c-anchor';
import { idOf, parseAnnotation, type ParsedAnnotation, type ParsedText } from './w3c-parse';
import { readW3cFile } from './w3c-read';

export interface AnnotationImportContext {
  document: FactDocument;
  /** The scale verdict labels are matched against (the document's). */
  scale: VerdictScale | undefined;
  analyst: Analyst;
  /** Claim ids in use anywhere: a claim keeps its annotation's UUID unless it is taken. */
  takenClaimIds: ReadonlySet<string>;
  /** Live claims of this document: an annotation with one of their UUIDs is already here and skipped. */
  documentClaimIds: ReadonlySet<string>;
  /** Sources the library has, by URL: a linked resource with the same URL reuses the source. */
  sourcesByUrl: ReadonlyMap<string, Source>;
  now?: Date;
}

export interface AnnotationProblem {
  /** 1-based position of the annotation in the file. */
  number: number;
  id: string | null;
  path: string;
  message: string;
}

export interface AnnotationImport {
  total: number;
  anchored: number;
  orphans: number;
  /** Annotations whose claim is already in the document (same UUID). */
  skipped: number;
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
    else if (purposes.includes('tagging')) {
      if (value.length <= 100 && tags.size < 100) tags.add(value);
    } else if (purposes.includes('commenting')) comments.push(body);
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

function claimIdFor(annotation: ParsedAnnotation, context: AnnotationImportContext, used: Set<string>): string | null {
  const uuid = annotation.id ? uuidFromUrn(annotation.id) : null;
  return uuid && !context.takenClaimIds.has(uuid) && !used.has(uuid) ? uuid : null;
}

/** Reads `fileText` and makes the records that import it into `context.document`. Fails only when the file as a whole cannot be read. */
export function importW3cAnnotations(
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
    total: read.annotations.length,
    anchored: 0,
    orphans: 0,
    skipped: 0,
    claims: [],
    sources: [],
    evidence: [],
    problems: [],
    droppedLinks: 0,
  };
  const valid: Array<{ annotation: ParsedAnnotation; number: number; path: string }> = [];
  read.annotations.forEach((found, index) => {
    const parsed = parseAnnotation(found.value);
    const id = parsed.ok ? parsed.annotation.id : typeof found.value === 'object' ? idOf(found.value) : null;
    if (!parsed.ok) result.problems.push({ number: index + 1, id, path: found.path, message: parsed.message });
    else if (id && context.documentClaimIds.has(uuidFromUrn(id) ?? '')) result.skipped += 1;
    else valid.push({ annotation: parsed.annotation, number: index + 1, path: found.path });
  });
  const outcomes = anchorAnnotations(
    context.document.text,
    valid.map((item) => item.annotation),
  );
  // Sources are matched on the normal form of their URL, as exports write it.
  const sources = new Map(
    [...context.sourcesByUrl.values()].map((source) => [exportUrl(source.url) ?? source.url, source]),
  );
  const usedIds = new Set<string>();
  valid.forEach(({ annotation, number, path }, index) => {
    const outcome = outcomes[index];
    if (!outcome?.ok) {
      result.problems.push({ number, id: annotation.id, path, message: outcome?.message ?? 'it could not be placed' });
      return;
    }
    const claim: Claim = {
      ...newClaim(context.document.id, outcome.target, context.analyst, now),
      ...claimFields(annotation, context.scale),
    };
    claim.id = claimIdFor(annotation, context, usedIds) ?? claim.id;
    usedIds.add(claim.id);
    result.claims.push(claim);
    if (outcome.target.orphaned) result.orphans += 1;
    else result.anchored += 1;
    result.droppedLinks += annotation.droppedLinks;
    for (const link of annotation.links) {
      const key = exportUrl(link.url) ?? link.url;
      let source = sources.get(key);
      if (!source) {
        source = { ...newSource(link.url, link.title || link.url, context.analyst, now), archiveUrl: link.archiveUrl };
        sources.set(key, source);
        result.sources.push(source);
      }
      result.evidence.push({
        ...newEvidence(claim.id, source.id, link.stance ?? 'context', context.analyst, now),
        quote: link.quote.slice(0, 20_000),
        note: link.note.slice(0, 20_000),
      });
    }
  });
  result.problems.sort((a, b) => a.number - b.number);
  return { ok: true, imported: result };
}

function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

/** One sentence for a notice or the command line. */
export function describeAnnotationImport(imported: AnnotationImport): string {
  const added = imported.claims.length;
  const parts = [
    `Imported ${count(added, 'claim')} from ${count(imported.total, 'annotation')}: ${imported.anchored} anchored, ${count(imported.orphans, 'orphan')}${imported.orphans > 0 ? ' (kept with their quotes, not placed in the text)' : ''}.`,
  ];
  if (imported.skipped > 0)
    parts.push(`${count(imported.skipped, 'annotation was', 'annotations were')} already in the document.`);
  if (imported.problems.length > 0)
    parts.push(`${count(imported.problems.length, 'invalid annotation was', 'invalid annotations were')} left out.`);
  if (imported.droppedLinks > 0)
    parts.push(
      `${count(imported.droppedLinks, 'link that is not http(s) was', 'links that are not http(s) were')} dropped.`,
    );
  return parts.join(' ');
}

/** One line per invalid annotation: which one (number, id, place in the file) and what is wrong with it. */
export function annotationProblemLines(problems: readonly AnnotationProblem[]): string[] {
  return problems.map(
    (problem) =>
      `Annotation ${problem.number}${problem.id ? ` (${problem.id})` : ''} at ${problem.path}: ${problem.message}`,
  );
}
