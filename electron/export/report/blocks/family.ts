/**
 * Family composition and the equality and diversity analysis. The national panel found reviews
 * that never say what was known about the family's protected characteristics, so the analysis
 * states, per characteristic, for how many people it was recorded and why not for the others.
 */
import { buildCompleteness, completenessSentence } from '@core/people/completeness';
import {
  describeAgeAt,
  type CharacteristicRecord,
  type CharacteristicTemplate,
  type Person,
} from '@shared/domain/people';
import { columnWidths } from '../../docx/column-widths';
import { draftNote, paragraph, type ReportBlock, type TableCell } from '../model';
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

export function familyTable(
  people: readonly Person[],
  scopeEnd: string | null,
  text: OutputText,
  subject: ReviewSubject = 'child',
): ReportBlock[] {
  const family = familyMembers(people);
  if (family.length === 0) return [noFamily('family table')];
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

function listWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function noFamily(what: string): ReportBlock {
  return draftNote(`No family or household members are on the People register, so the ${what} is empty.`, {
    problem: `No family or household members are recorded, so the ${what} would be empty.`,
    fix: 'People: Register, add each family and household member',
    place: { area: 'people', tab: 'register' },
  });
}

/** Text width of the report page in twips (docx/blocks.ts); used to decide how many people fit in one table. */
const PAGE_TEXT_TWIPS = 9026;

/** Splits people into groups whose characteristic table fits the page without breaking words. */
function peopleGroups(
  header: string,
  labels: readonly string[],
  people: readonly Person[],
  cells: (p: Person) => string[],
): Person[][] {
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
  if (family.length === 0) return [noFamily('equality analysis')];
  const report = buildCompleteness(family, records, templates, at);
  const publication = text.mode === 'publication';
  const blocks: ReportBlock[] = [
    paragraph(
      'The Equality Act 2010 names nine protected characteristics. For each, this review records what agencies knew about each family member, and where nothing was known, why.',
      { numbered: true },
    ),
  ];
  const neverKnown = report.summaries.filter((s) => s.recorded === 0);
  if (neverKnown.length > 0) {
    blocks.push(
      paragraph(`Not known for any family member: ${neverKnown.map((s) => s.label.toLowerCase()).join(', ')}.`, {
        numbered: true,
      }),
    );
  }
  // "Not yet entered" is the app's word for a gap, not a finding: a publication with a gap is refused
  // (the draft note below), so its sentences and cells leave the gap unsaid rather than print it.
  const sentenceOf = (s: (typeof report.summaries)[number]): string =>
    publication ? completenessSentence(s.label, { ...s.byState, missing: 0 }, s.total) : s.sentence;
  blocks.push({
    kind: 'list',
    ordered: false,
    items: report.summaries.map((s) => ({ runs: [{ kind: 'text', text: sentenceOf(s) }] })),
  });
  const cellOf = new Map(report.cells.map((c) => [`${c.personId}:${c.characteristicId}`, c]));
  const labels = report.characteristics.map((c) => c.label);
  const cellsOf = (p: Person): string[] =>
    report.characteristics.map((c) => {
      const found = cellOf.get(`${p.id}:${c.id}`);
      return found === undefined || found.state === 'missing'
        ? publication
          ? ''
          : 'Not yet entered'
        : text.plain(found.display);
    });
  for (const person of family) {
    const gaps = report.characteristics
      .filter((c) => (cellOf.get(`${person.id}:${c.id}`)?.state ?? 'missing') === 'missing')
      .map((c) => c.label.toLowerCase());
    if (gaps.length === 0) continue;
    blocks.push(
      draftNote(`Nothing is entered yet for ${person.pseudonym}: ${gaps.join(', ')}.`, {
        problem: `Nothing is entered for ${person.pseudonym}’s ${listWords(gaps)}: record the value, or that it was not recorded by agencies, not asked, declined or is unknown.`,
        fix: `People: Protected characteristics, ${person.pseudonym}`,
        place: { area: 'people', tab: 'completeness' },
      }),
    );
  }
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
