export const recommendationStatuses = ['proposed', 'agreed', 'in-progress', 'done', 'not-accepted'] as const;
export type RecommendationStatus = (typeof recommendationStatuses)[number];

export const recommendationStatusLabels: Readonly<Record<RecommendationStatus, string>> = {
  proposed: 'Proposed',
  agreed: 'Agreed',
  'in-progress': 'In progress',
  done: 'Done',
  'not-accepted': 'Not accepted',
};

export const recommendationPriorities = ['high', 'medium', 'low'] as const;
export type RecommendationPriority = (typeof recommendationPriorities)[number];

/** Why a recommendation needs attention: the SMART parts national reviews found missing. */
export type RecommendationFlag = 'no-owner' | 'no-due-date';

export interface Recommendation {
  readonly id: number;
  readonly number: number;
  readonly text: string;
  readonly findingIds: readonly number[];
  /** Finding numbers in the same order, for display ("Finding 2"). */
  readonly findingNumbers: readonly number[];
  readonly ownerAgency: string | null;
  readonly successMeasure: string;
  /** ISO day YYYY-MM-DD. */
  readonly dueDate: string | null;
  readonly priority: RecommendationPriority | null;
  readonly status: RecommendationStatus;
  readonly boardResponse: string;
  readonly flags: readonly RecommendationFlag[];
  readonly createdAt: string;
  readonly updatedAt: string;
}
