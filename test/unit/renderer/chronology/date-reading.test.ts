import { describe, expect, it } from 'vitest';
import { readDate } from '@renderer/ui/DateReading';

describe('live reading of a typed date', () => {
  it('says how vague and exact dates are understood', () => {
    expect(readDate('Spring 2013')).toEqual({
      ok: true,
      message: 'Understood as Spring 2013 (any day from 1 Mar 2013 to 31 May 2013)',
    });
    expect(readDate('03/02/2021')).toEqual({ ok: true, message: 'Understood as 3 Feb 2021' });
    expect(readDate('c. May 2014')?.message).toBe('Understood as c. May 2014 (any day from 1 May 2014 to 31 May 2014)');
  });

  it('says why impossible dates are refused, and nothing while empty', () => {
    const reading = readDate('31/02/2022');
    expect(reading?.ok).toBe(false);
    expect(reading?.message).not.toBe('');
    expect(readDate('   ')).toBeNull();
  });
});
