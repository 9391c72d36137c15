/** The organisation settings ClaimReview names as author, kept in the settings table under one key. */
import { checkOrganisation, parseOrganisation, type Organisation } from '../../shared/interop';
import type { FactcheckDatabase } from './database';

const ORGANISATION_KEY = 'organisation';

/** A field of the form that cannot be saved, with what to enter instead. */
export class OrganisationInputError extends Error {
  override readonly name = 'OrganisationInputError';
  constructor(readonly problems: Partial<Record<keyof Organisation, string>>) {
    super(Object.values(problems).join(' '));
  }
}

/** The stored settings; empty fields when none are stored (or what is stored is not valid). */
export async function getOrganisation(database: FactcheckDatabase): Promise<Organisation> {
  return parseOrganisation((await database.settings.get(ORGANISATION_KEY))?.value);
}

/** Saves the settings, trimmed; throws OrganisationInputError naming each field that is not valid. */
export async function saveOrganisation(database: FactcheckDatabase, input: Organisation): Promise<Organisation> {
  const { organisation, problems } = checkOrganisation(input);
  if (Object.keys(problems).length > 0) throw new OrganisationInputError(problems);
  await database.settings.put({ key: ORGANISATION_KEY, value: organisation });
  return organisation;
}
