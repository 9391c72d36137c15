/**
 * Who wrote an imported annotation and when, as the claim keeps them: a W3C `creator` (an IRI, an agent
 * with `id`, `name` or `nickname`, or a list of them) or Hypothesis's `user` and display name becomes an
 * analyst; `created`/`modified` (Hypothesis: `updated`) become the claim's dates.
 *
 * The analyst's id is stable, so every import of the same author gives the same analyst: the UUID itself
 * for a `urn:uuid:` creator (our own export names analysts so), else a version-8 UUID from the SHA-256 of
 * `annotation-creator:` and the creator's IRI (or `annotation-creator-name:` and the name when there is
 * no IRI). docs/interop.md documents the rule.
 */
import type { Analyst } from '../model/schema';
import { uuidFor, uuidFromUrn } from './identifiers';
import { idOf, list } from './w3c-selectors';
import { isObject } from './w3c-read';

const MAX_NAME = 200;

function firstText(value: unknown): string | null {
  const found = list(value).find((item): item is string => typeof item === 'string' && item.trim().length > 0);
  return found ? found.trim() : null;
}

/** A readable name for an IRI: the account of `acct:` and `mailto:` IRIs, else the IRI itself. */
function nameFromIri(iri: string): string {
  const account = /^(?:acct|mailto):([^@]+)(?:@.*)?$/i.exec(iri);
  return account ? (account[1] as string) : iri;
}

/** The analyst an author stands for, from its IRI and/or name; null when it gives neither. */
export function analystFor(iri: string | null, name: string | null): Analyst | null {
  const cleanIri = iri?.trim() || null;
  const cleanName = name?.trim() || null;
  if (!cleanIri && !cleanName) return null;
  const id =
    (cleanIri && uuidFromUrn(cleanIri)) ??
    (cleanIri ? uuidFor(`annotation-creator:${cleanIri}`) : uuidFor(`annotation-creator-name:${cleanName}`));
  return { id, name: (cleanName ?? nameFromIri(cleanIri as string)).slice(0, MAX_NAME) };
}

/** The analyst of a W3C agent (the first of a list that names someone). */
export function analystFromAgent(agent: unknown): Analyst | null {
  for (const item of list(agent)) {
    if (typeof item === 'string') {
      const analyst = analystFor(item, null);
      if (analyst) return analyst;
    } else if (isObject(item)) {
      const analyst = analystFor(idOf(item), firstText(item['name']) ?? firstText(item['nickname']));
      if (analyst) return analyst;
    }
  }
  return null;
}

/** An ISO date-time as the records store it (UTC, milliseconds), or null for anything that is not a date. */
export function isoDateTime(value: unknown): string | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}(T|\s|$)/.test(value.trim())) return null;
  const date = new Date(value.trim());
  const time = date.getTime();
  // Years 0-9999 only: the record schema's ISO form has four digits.
  return Number.isNaN(time) || time < -62167219200000 || time > 253402300799999 ? null : date.toISOString();
}
