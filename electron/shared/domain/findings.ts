import type { RichText } from '../lexical/types';
import type { TagDirection } from './taxonomy';

export const findingTypes = ['new-learning', 'established-learning', 'good-practice'] as const;
export type FindingType = (typeof findingTypes)[number];

export const findingTypeLabels: Readonly<Record<FindingType, string>> = {
  'new-learning': 'New learning',
  'established-learning': 'Established learning',
  'good-practice': 'Good practice',
};

/** A tag from one pinned taxonomy version; `direction` only where that taxonomy asks for one. */
export interface Tag {
  readonly id: number;
  readonly taxonomyId: string;
  readonly taxonomyVersion: string;
  readonly termId: string;
  /** The term's label in the pinned version, so old reviews keep their wording. */
  readonly termLabel: string;
  readonly direction: TagDirection | null;
}

export interface EvidenceLink {
  readonly id: number;
  readonly kind: 'entry' | 'episode';
  readonly targetId: number;
  /** Entry: date text, agency and summary; episode: its title. */
  readonly label: string;
  readonly date: string | null;
  readonly agency: string | null;
  readonly note: string;
}

export interface Finding {
  readonly id: number;
  /** 1, 2, 3 … in report order; reordering renumbers every finding. */
  readonly number: number;
  readonly title: string;
  readonly body: RichText | null;
  readonly type: FindingType;
  readonly inBriefing: boolean;
  readonly tags: readonly Tag[];
  readonly evidence: readonly EvidenceLink[];
  /** True when the finding rests on no chronology entry or episode. */
  readonly withoutEvidence: boolean;
  readonly recommendationIds: readonly number[];
  readonly openAnnotations: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Tag counts for the matrix: findings down the side, terms across. */
export interface TagMatrix {
  readonly findings: readonly { readonly id: number; readonly number: number; readonly title: string }[];
  readonly terms: readonly {
    readonly taxonomyId: string;
    readonly taxonomyTitle: string;
    readonly termId: string;
    readonly label: string;
  }[];
  /** cells[findingIndex][termIndex] = number of tags (both directions counted). */
  readonly cells: readonly (readonly number[])[];
  readonly termTotals: readonly number[];
}

export interface EntryTag extends Tag {
  readonly entryId: number;
}
