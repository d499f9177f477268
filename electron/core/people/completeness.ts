/**
 * The completeness view: per person and characteristic, what is known and what is missing,
 * and one sentence per characteristic a board can read. Pure: tests pass data in directly.
 *
 * "Family members" are everyone in the family and household categories (professionals are
 * not counted). Two states are worked out rather than entered, and marked `derived`:
 * age is recorded whenever a date of birth is held, and a characteristic asked only of people
 * aged 16 or over is "not applicable (under 16)" for a younger person with no entry.
 */
import {
  ageAt,
  describeAgeAt,
  characteristicStateLabels,
  recordedValueLabel,
  type CharacteristicRecord,
  type CharacteristicSummary,
  type CharacteristicTemplate,
  type CompletenessCell,
  type CompletenessReport,
  type CompletenessState,
  type IsoDay,
  type Person,
} from '../../shared/domain/people';

const stateOrder: readonly CompletenessState[] = [
  'recorded',
  'declined',
  'not-asked',
  'not-recorded-by-agencies',
  'unknown',
  'not-applicable',
  'missing',
];

const stateWords: Readonly<Record<CompletenessState, string>> = {
  recorded: 'recorded',
  declined: 'declined',
  'not-asked': 'not asked',
  'not-recorded-by-agencies': 'not recorded by agencies',
  unknown: 'unknown',
  'not-applicable': 'not applicable',
  missing: 'not yet entered',
};

export function isFamilyMember(person: Pick<Person, 'category'>): boolean {
  return person.category !== 'professional';
}

export function completenessCell(
  person: Person,
  template: CharacteristicTemplate,
  record: CharacteristicRecord | undefined,
  at: IsoDay,
): CompletenessCell {
  const base = { personId: person.id, characteristicId: template.id };
  if (template.derivedFrom === 'dateOfBirth' && person.dateOfBirth !== null) {
    // "7 months" for a baby, never "0": the same words the report's family table uses.
    const age = describeAgeAt(person.dateOfBirth, at);
    return {
      ...base,
      state: 'recorded',
      display:
        age === null ? 'Born after this date' : `${age === '0 months' ? 'under 1 month' : age} (from date of birth)`,
      derived: true,
    };
  }
  if (record === undefined) {
    const age = person.dateOfBirth === null ? null : ageAt(person.dateOfBirth, at);
    if (template.minimumAge !== null && age !== null && age < template.minimumAge) {
      return {
        ...base,
        state: 'not-applicable',
        display: `Not applicable: under ${template.minimumAge}`,
        derived: true,
      };
    }
    return { ...base, state: 'missing', display: 'Not yet entered', derived: false };
  }
  switch (record.state) {
    case 'recorded':
      return { ...base, state: 'recorded', display: recordedValueLabel(record, template), derived: false };
    case 'not-applicable':
      return { ...base, state: 'not-applicable', display: `Not applicable: ${record.reason}`, derived: false };
    default:
      return { ...base, state: record.state, display: characteristicStateLabels[record.state], derived: false };
  }
}

/** "Religion or belief recorded for 2 of 6 family members (3 not asked, 1 declined)." */
export function completenessSentence(
  label: string,
  counts: Readonly<Record<CompletenessState, number>>,
  total: number,
): string {
  const noun = total === 1 ? 'family member' : 'family members';
  const head = `${label} recorded for ${counts.recorded} of ${total} ${noun}`;
  const rest = stateOrder.filter((s) => s !== 'recorded' && counts[s] > 0).map((s) => `${counts[s]} ${stateWords[s]}`);
  return rest.length === 0 ? `${head}.` : `${head} (${rest.join(', ')}).`;
}

export function buildCompleteness(
  people: readonly Person[],
  records: readonly CharacteristicRecord[],
  templates: readonly CharacteristicTemplate[],
  at: IsoDay,
): CompletenessReport {
  const byKey = new Map(records.map((r) => [`${r.personId}:${r.characteristicId}`, r]));
  const cells: CompletenessCell[] = [];
  for (const person of people) {
    for (const template of templates) {
      cells.push(completenessCell(person, template, byKey.get(`${person.id}:${template.id}`), at));
    }
  }
  const family = new Set(people.filter(isFamilyMember).map((p) => p.id));
  const summaries: CharacteristicSummary[] = templates.map((template) => {
    const counts = Object.fromEntries(stateOrder.map((s) => [s, 0])) as Record<CompletenessState, number>;
    for (const cell of cells) {
      if (cell.characteristicId === template.id && family.has(cell.personId)) counts[cell.state] += 1;
    }
    return {
      characteristicId: template.id,
      label: template.label,
      recorded: counts.recorded,
      total: family.size,
      byState: counts,
      sentence: completenessSentence(template.label, counts, family.size),
    };
  });
  return {
    at,
    people: people.map(({ id, pseudonym, realName, category, role }) => ({ id, pseudonym, realName, category, role })),
    characteristics: templates.map((t) => ({ id: t.id, label: t.label })),
    cells,
    summaries,
  };
}
