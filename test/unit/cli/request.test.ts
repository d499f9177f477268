/** Chronology requests from a script: make the workbook, import it back with nothing to map, list who has answered. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRequestMarker } from '@import/requests/read-marker';
import { readXlsx } from '@import/parse/xlsx';
import { returnRequestWorkbook } from '@test/helpers/request-workbook';
import { cliReview } from '../../helpers/cli-review';

describe('casewright request', () => {
  it('writes a workbook, imports the returned copy, and lists the request as returned (also as a spreadsheet)', async () => {
    const { dir, file, run } = await cliReview({ prefix: 'cw-cli-request-' });
    const out = join(dir, 'police-request.xlsx');
    const made = await run(['request', file, '--agency', 'Westmoor Police', '--out', out, '--due', '2020-01-31']);
    expect(made.stdout).toContain(`Wrote the chronology request for Westmoor Police to ${out}`);
    expect(made.stdout).toContain('pseudonym only');
    expect(made.stdout).toContain('Return by 31 January 2020.');
    expect(readRequestMarker(readFileSync(out))).toMatchObject({ agency: 'Westmoor Police' });

    const waiting = await run(['request', 'list', file]);
    expect(waiting.stdout).toMatch(/Westmoor Police: asked \d+ \w+ \d{4}, due 31 January 2020 — OVERDUE, not returned/);

    const returned = join(dir, 'returned.xlsx');
    returnRequestWorkbook(out, returned, [
      {
        date: 'Summer 2019',
        eventType: 'Police call-out',
        summary: 'Officers attended.',
        sourceRole: 'Police constable',
        sourceReference: 'CR-1',
        sourceDocument: 'Crime report',
      },
    ]);
    const imported = await run(['request', 'import', file, returned]);
    expect(imported.stdout).toContain('Imported 1 entries from returned.xlsx (Westmoor Police)');

    const listed = JSON.parse((await run(['request', 'list', file, '--json'])).stdout) as {
      agency: string;
      rowsImported: number;
      overdue: boolean;
      returnedAt: string | null;
    }[];
    expect(listed).toEqual([
      expect.objectContaining({
        agency: 'Westmoor Police',
        rowsImported: 1,
        overdue: false,
        returnedAt: expect.any(String),
      }),
    ]);
    const tracking = join(dir, 'requests.xlsx');
    expect((await run(['request', 'list', file, '--save', tracking])).stdout).toContain(
      `Wrote the list of 1 request to ${tracking}`,
    );
    // The panel's copy: headings, UK dates and the status in words.
    const sheet = await readXlsx(new Uint8Array(readFileSync(tracking)), 'requests.xlsx');
    expect(sheet.rows[0]).toEqual([
      'Agency',
      'Requested on',
      'Requested by',
      'Return by',
      'Status',
      'Returned on',
      'Rows imported',
      'Problems outstanding',
      'Family named as',
    ]);
    expect(sheet.rows[1]).toEqual([
      'Westmoor Police',
      expect.stringMatching(/^\d{1,2} [A-Z][a-z]+ \d{4}$/),
      expect.any(String),
      '31 January 2020',
      'Returned',
      expect.stringMatching(/^\d{1,2} [A-Z][a-z]+ \d{4}$/),
      '1',
      '0',
      'Pseudonyms only',
    ]);

    // A missing agency is a usage error; a bad return date is refused before anything is written.
    await run(['request', file, '--out', join(dir, 'x.xlsx')], 2);
    const bad = await run(['request', file, '--agency', 'GP', '--out', join(dir, 'y.xlsx'), '--due', '31/01/2020'], 2);
    expect(bad.stderr).toContain('give the return date as a day');
  });
});
