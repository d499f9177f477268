import { useReviewCommand, type ReviewCommand } from '@renderer/api/ReviewProvider';
import { useAnnounce } from '@renderer/ui/StatusAnnouncer';
import { useAsyncAction } from './useAsyncAction';

/** What a form or panel that changes the open review works with. */
export interface ReviewChange {
  /** Sends one command to the open review (undoable, recorded in its history). */
  readonly command: ReviewCommand;
  /** Runs the change: busy while it runs, the typed error it ended with (shown where it happened). */
  readonly action: ReturnType<typeof useAsyncAction>;
  /** Says what changed in the status region, for screen readers. */
  readonly announce: (message: string) => void;
}

/**
 * The three things every view that changes the review needs together: the command, the action
 * that runs it, and the announcer that says what it did.
 */
export function useReviewChange(): ReviewChange {
  return { command: useReviewCommand(), action: useAsyncAction(), announce: useAnnounce() };
}
