/**
 * Protected characteristics per person. The record's state is stored apart from its value and
 * rows map back onto the `CharacteristicRecord` union, so a value never appears without the
 * state "recorded" and "not applicable" never appears without its reason.
 */
import type { CharacteristicInput } from '../../shared/api/people';
import type {
  CharacteristicId,
  CharacteristicRecord,
  CharacteristicState,
  CharacteristicTemplate,
} from '../../shared/domain/people';
import { CasewrightError } from '../../shared/errors';
import type { ReadableDb, WritableDb } from '../store/db-types';

interface CharacteristicRow {
  readonly person_id: number;
  readonly characteristic: CharacteristicId;
  readonly state: CharacteristicState;
  readonly value_option_id: string | null;
  readonly value_write_in: string | null;
  readonly reason: string | null;
  readonly source: string;
  readonly list_version: string | null;
  readonly value_label: string | null;
  readonly detail: string | null;
}

export function rowToRecord(row: CharacteristicRow): CharacteristicRecord {
  const base = {
    personId: row.person_id,
    characteristicId: row.characteristic,
    source: row.source,
    ...(row.detail === null || row.detail === undefined ? {} : { detail: row.detail }),
  };
  switch (row.state) {
    case 'recorded':
      return {
        ...base,
        state: 'recorded',
        value: { optionId: row.value_option_id, writeIn: row.value_write_in },
        recordedWith:
          row.list_version === null ? null : { listVersion: row.list_version, optionLabel: row.value_label },
      };
    case 'not-applicable':
      return { ...base, state: 'not-applicable', reason: row.reason ?? '' };
    default:
      return { ...base, state: row.state };
  }
}

export function listCharacteristics(db: ReadableDb, personId?: number): CharacteristicRecord[] {
  const rows = (
    personId === undefined
      ? db.prepare('SELECT * FROM characteristic ORDER BY person_id, characteristic').all()
      : db.prepare('SELECT * FROM characteristic WHERE person_id = ? ORDER BY characteristic').all(personId)
  ) as CharacteristicRow[];
  return rows.map(rowToRecord);
}

/** Checks a recorded value against the template: a known option, and write-in only where allowed. */
function assertValueFits(input: CharacteristicInput, templates: readonly CharacteristicTemplate[]): void {
  if (input.state !== 'recorded') return;
  const template = templates.find((t) => t.id === input.characteristicId);
  if (!template) return;
  const { optionId, writeIn } = input.value;
  const option = optionId === null ? undefined : template.options.find((o) => o.id === optionId);
  if (optionId !== null && !option) {
    throw new CasewrightError(
      'validation',
      `"${optionId}" is not a value of ${template.label} (template version ${template.version})`,
      {
        problems: [{ field: 'value.optionId', reason: `not one of ${template.options.map((o) => o.id).join(', ')}` }],
      },
    );
  }
  const freeTextAllowed = option?.writeIn === true || (optionId === null && template.options.some((o) => o.writeIn));
  if (optionId === null && !freeTextAllowed) {
    throw new CasewrightError('validation', `${template.label}: choose one of the listed values`, {
      problems: [{ field: 'value.optionId', reason: 'a value is required' }],
    });
  }
  if (writeIn !== null && writeIn !== '' && !freeTextAllowed) {
    throw new CasewrightError('validation', `${template.label}: this answer takes no written-in text`, {
      problems: [{ field: 'value.writeIn', reason: 'choose an option that allows a written-in answer' }],
    });
  }
}

export function setCharacteristic(
  db: WritableDb,
  input: CharacteristicInput,
  templates: readonly CharacteristicTemplate[],
): CharacteristicRecord {
  if (db.prepare('SELECT 1 FROM person WHERE id = ?').get(input.personId) === undefined) {
    throw new CasewrightError('not-found', `No person with id ${input.personId} in this review`);
  }
  assertValueFits(input, templates);
  const template = templates.find((t) => t.id === input.characteristicId);
  const optionId = input.state === 'recorded' ? input.value.optionId : null;
  // Keep the list's version and the option's wording with the value, so a later list never
  // rewords what this review recorded.
  const listVersion = input.state === 'recorded' && template ? template.version : null;
  const valueLabel = optionId === null ? null : (template?.options.find((o) => o.id === optionId)?.label ?? null);
  const writeIn = input.state === 'recorded' ? (input.value.writeIn === '' ? null : input.value.writeIn) : null;
  const reason = input.state === 'not-applicable' ? input.reason : null;
  // An input without a detail (an older caller, a script) keeps the stored one: nothing the
  // reviewer wrote is dropped by an edit that did not mention it.
  const keepDetail = input.detail === undefined ? 1 : 0;
  const detail = input.detail === undefined || input.detail === null || input.detail === '' ? null : input.detail;
  db.prepare(
    `INSERT INTO characteristic (person_id, characteristic, state, value_option_id, value_write_in, reason, source, list_version, value_label, detail)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (person_id, characteristic) DO UPDATE SET
       state = excluded.state, value_option_id = excluded.value_option_id, value_write_in = excluded.value_write_in,
       reason = excluded.reason, source = excluded.source, list_version = excluded.list_version, value_label = excluded.value_label,
       detail = CASE WHEN ? THEN characteristic.detail ELSE excluded.detail END`,
  ).run(
    input.personId,
    input.characteristicId,
    input.state,
    optionId,
    writeIn,
    reason,
    input.source,
    listVersion,
    valueLabel,
    detail,
    keepDetail,
  );
  return listCharacteristics(db, input.personId).find((r) => r.characteristicId === input.characteristicId)!;
}

export function clearCharacteristic(
  db: WritableDb,
  personId: number,
  characteristicId: CharacteristicId,
): { removed: boolean } {
  const result = db
    .prepare('DELETE FROM characteristic WHERE person_id = ? AND characteristic = ?')
    .run(personId, characteristicId);
  return { removed: result.changes > 0 };
}
