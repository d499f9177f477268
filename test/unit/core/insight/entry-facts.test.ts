/**
 * The run's flat tables (`entry-facts.ts`) and what is worked out over them must give the same
 * answers as asking each entry: the chronological order, where an entry or an id is, "which of the
 * decider's entries named the other agency", and the incidents around a set of entries.
 */
import { describe, expect, it } from 'vitest';
import { chronologicalOrder, compareEntries, dayRange, sortEntries, withinDaysEitherWay } from '@core/insight/dates';
import { entryFacts } from '@core/insight/entry-facts';
import type { InsightEntry } from '@core/insight/input';
import { lastNamedDay } from '@core/insight/knowledge';
import { mentionsAgency } from '@core/insight/reading/agencies';
import { incidentsAround } from '@core/insight/rules/context';
import { CSC, HV, POLICE, entry, incident, input, thresholds, vague } from './build';

const undated = { text: 'unknown', earliest: null, latest: null };

/** A small chronology with vague dates, an undated entry, ties on the day and one id used twice. */
function chronology(): InsightEntry[] {
  return [
    incident('i3', '2021-03-20', POLICE),
    entry('c1', '2021-03-10', CSC, { summary: 'PPN received from police', people: ['p-kerry'] }),
    incident('i1', '2021-02-01', POLICE),
    entry('u1', undated, HV, { summary: 'Undated note' }),
    incident('spring', vague('Spring 2021', '2021-03-01', '2021-05-31'), HV),
    entry('c2', '2021-04-01', CSC, { summary: 'Letter to GP', people: ['p-kerry'] }),
    incident('i2', '2021-03-01', HV),
    entry('c0', '2021-01-05', CSC, { summary: 'Police informed of the concern', people: ['p-kerry'] }),
    incident('year', vague('2021', '2021-01-01', '2021-12-31'), POLICE, { people: ['p-connor'] }),
    entry('u0', undated, null, { summary: 'Another undated note' }),
    incident('i2', '2021-03-01', POLICE, { summary: 'Same id, same day, another agency' }),
  ];
}

describe('chronological order', () => {
  it('orders as entry comparison does, undated last, entries level on every key in list order', () => {
    const entries = chronology();
    const byComparison = entries
      .map((item, index) => ({ item, index }))
      .sort((a, b) => compareEntries(a.item, b.item) || a.index - b.index)
      .map(({ item }) => item);
    expect(sortEntries(entries)).toEqual(byComparison);
    const order = chronologicalOrder(entries);
    expect(order.order.map((index) => entries[index])).toEqual(byComparison);
    // The two entries with id "i2" on the same day keep their list order.
    expect(sortEntries(entries).filter((item) => item.id === 'i2')[0]!.agency).toBe(HV);
    entries.forEach((item, index) => {
      const range = dayRange(item.date);
      expect(order.dated[index]).toBe(range === null ? 0 : 1);
      if (range !== null) expect([order.first[index], order.last[index]]).toEqual([range.first, range.last]);
    });
  });
});

describe('entry tables', () => {
  it('finds each entry by object and each id as its last entry in list order', () => {
    const entries = chronology();
    const facts = entryFacts(input(entries), thresholds());
    expect(facts.uniqueIds).toBe(false);
    entries.forEach((item) => expect(facts.sorted[facts.positionOf(item)!]).toBe(item));
    const lastI2 = entries.filter((item) => item.id === 'i2').pop()!;
    expect(facts.sorted[facts.positionOfId('i2')!]).toBe(lastI2);
    expect(facts.positionOf({ ...entries[0]! })).toBeUndefined();
    expect(facts.positionOfId('nobody')).toBeUndefined();
    expect(facts.datedCount).toBe(entries.length - 2);
    const unique = entryFacts(input(entries.filter((item) => item !== lastI2)), thresholds());
    expect(unique.uniqueIds).toBe(true);
  });

  it('lists each agency’s dated entries in date order and numbers agencies as written', () => {
    const entries = chronology();
    const facts = entryFacts(input(entries), thresholds());
    const csc = [...facts.datedOfAgency(facts.agencyNumber(CSC))].map((at) => facts.sorted[at]!.id);
    expect(csc).toEqual(['c0', 'c1', 'c2']);
    const written = new Set(entries.map((item) => item.agency ?? ''));
    expect(facts.writtenAgencies).toBe(written.size);
    const police = facts.agencyAsWritten[facts.positionOf(entries[0]!)!];
    expect(facts.agencyAsWritten[facts.positionOf(entries[2]!)!]).toBe(police);
  });
});

