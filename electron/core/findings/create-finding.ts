import type { FindingAddInput } from '../../shared/api/findings';
import type { Finding } from '../../shared/domain/findings';
import type { WritableDb } from '../store/db-types';
import type { LoadedTaxonomy } from '../taxonomy/load';
import { addEvidence } from './evidence';
import { addFinding, getFinding } from './findings';
import { tagFinding } from './tagging';

/** A finding with its tags and evidence in one step (the CLI's `finding add`, the sample). */
export function createFinding(db: WritableDb, available: readonly LoadedTaxonomy[], input: FindingAddInput): Finding {
  const { tags, evidence, ...fields } = input;
  const finding = addFinding(db, fields);
  for (const tag of tags) tagFinding(db, available, finding.id, tag);
  for (const link of evidence) addEvidence(db, finding.id, link);
  return getFinding(db, finding.id);
}
