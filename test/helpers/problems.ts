import { expect } from 'vitest';
import { CasewrightError, type Problem } from '../../electron/shared/errors';

/** The problems a validation refused with (file, row, field and reason each); fails if `fn` succeeds. */
export function problemsOf(fn: () => unknown): readonly Problem[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(CasewrightError);
    return (error as CasewrightError).details?.problems ?? [];
  }
  throw new Error('expected a validation error');
}
