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

const DARK_INK = '#111418';

/** Relative luminance (WCAG) of a #rrggbb colour, or null for anything else. */
function luminance(color: string): number | null {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim());
  if (!match) return null;
  const [red, green, blue] = match.slice(1).map((hex) => {
    const channel = parseInt(hex, 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/** White or dark text, whichever reads better on a badge of this colour (team scales pick any colour). */
export function inkFor(color: string): string {
  const light = luminance(color);
  if (light === null) return '#fff';
  const onWhite = 1.05 / (light + 0.05);
  const onDark = (light + 0.05) / ((luminance(DARK_INK) as number) + 0.05);
  return onDark > onWhite ? DARK_INK : '#fff';
}

export function scaleRules(scales: readonly VerdictScale[]): string {
  return scales
    .flatMap((scale) =>
      scale.steps.map(
        (step) =>
          `[data-verdict="${CSS.escape(verdictKey(scale.id, step.id))}"] { --claim-color: ${step.color}; --claim-ink: ${inkFor(step.color)}; }`,
      ),
    )
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
