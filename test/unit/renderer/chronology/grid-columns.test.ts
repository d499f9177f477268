import { describe, expect, it } from 'vitest';
import { chronologyEntry, vagueDate } from '@test/helpers/chronology-entry';
import {
  cellText,
  dateCellText,
  editStartValue,
  GRID_COLUMNS,
  patchFor,
} from '@renderer/features/chronology/grid/grid-columns';

const entry = chronologyEntry({
  id: 7,
  date: vagueDate('03/02/2021'),
  time: '21:40',
  source: { document: null, role: 'PC1', reference: null },
  eventTypeId: 3,
  eventType: 'incident',
  summary: 'Call to 14 Larkspur Close',
  actionTaken: 'Officers attended',
  outcome: 'No further action',
});

describe('grid columns', () => {
  it('show dates as precisely as given, with an end date when there is one', () => {
    expect(dateCellText(entry)).toBe('3 Feb 2021');
    expect(dateCellText({ ...entry, date: vagueDate('Spring 2013'), endDate: vagueDate('2014') })).toBe(
      'Spring 2013 – 2014',
    );
    expect(cellText({ ...entry, date: vagueDate('c. May 2014') }, 'date')).toBe('c. May 2014');
  });

  it('show each field, and "Key" only for key entries', () => {
    expect(GRID_COLUMNS.map((c) => cellText(entry, c.id))).toEqual([
      '',
      '3 Feb 2021',
      '21:40',
      'Westmoor Police',
      'incident',
      'Call to 14 Larkspur Close',
      'Officers attended',
      'No further action',
      '',
      '',
      '',
    ]);
    expect(cellText({ ...entry, significance: 'key' }, 'significance')).toBe('Key');
  });

  it('start editing from the words as written, not the display form', () => {
    expect(editStartValue(entry, 'date')).toBe('03/02/2021');
    expect(editStartValue(entry, 'eventType')).toBe('3');
    expect(editStartValue({ ...entry, eventTypeId: null }, 'eventType')).toBe('');
  });

  it('send only real changes, in the API patch shape', () => {
    expect(patchFor(entry, 'summary', 'Call to 14 Larkspur Close')).toBeNull();
    expect(patchFor(entry, 'date', '03/02/2021')).toBeNull();
    expect(patchFor(entry, 'date', 'Spring 2021')).toEqual({ date: 'Spring 2021' });
    expect(patchFor(entry, 'time', '  ')).toEqual({ time: null });
    expect(patchFor(entry, 'eventType', '')).toEqual({ eventTypeId: null });
    expect(patchFor(entry, 'eventType', '5')).toEqual({ eventTypeId: 5 });
    expect(patchFor(entry, 'significance', 'key')).toEqual({ significance: 'key' });
    expect(patchFor(entry, 'significance', 'routine')).toBeNull();
    expect(patchFor(entry, 'agency', 'Housing')).toEqual({ agency: 'Housing' });
    expect(patchFor(entry, 'select', 'x')).toBeNull();
  });
});
