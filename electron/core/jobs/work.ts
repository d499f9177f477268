import { CasewrightError } from '../../shared/errors';
import type { CancelSignal } from '../../shared/progress';

/** The message every cancelled job ends with; the page shows it as a status, not as a failure. */
export const CANCELLED_MESSAGE = 'Cancelled. Nothing was changed.';

/**
 * Lets the event loop answer other calls (a progress poll, a cancel) before the work goes on. Long
 * work yields between batches; a cancel is seen at the first check after it arrives.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Stops the work (its transaction rolls back, its file is never written) once the reviewer cancels. */
export function throwIfCancelled(signal: CancelSignal | undefined): void {
  if (signal?.aborted === true) throw new CasewrightError('cancelled', CANCELLED_MESSAGE);
}

/**
 * A yield (and the wait while a test holds the job), then the cancel check: what long work does
 * between its batches and stages.
 */
export async function checkpoint(signal: CancelSignal | undefined): Promise<void> {
  await yieldToEventLoop();
  const held = signal?.whileHeld?.();
  if (held !== undefined) await held;
  throwIfCancelled(signal);
}
