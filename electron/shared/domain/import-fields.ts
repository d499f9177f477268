import type { ImportField } from './chronology';

/** What each importable field is called wherever a reviewer reads it (wizard, refusals, CLI). */
export const IMPORT_FIELD_LABELS: Readonly<Record<ImportField, string>> = {
  date: 'Date',
  time: 'Time',
  endDate: 'End date',
  agency: 'Agency',
  sourceDocument: 'Source document',
  sourceRole: 'Practitioner role',
  sourceReference: 'Reference',
  eventType: 'Event type',
  summary: 'Summary',
  actionTaken: 'Action taken',
  outcome: 'Outcome or decision',
  analysis: 'Analysis or comment',
  tags: 'Tags',
  significance: 'Significance (key/routine)',
  sharedWith: 'Shared with',
  location: 'Location',
  riskTool: 'Risk assessment tool',
  riskLevel: 'Risk level',
  childSeen: 'Child seen',
  childSeenAlone: 'Child seen alone',
  childSpokenTo: 'Child spoken to',
};

/** "file, row 4, column Date: reason", naming the field in the reviewer's words, never its id. */
export function describeImportProblem(problem: {
  readonly file?: string;
  readonly row?: number;
  readonly column?: string;
  readonly field?: ImportField;
  readonly reason: string;
}): string {
  const where = [
    problem.file,
    problem.row === undefined ? undefined : `row ${problem.row}`,
    problem.column === undefined ? undefined : `column ${problem.column}`,
    problem.field === undefined || problem.column !== undefined ? undefined : IMPORT_FIELD_LABELS[problem.field],
  ].filter((part): part is string => part !== undefined && part !== '');
  return where.length === 0 ? problem.reason : `${where.join(', ')}: ${problem.reason}`;
}