describe('scans over the tables', () => {
  it('start at the first entry that can reach a day, or that starts on or after it', () => {
    const entries = chronology();
    const facts = entryFacts(input(entries), thresholds());
    const days = [...facts.first.slice(0, facts.datedCount)];
    for (let day = Math.min(...days) - 2; day <= Math.max(...days) + 2; day += 1) {
      for (const positions of [null, facts.incidentPositions, facts.concernPositions]) {
        const list = positions === null ? [...Array(facts.datedCount).keys()] : [...positions];
        const starting = list.findIndex((at) => facts.first[at]! >= day);
        expect(facts.startingFrom(positions, day)).toBe(starting === -1 ? list.length : starting);
        // A scan from `scanStart` meets every entry whose days reach `day`.
        const from = facts.scanStart(positions, day);
        const reaching = list.filter((at) => facts.last[at]! >= day);
        expect(reaching.every((at) => list.indexOf(at) >= from)).toBe(true);
      }
    }
  });
});

describe('last day an agency named another', () => {
  it('gives, for every day, the latest of its entries up to that day naming the other agency', () => {
    const entries = chronology();
    const t = thresholds();
    const facts = entryFacts(input(entries), t);
    const csc = entries.filter((item) => item.agency === CSC);
    const from = dayRange(entries[7]!.date)!.first - 3;
    const answers = new Set<number>();
    for (let by = from; by < from + 120; by += 1) {
      for (const source of [POLICE, 'GP Practice', HV]) {
        const named = csc
          .filter((item) => dayRange(item.date)!.first <= by && mentionsAgency(item, source, t))
          .map((item) => dayRange(item.date)!.first);
        const expected = named.length === 0 ? -Infinity : Math.max(...named);
        expect(lastNamedDay(facts, facts.agencyNumber(CSC), source, by, t)).toBe(expected);
        answers.add(expected);
      }
    }
    // Not named yet, named by "Police informed", then by "PPN received from police"; the GP later.
    expect(answers.size).toBeGreaterThanOrEqual(4);
  });
});

describe('incidents around entries', () => {
  /** Asking entry by entry, as the rule is written. */
  function byScan(own: readonly InsightEntry[], entries: readonly InsightEntry[], days: number, others: boolean) {
    const ownIds = new Set(own.map((item) => item.id));
    const found = new Map<string, InsightEntry>();
    const t = thresholds();
    const facts = entryFacts(input(entries), t);
    for (const item of own) {
      for (const other of sortEntries(entries)) {
        if (!facts.incident[facts.positionOf(other)!] || dayRange(other.date) === null) continue;
        if (!withinDaysEitherWay(item.date, other.date, days) || ownIds.has(other.id) || found.has(other.id)) continue;
        if (others && (other.agency === null || (item.agency !== null && other.agency === item.agency))) continue;
        if (!facts.sameFamily(facts.positionOf(item)!, facts.positionOf(other)!)) continue;
        found.set(other.id, other);
      }
    }
    return [...found.values()].map((item) => item.id);
  }

  it('finds the same incidents as a scan, vague dates and repeated ids included', () => {
    const entries = chronology();
    const t = thresholds();
    const unique = entries.slice(0, -1);
    let found = 0;
    for (const list of [entries, unique]) {
      for (const own of [[list[1]!], [list[1]!, list[5]!], [list[4]!, list[7]!], [list[3]!]]) {
        for (const days of [0, 7, 30, 400]) {
          for (const others of [false, true]) {
            const around = incidentsAround(own, input(list), t, days, others).map((item) => item.id);
            expect(around).toEqual(byScan(own, list, days, others));
            found += around.length;
          }
        }
      }
    }
    expect(found).toBeGreaterThan(20);
  });
});
