/**
 * Family composition and the equality and diversity analysis. The national panel found reviews
 * that never say what was known about the family's protected characteristics, so the analysis
 * states, per characteristic, for how many people it was recorded and why not for the others.
 */
import { buildCompleteness } from '../../../core/people/completeness';
import { describeAgeAt, type CharacteristicRecord, type CharacteristicTemplate, type Person } from '../../../shared/domain/people';
import { columnWidths } from '../../docx/column-widths';
import { paragraph, type ReportBlock, type TableCell } from '../model';
import type { OutputText } from '../sources';

const cell = (text: string): TableCell => ({ runs: text === '' ? [] : [{ kind: 'text', text }] });

/** Who the review is about: child reviews say "the child", adult reviews (DHR/DARDR) "the victim". */
export type ReviewSubject = 'child' | 'adult';

/** "3 years", "7 months", "under 1 month": never "0" for a baby. */
export function ageText(dateOfBirth: string, day: string): string {
  const described = describeAgeAt(dateOfBirth, day);
  if (described === null) return 'Not known';
  return described === '0 months' ? 'under 1 month' : described;
}

export function familyMembers(people: readonly Person[]): Person[] {
  return people.filter((p) => p.category !== 'professional');
}

export function familyTable(people: readonly Person[], scopeEnd: string | null, text: OutputText, subject: ReviewSubject = 'child'): ReportBlock[] {
  const family = familyMembers(people);
  if (family.length === 0) return [paragraph('No family or household members are recorded in this review.')];
  const ageHeader = scopeEnd === null ? 'Age' : 'Age at end of scope';
  const relationship = subject === 'adult' ? 'Relationship to the victim' : 'Relationship to the child';
  return [
    {
      kind: 'table',
      caption: `${subject === 'adult' ? 'The people in this review' : 'Family composition'}: pseudonyms, ${relationship.toLowerCase()} and ages`,
      header: ['Pseudonym', relationship, 'Role', ageHeader],
      columnWidths: [2, 3, 3, 2],
      rows: family.map((p) => [
        cell(p.pseudonym),
        cell(text.plain(p.relationshipToChild)),
        cell(text.plain(p.role)),
        cell(p.dateOfBirth === null || scopeEnd === null ? 'Not known' : ageText(p.dateOfBirth, scopeEnd)),
      ]),
    },
  ];
}

/** Text width of the report page in twips (docx/blocks.ts); used to decide how many people fit in one table. */
const PAGE_TEXT_TWIPS = 9026;

/** Splits people into groups whose characteristic table fits the page without breaking words. */
function peopleGroups(header: string, labels: readonly string[], people: readonly Person[], cells: (p: Person) => string[]): Person[][] {
  const groups: Person[][] = [];
  let current: Person[] = [];
  const fits = (group: readonly Person[]): boolean =>
    columnWidths({
      totalTwips: PAGE_TEXT_TWIPS,
      fontSizePt: 9,
      header: [header, ...group.map((p) => p.pseudonym)],
      rows: labels.map((label, row) => [label, ...group.map((p) => cells(p)[row] ?? '')]),
    }).reduce((a, b) => a + b, 0) <= PAGE_TEXT_TWIPS;
  for (const person of people) {
    if (current.length > 0 && !fits([...current, person])) {
      groups.push(current);
      current = [];
    }
    current.push(person);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/**
 * The equality and diversity analysis. Its counts come from `buildCompleteness`, the same
 * function the People area shows, so the document and the app can never disagree; each state is
 * printed as recorded ("Not applicable: under 16"), and ages come from dates of birth at `at`.
 */
export function equalityAnalysis(
  people: readonly Person[],
  records: readonly CharacteristicRecord[],
  templates: readonly CharacteristicTemplate[],
  text: OutputText,
  at: string,
): ReportBlock[] {
  const family = familyMembers(people);
  if (family.length === 0) return [paragraph('No family or household members are recorded, so no equality analysis can be given.')];
  const report = buildCompleteness(family, records, templates, at);
  const blocks: ReportBlock[] = [
    paragraph(
      'The Equality Act 2010 names nine protected characteristics. For each, this review records what agencies knew about each family member, and where nothing was known, why.',
      { numbered: true },
    ),
  ];
  const neverKnown = report.summaries.filter((s) => s.recorded === 0);
  if (neverKnown.length > 0) {
    blocks.push(paragraph(`Not known for any family member: ${neverKnown.map((s) => s.label.toLowerCase()).join(', ')}.`, { numbered: true }));
  }
  blocks.push({ kind: 'list', ordered: false, items: report.summaries.map((s) => ({ runs: [{ kind: 'text', text: s.sentence }] })) });
  const display = new Map(report.cells.map((c) => [`${c.personId}:${c.characteristicId}`, c.display]));
  const labels = report.characteristics.map((c) => c.label);
  const cellsOf = (p: Person): string[] => report.characteristics.map((c) => text.plain(display.get(`${p.id}:${c.id}`) ?? 'Not yet entered'));
  const groups = peopleGroups('Characteristic', labels, family, cellsOf);
  groups.forEach((group, index) => {
    blocks.push({
      kind: 'table',
      caption: `Protected characteristics of each family member${groups.length > 1 ? ` (part ${index + 1} of ${groups.length})` : ''}: the value where recorded, otherwise what is known about why not`,
      header: ['Characteristic', ...group.map((p) => p.pseudonym)],
      rows: report.characteristics.map((c, row) => [cell(c.label), ...group.map((p) => cell(cellsOf(p)[row] ?? ''))]),
    });
  });
  return blocks;
}
