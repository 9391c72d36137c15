/** Settings kept in the database: the analyst profile (see identity.ts) and first-run markers. */
import type { FactcheckDatabase } from './database';

export { getAnalyst, saveAnalystName } from './identity';

export async function getFlag(database: FactcheckDatabase, key: string): Promise<boolean> {
  return (await database.settings.get(key))?.value === true;
}

export async function setFlag(database: FactcheckDatabase, key: string): Promise<void> {
  await database.settings.put({ key, value: true });
}
