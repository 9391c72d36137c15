/** The analyst whose name is stamped on every change, available to every screen once known. */
import { createContext, useContext } from 'react';
import type { Analyst } from '../../shared';

export const AnalystContext = createContext<Analyst | null>(null);

export function useAnalyst(): Analyst {
  const analyst = useContext(AnalystContext);
  if (!analyst) throw new Error('useAnalyst is used outside the analyst provider.');
  return analyst;
}
