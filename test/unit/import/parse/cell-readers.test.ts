import { describe, expect, it } from 'vitest';
import { parseCsv } from '@import/parse/csv';
import { createEventTypeSuggester } from '@import/parse/event-type-suggestions';
import { cellText } from '@import/parse/formula';
import { readTriState } from '@import/parse/tri-state';

describe('reading agency cells', () => {
  it('reads yes / no / not recorded the way agencies write them', () => {
    expect(['Y', 'Yes', 'seen', '✓'].map((t) => readTriState(t).value)).toEqual(['yes', 'yes', 'yes', 'yes']);
    expect(['N', 'No', 'Not seen'].map((t) => readTriState(t).value)).toEqual(['no', 'no', 'no']);
    expect(['N/A', 'Not recorded', '', 'unknown'].map((t) => readTriState(t).value)).toEqual([
      'unknown',
      'unknown',
      'unknown',
      'unknown',
    ]);
    expect(readTriState('Yes - at school')).toEqual({ value: 'yes', exact: false });
  });

  it('keeps the visible text of a formula and the formula as written', () => {
    expect(cellText('=HYPERLINK("https://example.invalid/x","Letter")')).toEqual({
      value: 'Letter',
      raw: '=HYPERLINK("https://example.invalid/x","Letter")',
    });
    expect(cellText('="Seen at home"')).toEqual({ value: 'Seen at home', raw: '="Seen at home"' });
    expect(cellText('Plain words')).toEqual({ value: 'Plain words', raw: null });
  });

  it('suggests event types from the words of a row, from the data list', () => {
    const suggest = createEventTypeSuggester();
    expect(suggest('Mother did not attend the appointment')).toBe('Did not attend');
    expect(suggest('Police attended after a 999 call from a neighbour')).toBe('Police call-out');
    expect(suggest('Strategy discussion held with police and health')).toBe('Strategy discussion');
    expect(suggest('Unannounced home visit; child asleep')).toBe('Home visit');
    expect(suggest('Weather was fine')).toBeNull();
  });

  it('turns an unclosed quote into a problem on the row where it opened, with its line', () => {
    const table = parseCsv('Date,Details\n01/02/2021,"Seen at home\n02/02/2021,Phone call\n', ',', 'x.csv');
    expect(table.rows).toHaveLength(2);
    expect(table.rowProblems.get(1)?.[0]).toMatch(/a quote mark \("\) opens on line 2 of the file and is never closed/);
  });
});
