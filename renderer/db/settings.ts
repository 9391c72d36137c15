/** Settings kept in the database: the analyst profile and first-run markers. */
import type { Analyst } from '../../shared';
import { analystSchema, newId } from '../../shared';
import type { FactcheckDatabase } from './database';

const ANALYST_KEY = 'analyst';

export async function getAnalyst(database: FactcheckDatabase): Promise<Analyst | null> {
  const record = await database.settings.get(ANALYST_KEY);
  const parsed = analystSchema.safeParse(record?.value);
  return parsed.success ? parsed.data : null;
}

/** Saves the analyst's name, keeping the id the profile already has. */
export async function saveAnalystName(database: FactcheckDatabase, name: string): Promise<Analyst> {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (trimmed.length === 0) throw new Error('Enter your name; it is stamped on every claim you make or change.');
  const existing = await getAnalyst(database);
  const analyst: Analyst = { id: existing?.id ?? newId(), name: trimmed.slice(0, 200) };
  await database.settings.put({ key: ANALYST_KEY, value: analyst });
  return analyst;
}

export async function getFlag(database: FactcheckDatabase, key: string): Promise<boolean> {
  return (await database.settings.get(key))?.value === true;
}

export async function setFlag(database: FactcheckDatabase, key: string): Promise<void> {
  await database.settings.put({ key, value: true });
}
