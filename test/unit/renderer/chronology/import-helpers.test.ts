import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '@renderer/features/chronology/import/base64';
import { assignColumn, fieldForHeader, missingRequired } from '@renderer/features/chronology/import/mapping';

describe('import column mapping', () => {
  it('maps a column to a field, letting go of whatever held either before', () => {
    const start = { date: 'Date', summary: 'Details', outcome: 'Result' };
    const moved = assignColumn(start, 'Result', 'summary');
    expect(moved).toEqual({ date: 'Date', summary: 'Result' });
    expect(fieldForHeader(moved, 'Details')).toBeNull();
    expect(fieldForHeader(moved, 'Result')).toBe('summary');
  });

  it('unmaps a column and names required fields left without one', () => {
    const cleared = assignColumn({ date: 'Date', summary: 'Details' }, 'Date', null);
    expect(cleared).toEqual({ summary: 'Details' });
    expect(missingRequired(cleared)).toEqual(['Date']);
    expect(missingRequired({ date: 'When' })).toEqual([]);
  });
});

describe('bytes to base64', () => {
  it('matches Node for text and for large binary input', () => {
    const text = new TextEncoder().encode('Date,Summary\n03/02/2021,Visit – “seen alone”\n');
    expect(bytesToBase64(text)).toBe(Buffer.from(text).toString('base64'));
    const big = new Uint8Array(200_000).map((_, i) => (i * 31) % 256);
    expect(bytesToBase64(big)).toBe(Buffer.from(big).toString('base64'));
    expect(bytesToBase64(new Uint8Array())).toBe('');
  });
});
