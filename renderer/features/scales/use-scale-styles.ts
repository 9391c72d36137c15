/**
 * Gives every verdict step its colour as a CSS rule, through a constructed style sheet (the CSP forbids
 * inline styles, and team scales have colours no static sheet can know).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import type { VerdictScale } from '../../../shared';
import { db } from '../../db/database';

/** The value of `data-verdict` for a step: scale and step ids together, so equal step ids of two scales differ. */
export function verdictKey(scaleId: string, stepId: string): string {
  return `${scaleId}/${stepId}`;
}

export function scaleRules(scales: readonly VerdictScale[]): string {
  return scales
    .flatMap((scale) => scale.steps.map((step) => `[data-verdict="${CSS.escape(verdictKey(scale.id, step.id))}"] { --claim-color: ${step.color}; }`))
    .join('\n');
}

export function useScaleStyles(): void {
  const scales = useLiveQuery(() => db.scales.toArray(), []);
  useEffect(() => {
    if (!scales) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(scaleRules(scales));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((each) => each !== sheet);
    };
  }, [scales]);
}
