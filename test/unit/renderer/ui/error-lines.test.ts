import { describe, expect, it } from 'vitest';
import { errorLines } from '@renderer/ui/ErrorMessage';

describe('error messages say each thing once, in plain words', () => {
  it('drops a problem that repeats the message, field name and all', () => {
    const lines = errorLines({
      code: 'validation',
      message: 'The pseudonym "Child K" is already used by another person.',
      details: { problems: [{ field: 'pseudonym', reason: '"Child K" is already used' }] },
    });
    expect(lines).toEqual({ message: 'The pseudonym "Child K" is already used by another person.', problems: [] });
  });

  it('keeps problems that add where and what, naming file, row and column but never an internal field', () => {
    const lines = errorLines({
      code: 'validation',
      message: 'The file has 2 problems.',
      details: {
        problems: [
          { file: 'school.csv', row: 3, column: 'Date', field: 'date', reason: 'not a date: 31/02/2021' },
          { file: 'school.csv', row: 3, column: 'Date', field: 'date', reason: 'not a date: 31/02/2021' },
        ],
      },
    });
    expect(lines.problems).toEqual(['school.csv, row 3, column Date: not a date: 31/02/2021']);
  });
});
