/**
 * Family composition and the equality and diversity analysis. The national panel found reviews
 * that never say what was known about the family's protected characteristics, so the analysis
 * states, per characteristic, for how many people it was recorded and why not for the others.
 */
import {
  characteristicIds,
  characteristicStateLabels,
  characteristicStates,
  recordedValueLabel,
  type CharacteristicId,
  type CharacteristicRecord,
  type CharacteristicState,
  type CharacteristicTemplate,
  type Person,
} from '../../../shared/domain/people';
import { paragraph, type ReportBlock, type TableCell } from '../model';
import type { OutputText } from '../sources';

const cell = (text: string): TableCell => ({ runs: text === '' ? [] : [{ kind: 'text', text }] });

/** Whole years from a date of birth to a day (both ISO). */
export function ageOn(dateOfBirth: string, day: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export function familyMembers(people: readonly Person[]): Person[] {
  return people.filter((p) => p.category !== 'professional');
}

export function familyTable(people: readonly Person[], scopeEnd: string | null, text: OutputText): ReportBlock[] {
  const family = familyMembers(people);
  if (family.length === 0) return [paragraph('No family or household members are recorded in this review.')];
  const ageHeader = scopeEnd === null ? 'Age' : 'Age at end of scope';
  return [
    {
      kind: 'table',
      caption: 'Family composition: pseudonyms, relationship to the child and ages',
      header: ['Pseudonym', 'Relationship to the child', 'Role', ageHeader],
      columnWidths: [2, 3, 3, 2],
      rows: family.map((p) => [
        cell(p.pseudonym),
        cell(text.plain(p.relationshipToChild)),
        cell(text.plain(p.role)),
        cell(p.dateOfBirth === null || scopeEnd === null ? 'Not known' : String(ageOn(p.dateOfBirth, scopeEnd))),
      ]),
    },
  ];
}

function valueLabel(record: CharacteristicRecord, templates: readonly CharacteristicTemplate[]): string {
  if (record.state !== 'recorded') return characteristicStateLabels[record.state];
  return recordedValueLabel(record, templates.find((t) => t.id === record.characteristicId));
}

function characteristicLabel(id: CharacteristicId, templates: readonly CharacteristicTemplate[]): string {
  return templates.find((t) => t.id === id)?.label ?? id.replace(/-/g, ' ');
}

const stateWords: Readonly<Record<CharacteristicState, string>> = {
  recorded: 'recorded',
  'not-recorded-by-agencies': 'not recorded by agencies',
  'not-asked': 'not asked',
  declined: 'declined',
  'not-applicable': 'not applicable',
  unknown: 'unknown',
};

/** "Religion or belief: recorded for 2 of 6 family members; not asked for 3; unknown for 1." */
export function characteristicSummary(
  id: CharacteristicId,
  family: readonly Person[],
  records: readonly CharacteristicRecord[],
  templates: readonly CharacteristicTemplate[],
): string {
  const counts = new Map<CharacteristicState, number>();
  for (const person of family) {
    const record = records.find((r) => r.personId === person.id && r.characteristicId === id);
    const state: CharacteristicState = record?.state ?? 'unknown';
    counts.set(state, (counts.get(state) ?? 0) + 1);
  }
  const recorded = counts.get('recorded') ?? 0;
  const rest = characteristicStates
    .filter((s) => s !== 'recorded' && (counts.get(s) ?? 0) > 0)
    .map((s) => `${stateWords[s]} for ${counts.get(s) ?? 0}`);
  const noun = family.length === 1 ? 'family member' : 'family members';
  return `${characteristicLabel(id, templates)}: recorded for ${recorded} of ${family.length} ${noun}${rest.length > 0 ? `; ${rest.join('; ')}` : ''}.`;
}

export function equalityAnalysis(
  people: readonly Person[],
  records: readonly CharacteristicRecord[],
  templates: readonly CharacteristicTemplate[],
  text: OutputText,
): ReportBlock[] {
  const family = familyMembers(people);
  if (family.length === 0) return [paragraph('No family or household members are recorded, so no equality analysis can be given.')];
  const blocks: ReportBlock[] = [
    paragraph(
      'The Equality Act 2010 names nine protected characteristics. For each, this review records what agencies knew about each family member, and where nothing was known, why.',
      { numbered: true },
    ),
  ];
  const known = characteristicIds.filter((id) => family.some((p) => records.some((r) => r.personId === p.id && r.characteristicId === id && r.state === 'recorded')));
  const neverKnown = characteristicIds.filter((id) => !known.includes(id));
  if (neverKnown.length > 0) {
    blocks.push(
      paragraph(
        `Not known for any family member: ${neverKnown.map((id) => characteristicLabel(id, templates).toLowerCase()).join(', ')}.`,
        { numbered: true },
      ),
    );
  }
  blocks.push({
    kind: 'list',
    ordered: false,
    items: characteristicIds.map((id) => ({ runs: [{ kind: 'text', text: characteristicSummary(id, family, records, templates) }] })),
  });
  blocks.push({
    kind: 'table',
    caption: 'Protected characteristics of each family member: the value where recorded, otherwise what is known about why not',
    header: ['Characteristic', ...family.map((p) => p.pseudonym)],
    rows: characteristicIds.map((id) => [
      cell(characteristicLabel(id, templates)),
      ...family.map((p) => {
        const record = records.find((r) => r.personId === p.id && r.characteristicId === id);
        if (record === undefined) return cell('Unknown');
        const reason = record.state === 'not-applicable' ? ` (${record.reason})` : '';
        return cell(text.plain(valueLabel(record, templates) + reason));
      }),
    ]),
  });
  return blocks;
}
