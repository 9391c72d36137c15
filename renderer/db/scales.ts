/** Verdict scales: the presets, the team's own scales, the library default and each document's choice. */
import type { Analyst, VerdictScale } from '../../shared';
import { DEFAULT_SCALE_ID, isPresetScale, scaleProblems, stepsInUse, withChange } from '../../shared';
import type { FactcheckDatabase } from './database';

const DEFAULT_SCALE_KEY = 'defaultScaleId';

export class ScaleChangeError extends Error {
  override readonly name = 'ScaleChangeError';
}

export function listScales(database: FactcheckDatabase): Promise<VerdictScale[]> {
  return database.scales.toArray();
}

export async function getDefaultScaleId(database: FactcheckDatabase): Promise<string> {
  const value = (await database.settings.get(DEFAULT_SCALE_KEY))?.value;
  return typeof value === 'string' ? value : DEFAULT_SCALE_ID;
}

/** Chooses the scale new documents start with; documents already in the library keep theirs. */
export async function setDefaultScaleId(database: FactcheckDatabase, scaleId: string): Promise<void> {
  await database.transaction('rw', database.scales, database.settings, async () => {
    if (!(await database.scales.get(scaleId))) throw new ScaleChangeError('That scale is no longer in the library.');
    await database.settings.put({ key: DEFAULT_SCALE_KEY, value: scaleId });
  });
}

/**
 * Saves a team scale. Refuses presets, invalid scales and the removal of a step that a verdict still
 * uses, so that changing a scale never loses a verdict already given.
 */
export async function saveScale(database: FactcheckDatabase, scale: VerdictScale): Promise<void> {
  if (isPresetScale(scale.id))
    throw new ScaleChangeError('The preset scales cannot be changed; make a copy to adapt one.');
  const problems = scaleProblems(scale);
  if (problems.length > 0) throw new ScaleChangeError(problems.join(' '));
  await database.transaction('rw', database.scales, database.claims, async () => {
    const claims = await database.claims.toArray();
    const used = stepsInUse(
      scale.id,
      claims.filter((claim) => !claim.deleted).map((claim) => claim.verdict),
    );
    const missing = [...used].filter((stepId) => !scale.steps.some((step) => step.id === stepId));
    if (missing.length > 0) {
      throw new ScaleChangeError(
        `Verdicts still use the step${missing.length > 1 ? 's' : ''} ${missing.map((id) => `“${id}”`).join(', ')}; change those verdicts before removing ${missing.length > 1 ? 'them' : 'it'}.`,
      );
    }
    await database.scales.put(scale);
  });
}

/** Chooses the scale a document's new verdicts use; verdicts already given keep their own scale. */
export async function setDocumentScale(
  database: FactcheckDatabase,
  documentId: string,
  scaleId: string,
  analyst: Analyst,
): Promise<void> {
  await database.transaction('rw', database.documents, database.scales, async () => {
    if (!(await database.scales.get(scaleId))) throw new ScaleChangeError('That scale is no longer in the library.');
    const document = await database.documents.get(documentId);
    if (document && document.scaleId !== scaleId)
      await database.documents.put(withChange(document, { scaleId }, analyst));
  });
}
