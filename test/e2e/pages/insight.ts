/** The Insight area: patterns (strongest first), their evidence, dismissals and thresholds. */
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { addInsightCase, readInsightCase } from '@test/helpers/insight-case';
import type { Call } from './review';

const caseDir = fileURLToPath(new URL('../../fixtures/insight/cases/larkspur/', import.meta.url));

/**
 * The Larkspur case: four agencies' free-text returns (police log, health visiting notes, social
 * care case notes, GP consultations: no event-type column) imported through the real import
 * service as the import screen sends it, and the family in the people register.
 */
export async function addLarkspurCase(call: Call): Promise<void> {
  await addInsightCase(call, caseDir, readInsightCase(caseDir));
}

/** One pattern's card, by its accessible name (rule, people or agency, and count). */
export const pattern = (page: Page, name: RegExp) => page.getByRole('article', { name });
