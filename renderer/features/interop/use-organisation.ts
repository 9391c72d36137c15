/** The organisation settings, live from the database: undefined while loading, empty fields until they are set. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Organisation } from '../../../shared/interop';
import { db } from '../../db/database';
import { getOrganisation } from '../../db/organisation';

export function useOrganisation(): Organisation | undefined {
  return useLiveQuery(() => getOrganisation(db), []);
}
