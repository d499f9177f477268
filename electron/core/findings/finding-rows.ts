import type { RichText } from '../../shared/lexical/types';
import type { EvidenceLink, Finding, FindingType, Tag } from '../../shared/domain/findings';

/** The finding table as SQLite returns it; mapped to the readonly domain type below. */
export interface FindingRow {
  readonly id: number;
  readonly number: number;
  readonly title: string;
  readonly body_json: string | null;
  readonly type: FindingType;
  readonly in_briefing: number;
  readonly created_at: string;
  readonly updated_at: string;
}

export interface FindingExtras {
  readonly tags: readonly Tag[];
  readonly evidence: readonly EvidenceLink[];
  readonly recommendationIds: readonly number[];
  readonly openAnnotations: number;
}

export function rowToFinding(row: FindingRow, extras: FindingExtras): Finding {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    body: row.body_json === null ? null : (JSON.parse(row.body_json) as RichText),
    type: row.type,
    inBriefing: row.in_briefing === 1,
    tags: extras.tags,
    evidence: extras.evidence,
    withoutEvidence: extras.evidence.length === 0,
    recommendationIds: extras.recommendationIds,
    openAnnotations: extras.openAnnotations,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export const findingColumns = 'id, number, title, body_json, type, in_briefing, created_at, updated_at';
