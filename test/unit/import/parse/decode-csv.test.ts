import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeText, detectDelimiter, detectHeaderRow, detectMapping, parseCsv } from '@import/parse';

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../../fixtures/chronology/${name}`, import.meta.url)));
const text = 'Date,Summary\n03/02/2021,Réunion with Zoë — “family” £5\n';

describe('decoding agency files', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(new Uint8Array(Buffer.from(text, 'utf8')))).toEqual({ text, encoding: 'utf-8' });
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    expect(decodeText(new Uint8Array(bytes))).toEqual({ text, encoding: 'utf-8-bom' });
  });

  it('reads Windows-1252 (accents, curly quotes, dash and pound sign)', () => {
    const bytes = iconv.encode(text, 'win1252');
    expect(bytes.includes(0x93)).toBe(true); // “ in Windows-1252, invalid as UTF-8
    expect(decodeText(new Uint8Array(bytes))).toEqual({ text, encoding: 'windows-1252' });
  });

  it('reads UTF-16 with a BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(decodeText(new Uint8Array(bytes))).toEqual({ text, encoding: 'utf-16le' });
  });
});

describe('delimiters, quoting and header rows', () => {
  it.each([
    ['police-return.csv', ','],
    ['semicolon.csv', ';'],
    ['tab.csv', '\t'],
  ])('detects the delimiter of %s', (name, delimiter) => {
    expect(detectDelimiter(decodeText(new Uint8Array(fixture(name))).text)).toBe(delimiter);
  });

  it('keeps quoted newlines, commas and doubled quotes inside one cell', () => {
    const table = parseCsv(decodeText(new Uint8Array(fixture('police-return.csv'))).text, ',');
    expect(table.rows[5]![3]).toBe(
      'Second domestic incident.\nRF damaged the front door; RM declined to give a statement',
    );
    expect(table.rows[6]![3]).toBe('Neighbour said she heard "banging" most weekends');
    expect(table.rows[4]![3]).toContain('shouting, RM had');
  });

  it('skips title rows above the header', () => {
    const table = parseCsv(decodeText(new Uint8Array(fixture('police-return.csv'))).text, ',');
    expect(detectHeaderRow(table.rows)).toBe(3);
    expect(detectHeaderRow([['Chronology'], ['a', 'b', 'c'], ['1', '2', '3']])).toBe(1);
  });

  it('maps common header names to fields', () => {
    expect(
      detectMapping([
        'Date',
        'Time',
        'Event Type',
        'Details',
        'Action Taken',
        'Officer',
        'Shared With',
        'Comments',
        'Key event',
      ]),
    ).toEqual({
      date: 'Date',
      time: 'Time',
      eventType: 'Event Type',
      summary: 'Details',
      actionTaken: 'Action Taken',
      sourceRole: 'Officer',
      sharedWith: 'Shared With',
      analysis: 'Comments',
      significance: 'Key event',
    });
    expect(
      detectMapping(['Date of Contact', 'Practitioner Role', 'Description', 'Outcome/Decision', 'Ref No.']),
    ).toEqual({
      date: 'Date of Contact',
      sourceRole: 'Practitioner Role',
      summary: 'Description',
      outcome: 'Outcome/Decision',
      sourceReference: 'Ref No.',
    });
  });
});
