/**
 * The workbook an agency fills in, read back as a spreadsheet program would: drop-down lists,
 * input messages on every heading, a frozen and protected heading row with unlocked input cells,
 * hidden lists, a locked sheet structure and the hidden marker; the family named by pseudonym or
 * by real name as the reviewer chose (and the choice in the audit log); and LibreOffice reads it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readRequestMarker } from '@import/requests/read-marker';
import { readXlsx } from '@import/parse/xlsx';
import { REQUEST_COLUMNS } from '@shared/domain/agency-request';
import { sheetPath } from '@test/helpers/request-workbook';
import { requestReview } from '@test/helpers/request-review';

async function prepared() {
  const review = await requestReview();
  await review.call('review.updateMeta', {
    scopeStart: '2019-01-01',
    scopeEnd: '2021-06-30',
    partnership: 'Westmoor Safeguarding Partnership',
  });
  await review.call('people.add', {
    realName: 'Rosie Marchbank',
    pseudonym: 'Child R',
    dateOfBirth: '2018-04-02',
    relationshipToChild: 'subject child',
  });
  await review.call('people.add', {
    realName: 'Kerry Marchbank',
    pseudonym: 'Mother',
    dateOfBirth: '1995-09-14',
    relationshipToChild: 'mother',
  });
  await review.call('chronology.addAgency', { name: 'Health visiting' });
  await review.call('chronology.addAgency', { name: 'Westmoor Police' });
  return review;
}

function parts(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const text = (path: string) => strFromU8(files[path]!);
  return { files, text, sheet: (name: string) => text(sheetPath(files, name)) };
}

describe('a chronology request workbook', () => {
  it('has drop-down lists, input messages, a frozen protected heading row, hidden lists and the marker', async () => {
    const review = await prepared();
    const { bytes } = await review.makeRequest('Westmoor Police', { dueDate: '2026-12-20' });
    const { text, sheet } = parts(bytes);

    const workbook = text('xl/workbook.xml');
    expect(
      [...workbook.matchAll(/<sheet name="([^"]+)"([^>]*)\/>/g)].map((m) => [
        m[1],
        m[2]!.includes('state="veryHidden"'),
      ]),
    ).toEqual([
      ['Instructions', false],
      ['Chronology', false],
      ['Lists', true],
    ]);
    expect(workbook).toContain('<workbookProtection lockStructure="1"/>');

    const chronology = sheet('Chronology');
    // Headings in row 1, in the template's order, in the locked heading style; the columns below unlocked text cells.
    const headings = [...chronology.matchAll(/<c r="([A-Z]+)1" s="(\d+)" t="inlineStr"><is><t>([^<]+)<\/t>/g)];
    expect(headings.map((m) => m[3])).toEqual(REQUEST_COLUMNS.map((c) => c.heading));
    const styles = text('xl/styles.xml');
    const xfs = [...styles.slice(styles.indexOf('<cellXfs')).matchAll(/<xf [^>]*?(?:\/>|>.*?<\/xf>)/g)].map(
      (m) => m[0],
    );
    const headingStyle = xfs[Number(headings[0]![2])]!;
    expect(headingStyle).toContain('<protection locked="1"/>');
    const columnStyles = [...chronology.matchAll(/<col [^>]*style="(\d+)"/g)].map((m) => xfs[Number(m[1])]!);
    expect(columnStyles).toHaveLength(REQUEST_COLUMNS.length);
    for (const style of columnStyles) expect(style).toMatch(/numFmtId="49".*<protection locked="0"\/>/);
    expect(chronology).toMatch(/<sheetProtection sheet="1"[^>]*insertRows="0"[^>]*deleteRows="0"/);
    expect(chronology).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');

    // An input message on every heading; drop-downs where the issue asks for them.
    const rules = [
      ...chronology.matchAll(/<dataValidation([^>]*)sqref="([^"]+)">(?:<formula1>([^<]*)<\/formula1>)?/g),
    ].map((m) => ({ attrs: m[1]!, range: m[2]!, list: m[3] ?? null }));
    REQUEST_COLUMNS.forEach((column, index) => {
      const letter = String.fromCharCode(65 + index);
      const onHeading = rules.find((r) => r.range === `${letter}1` || r.range.startsWith(`${letter}1:`));
      expect(onHeading?.attrs, column.heading).toContain(`promptTitle="${column.heading}"`);
      expect(onHeading?.attrs).toContain('showInputMessage="1"');
    });
    const listOf = (heading: string) =>
      rules.find(
        (r) =>
          r.list !== null &&
          r.range.startsWith(`${String.fromCharCode(65 + REQUEST_COLUMNS.findIndex((c) => c.heading === heading))}2:`),
      );
    expect(listOf('Event type')).toMatchObject({ list: 'EventTypes' });
    expect(listOf('Event type')!.attrs).toContain('showErrorMessage="0"');
    for (const heading of ['Child seen', 'Child seen alone', 'Child spoken to']) {
      expect(listOf(heading)).toMatchObject({ list: 'YesNoNotRecorded' });
      expect(listOf(heading)!.attrs).toContain('errorStyle="stop"');
    }
    expect(listOf('Risk level')).toMatchObject({ list: 'RiskLevels' });
    expect(listOf('Shared with')).toMatchObject({ list: 'OtherAgencies' });
    // The Date column has no list: it takes the vague forms the importer reads, typed as text.
    expect(listOf('Date')).toBeUndefined();

    // The named lists point at the hidden sheet, which holds the values.
    const lists = await readXlsx(bytes, 'request.xlsx', 'Lists');
    const column = (i: number) => lists.rows.map((row) => row[i]).filter((v) => v !== '');
    const names = Object.fromEntries(
      [...workbook.matchAll(/<definedName name="(\w+)">Lists!\$([A-Z])\$1:\$[A-Z]\$(\d+)<\/definedName>/g)].map((m) => [
        m[1],
        m[2]!.charCodeAt(0) - 65,
      ]),
    );
    expect(column(names.YesNoNotRecorded!)).toEqual(['Yes', 'No', 'Not recorded']);
    expect(column(names.RiskLevels!)).toEqual(['Standard', 'Medium', 'High', 'Not assessed']);
    expect(column(names.OtherAgencies!)).toEqual(['Health visiting']);
    expect(column(names.EventTypes!).length).toBeGreaterThan(3);

    const marker = readRequestMarker(bytes);
    const session = await review.call<{ meta: { title: string } }>('review.getSession');
    expect(marker).toMatchObject({
      templateId: 'casewright-agency-chronology-request',
      templateVersion: 1,
      agency: 'Westmoor Police',
      reviewTitle: session.meta.title,
    });
    expect(marker!.reviewId).toMatch(/^[0-9a-f]{32}$/);
    expect(marker!.requestId).toMatch(/^[0-9a-f]{24}$/);
    review.close();
  });

  it('writes the instructions in plain words with UK dates, and names the family only as the reviewer chose (recorded in the audit log)', async () => {
    const review = await prepared();
    const pseudonymous = await review.makeRequest('Westmoor Police', { dueDate: '2026-12-20' });
    const instructions = (await readXlsx(pseudonymous.bytes, 'request.xlsx', 'Instructions')).rows.map((row) =>
      row.filter((c) => c !== '').join(' | '),
    );
    const all = instructions.join('\n');
    expect(all).toContain('Please return by | 20 December 2026');
    expect(all).toContain('from 1 January 2019 to 30 June 2021');
    expect(all).toContain('Send it to | A. Reviewer, reviewer@westmoor.example');
    expect(all).toMatch(/Spring 2013/);
    expect(all).toMatch(/Child seen alone \| The child was seen without a parent/);
    expect(all).toContain('Date | 14/03/2021');
    expect(all).toContain('Child R | not known | subject child');
    // Pseudonyms only: no real name or date of birth anywhere in the package.
    const everything = Object.values(unzipSync(pseudonymous.bytes))
      .map((b) => strFromU8(b))
      .join('\n');
    expect(everything).not.toContain('Marchbank');
    expect(everything).not.toContain('2 April 2018');

    const named = await review.makeRequest('Health visiting', { naming: 'real-names' });
    const namedText = (await readXlsx(named.bytes, 'request.xlsx', 'Instructions')).rows
      .map((row) => row.filter((c) => c !== '').join(' | '))
      .join('\n');
    expect(namedText).toContain('Rosie Marchbank | 2 April 2018 | subject child');
    expect(namedText).toContain('Please return by | the date the reviewer gave you');

    const audit = await review.call<{ label: string; table: string | null; after: Record<string, unknown> | null }[]>(
      'review.listAudit',
      {},
    );
    const sent = audit.filter((a) => a.table === 'agency_request');
    expect(sent.map((a) => a.label).sort()).toEqual([
      'Chronology request to Health visiting (real names)',
      'Chronology request to Westmoor Police (pseudonyms only)',
    ]);
    const namedRow = sent.find((a) => a.after?.naming === 'real-names')!.after!;
    expect(JSON.parse(namedRow.subjects_json as string)).toEqual([
      { personId: expect.any(Number), name: 'Rosie Marchbank', dateOfBirth: '2018-04-02', role: 'subject child' },
      { personId: expect.any(Number), name: 'Kerry Marchbank', dateOfBirth: '1995-09-14', role: 'mother' },
    ]);
    const pseudonymRow = sent.find((a) => a.after?.naming === 'pseudonyms')!.after!;
    expect(pseudonymRow.subjects_json).not.toContain('Marchbank');
    review.close();
  });

  it('opens in LibreOffice: the Chronology sheet converts to CSV with its headings, and a re-saved copy keeps the marker', async () => {
    const review = await prepared();
    const { path, bytes } = await review.makeRequest('Westmoor Police');
    /** Converts (opens and saves as) the workbook with LibreOffice headless, as a user's office suite would. */
    const convertInLibreOffice = (file: string, filter: string, outDir: string) =>
      execFileSync(
        'soffice',
        [
          '--headless',
          `-env:UserInstallation=file://${join(review.dir, 'lo-profile')}`,
          '--convert-to',
          filter,
          '--outdir',
          outDir,
          file,
        ],
        { stdio: 'ignore', timeout: 180_000 },
      );
    const out = join(review.dir, 'lo');
    mkdirSync(out);
    convertInLibreOffice(path, 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', out);
    const csv = readdirSync(out).find((name) => name.endsWith('-Chronology.csv'));
    expect(csv).toBeDefined();
    expect(readFileSync(join(out, csv!), 'utf8').split(/\r?\n/)[0]).toBe(
      REQUEST_COLUMNS.map((c) => c.heading).join(','),
    );

    const resaved = join(review.dir, 'resaved');
    mkdirSync(resaved);
    convertInLibreOffice(path, 'xlsx:Calc MS Excel 2007 XML', resaved);
    const copy = new Uint8Array(readFileSync(join(resaved, readdirSync(resaved)[0]!)));
    expect(readRequestMarker(copy)).toEqual(readRequestMarker(bytes));
    review.close();
  }, 420_000);
});
