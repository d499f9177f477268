/**
 * Who was in these reviews: for each protected characteristic and family role, how many family
 * members had it recorded, not recorded by agencies, not asked, declined, not applicable,
 * unknown, or no entry at all; and how often each recorded value occurs.
 */
import {
  familyRoles,
  type BoardCharacteristicState,
  type BoardFilter,
  type CharacteristicRow,
  type FamilyRole,
  type ReviewDigest,
} from '../../shared/domain/board';
import { characteristicIds, type CharacteristicId } from '../../shared/domain/people';
import { chooseReviews } from './filter';

type Counts = { -readonly [K in Exclude<keyof CharacteristicRow, 'characteristic' | 'role' | 'values'>]: number };

/** The count each state adds to (every person also adds to `people`). */
const COUNTED_AS: Readonly<Record<BoardCharacteristicState, Exclude<keyof Counts, 'people'>>> = {
  recorded: 'recorded',
  'not-recorded-by-agencies': 'notRecorded',
  'not-asked': 'notAsked',
  declined: 'declined',
  'not-applicable': 'notApplicable',
  unknown: 'unknown',
  missing: 'missing',
};

export function characteristicRows(
  reviews: readonly ReviewDigest[],
  filter: BoardFilter = {},
): readonly CharacteristicRow[] {
  const cells = new Map<string, { counts: Counts; values: Map<string, number> }>();
  const key = (c: CharacteristicId, r: FamilyRole): string => `${c}|${r}`;
  for (const review of chooseReviews(reviews, filter)) {
    for (const person of review.people) {
      for (const entry of person.characteristics) {
        const k = key(entry.characteristicId, person.role);
        let cell = cells.get(k);
        if (cell === undefined) {
          cell = {
            counts: {
              people: 0,
              recorded: 0,
              notRecorded: 0,
              notAsked: 0,
              declined: 0,
              notApplicable: 0,
              unknown: 0,
              missing: 0,
            },
            values: new Map(),
          };
          cells.set(k, cell);
        }
        cell.counts.people += 1;
        cell.counts[COUNTED_AS[entry.state]] += 1;
        if (entry.state === 'recorded' && entry.value !== null) {
          cell.values.set(entry.value, (cell.values.get(entry.value) ?? 0) + 1);
        }
      }
    }
  }
  const rows: CharacteristicRow[] = [];
  for (const characteristic of characteristicIds) {
    for (const role of familyRoles) {
      const cell = cells.get(key(characteristic, role));
      if (cell === undefined) continue;
      rows.push({
        characteristic,
        role,
        ...cell.counts,
        values: [...cell.values.entries()]
          .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en-GB'))
          .map(([value, count]) => ({ value, count })),
      });
    }
  }
  return rows;
}
