import { describe, expect, it } from 'vitest';
import { sweepDuplicates, type SweepItem } from '@core/chronology/duplicate-sweep';
import { MAX_CANDIDATES_PER_ENTRY } from '@core/chronology/duplicate-rules';
import { buildTermModel } from '@core/chronology/duplicate-terms';
import { duplicateFixture, pairKey } from '@test/fixtures/duplicates/chronology';

const agencyIds = new Map<string, number>();
const agencyId = (name: string): number => {
  if (!agencyIds.has(name)) agencyIds.set(name, agencyIds.size + 1);
  return agencyIds.get(name)!;
};
const agencyName = (id: number): string => [...agencyIds].find(([, n]) => n === id)?.[0] ?? `agency ${id}`;

function item(entryId: number, agency: string, date: string, text: string): SweepItem {
  return { row: entryId + 1, entryId, agencyId: agencyId(agency), earliest: date, latest: date, text };
}

/** Routine contacts of two agencies, a day apart, written from the same kind of template. */
function templateVisits(count: number, startId: number): SweepItem[] {
  const out: SweepItem[] = [];
  for (let n = 0; n < count; n += 1) {
    const day = String(1 + (n % 27)).padStart(2, '0');
    const month = String(1 + Math.floor(n / 27)).padStart(2, '0');
    out.push(
      item(
        startId + 2 * n,
        'Health Visiting',
        `2021-${month}-${day}`,
        'Home visit. Child R seen and weighed. Mother present. Home conditions adequate. No concerns raised.',
      ),
      item(
        startId + 2 * n + 1,
        "Children's Social Care",
        `2021-${month}-${day}`,
        'Statutory home visit. Child R seen alone. Mother present. Home conditions adequate. No concerns raised during the visit.',
      ),
    );
  }
  return out;
}

describe('duplicate sweep', () => {
  it('finds at least 90% of the known duplicates in the fixture, and proposes little else', () => {
    const fixture = duplicateFixture();
    const items = fixture.rows.map((row, n) => item(n + 1, row.agency, row.date, row.text));
    const pairs = sweepDuplicates([], items, agencyName);
    const found = new Set(
      pairs.map((p) => pairKey(fixture.rows[p.newEntryId! - 1]!.key, fixture.rows[p.existingEntryId - 1]!.key)),
    );
    const truePositives = [...found].filter((key) => fixture.truePairs.has(key)).length;
    expect(truePositives / fixture.truePairs.size).toBeGreaterThanOrEqual(0.9);
    // No template contact is ever proposed: they share only boilerplate.
    expect([...found].filter((key) => key.includes('visit-'))).toEqual([]);
    expect(truePositives / found.size).toBeGreaterThanOrEqual(0.9);
  });

  it('does not count shared template sentences as evidence of the same event', () => {
    const visits = templateVisits(60, 1);
    expect(sweepDuplicates([], visits, agencyName)).toEqual([]);
  });

  it('pairs two records that share the rare details of one event among template contacts', () => {
    const visits = templateVisits(60, 1);
    const police = item(
      500,
      'Westmoor Police',
      '2021-02-10',
      'Mr C arrested at Heron Way after a neighbour reported Ms M being strangled; DASH high risk.',
    );
    const csc = item(
      501,
      "Children's Social Care",
      '2021-02-11',
      'Notification: strangled by partner at Heron Way, partner arrested, DASH high risk. Home visit planned.',
    );
    const pairs = sweepDuplicates([], [...visits, police, csc], agencyName);
    expect(pairs).toEqual([
      expect.objectContaining({ newEntryId: 501, existingEntryId: 500, existingAgency: 'Westmoor Police' }),
    ]);
    expect(pairs[0]!.reason).toMatch(/“heron”/);
    expect(pairs[0]!.reason).not.toMatch(/“visit”|“home”|“mother”/);
  });

  it('needs more than one distinctive word in common', () => {
    const a = item(1, 'Westmoor Police', '2021-03-01', 'Letter sent.');
    const b = item(2, 'GP Practice', '2021-03-01', 'Letter received.');
    expect(sweepDuplicates([], [a, b], agencyName)).toEqual([]);
  });

  it('keeps only the best few proposals for an entry that resembles many', () => {
    const text = 'Mr C arrested at Heron Way for possession of cannabis and a knife';
    const police = item(1, 'Westmoor Police', '2021-04-10', text);
    // Six notes of one other agency (a service that logged every call about it).
    const others = Array.from({ length: 6 }, (_, n) =>
      item(10 + n, "Children's Social Care", '2021-04-11', `${text}${' reported'.repeat(n)}`),
    );
    const pairs = sweepDuplicates([police], [...templateVisits(60, 100), ...others], agencyName);
    const withPolice = pairs.filter((p) => p.existingEntryId === 1 || p.newEntryId === 1);
    expect(withPolice).toHaveLength(MAX_CANDIDATES_PER_ENTRY);
    // The closest wordings are the ones kept.
    expect(withPolice.map((p) => p.newEntryId).sort()).toEqual([10, 11, 12]);
  });

  it('weighs a word by how rare it is among the entries compared', () => {
    const model = buildTermModel([
      ...Array.from({ length: 200 }, () => 'Home visit, Child R seen, no concerns'),
      'Home visit: Child R had a fractured wrist',
    ]);
    const last = model.texts.at(-1)!;
    const words = Array.from(last.terms, (term) => model.spelling(term));
    // Words in every entry weigh nothing; the rare ones carry the weight.
    expect(words).toEqual(expect.arrayContaining(['fractured', 'wrist']));
    expect(words).not.toContain('visit');
    expect(model.texts[0]!.total).toBe(0);
  });
});
