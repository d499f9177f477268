import type { JobHold } from '../../electron/core/jobs/registry';
import type { ProgressReport } from '../../electron/shared/progress';

/**
 * A `JobHold` a test steers: while armed, every job whose progress matches is held at its next
 * checkpoint, so the test can act (press Cancel, close the review) while the work is known to be
 * part-way, without racing it. A held job goes on when released, or ends when cancelled. (Every
 * matching job, not only the first: the page may cancel a run itself and start another, as Insight
 * does when the review changes.)
 */
export interface HeldWork extends JobHold {
  /** Holds each job that reports progress `where` accepts, until `release`. */
  hold(where: (report: ProgressReport) => boolean): void;
  /** Lets every held job go on, and holds no more. */
  release(): void;
}

export function heldWork(): HeldWork {
  let where: ((report: ProgressReport) => boolean) | undefined;
  const waiting: (() => void)[] = [];
  return {
    hold(next) {
      where = next;
    },
    holdAt(report) {
      if (where === undefined || !where(report)) return undefined;
      return new Promise<void>((resolve) => waiting.push(resolve));
    },
    release() {
      where = undefined;
      for (const resolve of waiting.splice(0)) resolve();
    },
  };
}
