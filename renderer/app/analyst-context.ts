/** The analyst whose name is stamped on every change, with the writer id of this library, available to every screen once known. */
import { createContext, useContext } from 'react';
import type { Author } from '../../shared';

export const AnalystContext = createContext<Author | null>(null);

export function useAnalyst(): Author {
  const analyst = useContext(AnalystContext);
  if (!analyst) throw new Error('useAnalyst is used outside the analyst provider.');
  return analyst;
}
