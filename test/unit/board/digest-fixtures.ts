/** Hand-made digests with known counts, for the pure aggregation tests. */
import { characteristicIds, type CharacteristicId } from '@shared/domain/people';
import type {
  BoardCharacteristicState,
  DigestFinding,
  DigestPerson,
  DigestRecommendation,
  FamilyRole,
  ReviewDigest,
} from '@shared/domain/board';
import type { ReviewKind } from '@shared/domain/review';

export function person(
  role: FamilyRole,
  states: Partial<Record<CharacteristicId, BoardCharacteristicState | [BoardCharacteristicState, string]>>,
): DigestPerson {
  return {
    pseudonym: `P-${role}`,
    role,
    characteristics: characteristicIds.map((id) => {
      const given = states[id];
      const [state, value] = Array.isArray(given) ? given : [given ?? 'missing', null];
      return { characteristicId: id, state, value: state === 'recorded' ? (value ?? 'Recorded') : null };
    }),
  };
}

let nextId = 1;
export function finding(
  tags: readonly (readonly [string, string, ('supports' | 'hinders' | null)?])[],
  title = 'A finding',
): DigestFinding {
  const id = nextId++;
  return {
    id,
    number: id,
    title,
    text: `${title} (text)`,
    type: 'new-learning',
    tags: tags.map(([taxonomyId, termId, direction]) => ({
      taxonomyId,
      taxonomyTitle: `${taxonomyId} title`,
      termId,
      termLabel: `${termId} label`,
      direction: direction ?? null,
    })),
  };
}

export function recommendation(
  fields: Partial<Omit<DigestRecommendation, 'id' | 'number'>> & { readonly id: number },
): DigestRecommendation {
  return {
    number: fields.id,
    text: `Recommendation ${fields.id}`,
    ownerAgency: null,
    dueDate: null,
    status: 'proposed',
    boardResponse: '',
    updatedAt: '2024-01-01T00:00:00.000Z',
    ...fields,
  };
}

export function digest(
  file: string,
  fields: Partial<Omit<ReviewDigest, 'file'>> & { readonly kind?: ReviewKind } = {},
): ReviewDigest {
  return {
    file,
    formatVersion: 6,
    title: file,
    kind: 'lcspr',
    partnership: '',
    status: 'final',
    year: 2023,
    entryCount: 0,
    findings: [],
    recommendations: [],
    people: [],
    missingParts: [],
    ...fields,
  };
}
