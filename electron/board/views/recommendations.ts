/**
 * The recommendations tracker: every recommendation across the library, with the board's own
 * updates (for reviews it could not write to) laid over the review's values. Overdue means a due
 * date in the past while the recommendation is neither done nor declined.
 */
import {
  type BoardFilter,
  type RecommendationSummary,
  type ReviewDigest,
  type StatusByYear,
  type TrackedRecommendation,
} from '../../shared/domain/board';
import { recommendationStatuses, type RecommendationStatus } from '../../shared/domain/recommendations';
import { chooseReviews } from './filter';

export interface BoardUpdate {
  readonly file: string;
  readonly recommendationId: number;
  readonly status: RecommendationStatus;
  /** Null when the update left the board's response as it was. */
  readonly boardResponse: string | null;
  readonly actor: string;
  readonly at: string;
}

const closed: ReadonlySet<RecommendationStatus> = new Set(['done', 'not-accepted']);

export function isOverdue(dueDate: string | null, status: RecommendationStatus, today: string): boolean {
  return dueDate !== null && dueDate < today && !closed.has(status);
}

export function trackedRecommendations(
  reviews: readonly ReviewDigest[],
  options: {
    readonly filter?: BoardFilter;
    readonly agency?: string;
    readonly today: string;
    readonly updates?: readonly BoardUpdate[];
  },
): readonly TrackedRecommendation[] {
  const latest = new Map<string, BoardUpdate>();
  for (const update of options.updates ?? []) latest.set(`${update.file}|${update.recommendationId}`, update);
  const agency = options.agency?.trim().toLowerCase() ?? '';
  const out: TrackedRecommendation[] = [];
  for (const review of chooseReviews(reviews, options.filter)) {
    for (const r of review.recommendations) {
      if (agency !== '' && (r.ownerAgency ?? '').toLowerCase() !== agency) continue;
      const update = latest.get(`${review.file}|${r.id}`);
      // A board update newer than the review's own change wins; the review wins once it is edited later.
      const useUpdate = update !== undefined && update.at > r.updatedAt;
      const status = useUpdate ? update.status : r.status;
      out.push({
        file: review.file,
        reviewTitle: review.title,
        recommendationId: r.id,
        number: r.number,
        text: r.text,
        ownerAgency: r.ownerAgency,
        dueDate: r.dueDate,
        status,
        boardResponse: useUpdate && update.boardResponse !== null ? update.boardResponse : r.boardResponse,
        overdue: isOverdue(r.dueDate, status, options.today),
        unowned: r.ownerAgency === null,
        recordedIn: useUpdate ? 'board-file' : 'review',
        updatedBy: useUpdate ? update.actor : null,
        updatedAt: useUpdate ? update.at : r.updatedAt,
      });
    }
  }
  return out;
}

export function summariseRecommendations(rows: readonly TrackedRecommendation[]): RecommendationSummary {
  const byStatus: Record<string, number> = {};
  for (const status of recommendationStatuses) byStatus[status] = 0;
  for (const row of rows) byStatus[row.status] = (byStatus[row.status] ?? 0) + 1;
  return {
    total: rows.length,
    overdue: rows.filter((r) => r.overdue).length,
    noOwner: rows.filter((r) => r.unowned).length,
    byStatus,
  };
}

/** Status by the year each recommendation falls due: progress over time at a glance. */
export function statusByDueYear(rows: readonly TrackedRecommendation[]): readonly StatusByYear[] {
  const years = new Map<number | null, Record<RecommendationStatus, number>>();
  for (const row of rows) {
    const year = row.dueDate === null ? null : Number(row.dueDate.slice(0, 4));
    const counts = years.get(year) ?? { proposed: 0, agreed: 0, 'in-progress': 0, done: 0, 'not-accepted': 0 };
    counts[row.status] += 1;
    years.set(year, counts);
  }
  return [...years.entries()]
    .sort((a, b) => (a[0] ?? Number.MAX_SAFE_INTEGER) - (b[0] ?? Number.MAX_SAFE_INTEGER))
    .map(([year, byStatus]) => ({ year, byStatus }));
}

export function agenciesOf(reviews: readonly ReviewDigest[]): readonly string[] {
  const names = new Map<string, string>();
  for (const review of reviews)
    for (const r of review.recommendations)
      if (r.ownerAgency !== null) names.set(r.ownerAgency.toLowerCase(), r.ownerAgency);
  return [...names.values()].sort((a, b) => a.localeCompare(b, 'en-GB'));
}
