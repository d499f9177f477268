/**
 * Which window shows which review, and what main does to its windows after an API call.
 * In the Electron app each open review has its own window: main opens (or focuses) it when a
 * review is created or opened, and closes it when the review is closed. Pure bookkeeping, so the
 * rules are tested without Electron.
 */
import type { ApiRequest } from '../shared/api/transport';

export class ReviewWindowRegistry {
  /** window id → the review it shows (null: the home screen). */
  private readonly shown = new Map<number, string | null>();

  set(windowId: number, reviewId: string | null): void {
    this.shown.set(windowId, reviewId);
  }

  reviewOf(windowId: number): string | null {
    return this.shown.get(windowId) ?? null;
  }

  windowsShowing(reviewId: string): number[] {
    return [...this.shown].filter(([, shown]) => shown === reviewId).map(([id]) => id);
  }

  /** Forgets a window; returns the review it showed when no other window still shows it (so the
   * caller can close that review and release its file). */
  remove(windowId: number): string | null {
    const reviewId = this.shown.get(windowId) ?? null;
    this.shown.delete(windowId);
    if (reviewId === null) return null;
    return this.windowsShowing(reviewId).length === 0 ? reviewId : null;
  }

  get size(): number {
    return this.shown.size;
  }
}

/** API methods whose result is the session of a review that should now have a window. */
const OPENING_METHODS: ReadonlySet<string> = new Set(['review.create', 'review.open', 'review.openSample']);

export type WindowEffect =
  | { readonly kind: 'show-review'; readonly reviewId: string; readonly closeSender: boolean }
  | { readonly kind: 'review-closed'; readonly reviewId: string };

function stringField(value: unknown, key: string): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const field = (value as Record<string, unknown>)[key];
  return typeof field === 'string' && field.length > 0 ? field : null;
}

/** The review id in a ReviewSession-shaped API result, or null. */
export function reviewIdOf(result: unknown): string | null {
  return stringField(result, 'reviewId');
}

/**
 * What a successful call means for the windows. `senderReviewId` is what the calling window
 * shows: a home window that opened a review is closed once the review's own window is up.
 */
export function windowEffectAfterCall(
  request: ApiRequest,
  result: unknown,
  senderReviewId: string | null,
): WindowEffect | null {
  if (OPENING_METHODS.has(request.method)) {
    const reviewId = reviewIdOf(result);
    return reviewId === null ? null : { kind: 'show-review', reviewId, closeSender: senderReviewId === null };
  }
  if (request.method === 'review.close') {
    const reviewId = stringField(request.args, 'reviewId');
    return reviewId === null ? null : { kind: 'review-closed', reviewId };
  }
  return null;
}
