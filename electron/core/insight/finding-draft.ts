/**
 * Turning a pattern into a finding draft: the pattern's title, a paragraph with its explanation,
 * a note saying which rule found it (so the draft's origin stays traceable after editing), and
 * every evidence entry linked as the finding's evidence. The reviewer then writes the analysis:
 * the draft states what the records say, never why it happened.
 */
import type { InsightFindingDraft } from '../../shared/api/insight';
import { INSIGHT_RULE_TITLES } from '../../shared/domain/insight';
import { richTextFromParagraphs } from '../../shared/lexical/types';
import { addEvidence } from '../findings/evidence';
import { addFinding } from '../findings/findings';
import type { WritableDb } from '../store/db-types';
import { findPattern } from './service';
import { thresholdsState } from './threshold-store';

export function createFindingFromPattern(db: WritableDb, templatesDir: string, patternId: string): InsightFindingDraft {
  const pattern = findPattern(db, templatesDir, patternId);
  const rulesVersion = thresholdsState(db, templatesDir).effective.version;
  const finding = addFinding(db, {
    title: pattern.title,
    body: richTextFromParagraphs([
      pattern.explanation,
      ...pattern.also.map((also) => also.explanation),
      `Draft created from the practice-insight pattern "${INSIGHT_RULE_TITLES[pattern.ruleId]}" (rules version ${rulesVersion}), resting on ${pattern.evidenceEntryIds.length} chronology ${pattern.evidenceEntryIds.length === 1 ? 'entry' : 'entries'}.`,
    ]),
  });
  for (const entryId of pattern.evidenceEntryIds) {
    addEvidence(db, finding.id, {
      kind: 'entry',
      targetId: Number(entryId),
      note: `Evidence for insight pattern ${pattern.id}`,
    });
  }
  return {
    findingId: finding.id,
    number: finding.number,
    title: finding.title,
    evidenceEntryIds: pattern.evidenceEntryIds,
  };
}
