/**
 * A returned chronology request imports with nothing to map: generated, filled in as an agency
 * would (vague dates, a row with a mistake), and imported through the same pipeline as any import.
 * A workbook for another review, or with a renamed or missing heading, is refused and changes nothing.
 */
import { describe, expect, it } from 'vitest';
import type { ChronologyEntry } from '@shared/domain/chronology';
import type { AgencyRequest } from '@shared/domain/agency-request';
import { fillRequestWorkbook, requestRow } from '@test/helpers/request-workbook';
import { base64, requestReview } from '@test/helpers/request-review';

const ROWS = [
  requestRow({
    date: '03/02/2021',
    time: '14:30',
    eventType: 'Home visit',
    summary: 'Visit to the family home; mother and child present.',
    actionTaken: 'Advice on safe sleep.',
    outcome: 'Follow-up in two weeks.',
    sourceRole: 'Health visitor',
    sourceReference: 'HV-001',
    childSeen: 'Yes',
    childSeenAlone: 'No',
    childSpokenTo: 'No',
    sharedWith: 'Westmoor Police',
    sourceDocument: 'Case note',
  }),
  requestRow({
    date: 'Spring 2013',
    eventType: 'Referral',
    summary: 'Neighbour reported shouting at the address.',
    actionTaken: 'Referred to children’s social care.',
    outcome: 'No further action.',
    sourceRole: 'Call handler',
    sourceReference: 'LOG-17',
    riskTool: 'DASH',
    riskLevel: 'Medium',
    childSeen: 'Not recorded',
    childSeenAlone: 'Not recorded',
    childSpokenTo: 'Not recorded',
    sharedWith: 'Health visiting; Children’s social care',
    sourceDocument: 'Incident log',
  }),
  requestRow({
    date: 'May 2014',
    eventType: 'Police call-out',
    summary: 'Officers attended a reported argument.',
    actionTaken: 'Words of advice.',
    outcome: 'DASH completed.',
    sourceRole: 'Police constable',
    sourceReference: 'CR-2014-9',
    riskTool: 'DASH',
    riskLevel: 'High',
    childSeen: 'Yes',
    childSeenAlone: 'Yes',
    childSpokenTo: 'Yes',
    sharedWith: 'Health visiting',
    sourceDocument: 'Crime report',
  }),
  requestRow({
    date: 'c. 10/06/2015',
    time: '09:00',
    eventType: 'School contact',
    summary: 'Teacher noticed bruising on the child’s arm.',
    actionTaken: 'Spoke to the designated lead.',
    outcome: 'Referral made.',
    sourceRole: 'Class teacher',
    childSeen: 'Yes',
    childSeenAlone: 'No',
    childSpokenTo: 'Yes',
    sourceDocument: 'Safeguarding log',
  }),
  requestRow({
    date: '31/02/2016',
    eventType: 'Home visit',
    summary: 'A visit with an impossible date.',
    sourceRole: 'Health visitor',
    sourceReference: 'HV-002',
    childSeen: 'No',
    childSeenAlone: 'No',
    childSpokenTo: 'No',
    sourceDocument: 'Case note',
  }),
  requestRow({
    date: 'Early 2014',
    summary: 'Letter from GP about missed appointments.',
    sourceRole: 'GP',
    sourceReference: 'GP-4',
    sourceDocument: 'Letter',
  }),
];

async function entries(review: Awaited<ReturnType<typeof requestReview>>): Promise<ChronologyEntry[]> {
  return (await review.call<{ rows: ChronologyEntry[] }>('chronology.list', { limit: 100 })).rows;
}

