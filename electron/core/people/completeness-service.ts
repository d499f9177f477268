/** The completeness view of an open review, at the end of its scope (or today). */
import type { CharacteristicTemplate, CompletenessReport } from '../../shared/domain/people';
import { readReviewMeta } from '../review/review-meta';
import type { ReadableDb } from '../store/db-types';
import { listCharacteristics } from './characteristics';
import { buildCompleteness } from './completeness';
import { listPeople } from './person-rows';

export function reviewCompleteness(
  db: ReadableDb,
  templates: readonly CharacteristicTemplate[],
  today: string = new Date().toISOString().slice(0, 10),
): CompletenessReport {
  const at = readReviewMeta(db).scopeEnd ?? today;
  return buildCompleteness(listPeople(db), listCharacteristics(db), templates, at);
}