describe('importing a returned chronology request', () => {
  it('brings every filled cell into the review with nothing to map, names the bad row, and updates the tracking list', async () => {
    const review = await requestReview();
    await review.call('chronology.addAgency', { name: 'Health visiting' });
    const { bytes, request } = await review.makeRequest('Westmoor Police', { dueDate: '2099-01-31' });
    const filled = fillRequestWorkbook(bytes, ROWS);
    const returned = { fileName: 'Westmoor Police - returned.xlsx', bytesBase64: base64(filled) };

    // All or nothing: the impossible date refuses the whole workbook, naming the row, the column and the reason.
    const refused = await review.attempt('requests.importApply', returned);
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation' } });
    const problems = (
      refused as unknown as { error: { details: { problems: { row: number; column?: string; reason: string }[] } } }
    ).error.details.problems;
    expect(problems).toEqual([
      expect.objectContaining({ row: 6, column: 'Date', reason: expect.stringMatching(/February|day/i) }),
    ]);
    expect(await entries(review)).toHaveLength(0);
    let [tracked] = await review.call<AgencyRequest[]>('requests.list');
    expect(tracked).toMatchObject({
      agency: 'Westmoor Police',
      returnedAt: null,
      overdue: false,
      dueDate: '2099-01-31',
    });

    const preview = await review.call<{ agency: string; totalRows: number; validRows: number; requestId: number }>(
      'requests.importPreview',
      returned,
    );
    expect(preview).toMatchObject({ agency: 'Westmoor Police', totalRows: 6, validRows: 5, requestId: request.id });

    const report = await review.call<{ imported: number; rejected: { row: number }[]; importId: number }>(
      'requests.importApply',
      { ...returned, skipInvalid: true },
    );
    expect(report.imported).toBe(5);
    expect(report.rejected.map((r) => r.row)).toEqual([6]);

    const rows = await entries(review);
    expect(rows).toHaveLength(5);
    const byRef = (text: string) => rows.find((e) => e.summary.startsWith(text))!;
    for (const cells of ROWS.filter((_, i) => i !== 4)) {
      const entry = byRef(cells[3]!);
      expect(entry.agency).toBe('Westmoor Police');
      expect(entry.date.original).toBe(cells[0]);
      expect(entry.time ?? '').toBe(cells[1]);
      expect(entry.eventType ?? '').toBe(cells[2]);
      expect(entry.actionTaken).toBe(cells[4]);
      expect(entry.outcome).toBe(cells[5]);
      expect(entry.source.role ?? '').toBe(cells[6]);
      expect(entry.source.reference ?? '').toBe(cells[7]);
      expect(entry.risk?.tool ?? '').toBe(cells[8]);
      expect(entry.risk?.level ?? '').toBe(cells[9]);
      const answer = (text: string) => ({ Yes: 'yes', No: 'no', 'Not recorded': 'unknown', '': 'unknown' })[text];
      if (cells[10] === '') expect(entry.childContact).toEqual([]);
      else
        expect(entry.childContact[0]).toMatchObject({
          seen: answer(cells[10]!),
          seenAlone: answer(cells[11]!),
          spokenTo: answer(cells[12]!),
        });
      expect(entry.sharedWith.map((s) => s.agency).join('; ')).toBe(cells[13]);
      expect(entry.source.document ?? '').toBe(cells[14]);
      // Nothing left over: every column filled a field.
      expect(entry.extraFields).toEqual([]);
    }
    // Vague dates keep their precision.
    expect(byRef('Neighbour').date).toMatchObject({
      precision: 'season',
      earliest: '2013-03-01',
      latest: '2013-05-31',
    });
    expect(byRef('Officers').date).toMatchObject({ precision: 'month', earliest: '2014-05-01' });
    expect(byRef('Teacher').date).toMatchObject({ approximate: true, earliest: '2015-06-10' });
    expect(byRef('Letter').date).toMatchObject({ precision: 'part-of-year' });

    [tracked] = await review.call<AgencyRequest[]>('requests.list');
    expect(tracked).toMatchObject({ importId: report.importId, rowsImported: 5, problemsOutstanding: 1 });
    expect(tracked!.returnedAt).not.toBeNull();

    // Taking the import out again puts the request back to "not returned".
    await review.call('chronology.removeImport', { importId: report.importId });
    [tracked] = await review.call<AgencyRequest[]>('requests.list');
    expect(tracked).toMatchObject({ returnedAt: null, importId: null });

    // A request taken off the list leaves the entries alone; Undo puts it back.
    await review.call('requests.remove', { id: request.id });
    expect(await review.call<AgencyRequest[]>('requests.list')).toEqual([]);
    await review.call('review.undo');
    expect((await review.call<AgencyRequest[]>('requests.list')).map((r) => r.agency)).toEqual(['Westmoor Police']);
    review.close();
  });

  it('refuses a workbook made for another review, naming that review, and changes nothing', async () => {
    const other = await requestReview('Child S');
    const { bytes } = await other.makeRequest('Westmoor Police');
    other.close();
    const review = await requestReview('Child R');
    const refused = await review.attempt('requests.importApply', {
      fileName: 'from-child-s.xlsx',
      bytesBase64: base64(fillRequestWorkbook(bytes, [ROWS[0]!])),
      skipInvalid: true,
    });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        message: expect.stringContaining(
          'from-child-s.xlsx: this workbook was made for another review ("Child S"), not for "Child R"',
        ),
      },
    });
    expect(await entries(review)).toHaveLength(0);
    expect(await review.call<unknown[]>('chronology.listImports')).toEqual([]);
    review.close();
  });

  it('reports an edited heading or a missing column instead of guessing, and imports nothing', async () => {
    const review = await requestReview();
    const { bytes } = await review.makeRequest('Westmoor Police');
    const headingChanges = [
      {
        fileName: 'renamed.xlsx',
        renameHeading: { from: 'Child seen alone', to: 'Seen on own' },
        message:
          'the heading of column L was changed from "Child seen alone" to "Seen on own"; put the heading back as "Child seen alone"',
      },
      {
        fileName: 'missing.xlsx',
        renameHeading: { from: 'Risk level', to: '' },
        message: 'the column "Risk level" is missing; it was column J in the workbook sent',
      },
    ];
    for (const { fileName, renameHeading, message } of headingChanges) {
      const refused = await review.attempt('requests.importApply', {
        fileName,
        bytesBase64: base64(fillRequestWorkbook(bytes, [ROWS[0]!], { renameHeading })),
        skipInvalid: true,
      });
      expect(refused).toMatchObject({ ok: false, error: { message: expect.stringContaining(message) } });
    }
    expect(await entries(review)).toHaveLength(0);

    // An ordinary spreadsheet is not a request.
    const plain = await review.attempt('requests.importPreview', {
      fileName: 'agency.csv',
      bytesBase64: base64(new TextEncoder().encode('Date,Summary\n03/02/2021,Visit\n')),
    });
    expect(plain).toMatchObject({ ok: false, error: { message: expect.stringContaining('not an Excel workbook') } });
    review.close();
  });
});
