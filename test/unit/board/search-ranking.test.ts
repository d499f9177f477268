/**
 * Search across reviews puts the best match first (BM25: the words more often, in a shorter
 * passage), breaks ties in favour of the newer review, orders the groups by their best match and
 * says in words why each result ranks where it does.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoardService, type BoardService } from '@board/board-service';
import type { Library } from '@board/library/load-library';
import { markMatches, matchReason } from '@board/views/search';
import { tempDir } from '../../helpers/review-file';
import { reviewWriter } from '../../helpers/board-library';

describe('ranked search across reviews', () => {
  const library = tempDir('board-rank-library-');
  let service: BoardService;
  let loaded: Library;

  beforeAll(async () => {
    const writer = reviewWriter(tempDir('board-rank-writer-'));
    const padding =
      'The family moved house twice and the school changed its attendance officer during the spring term that year';
    await writer.write(library, {
      fileName: 'passing-mention.cwr',
      title: 'Child Passing',
      kind: 'lcspr',
      scopeEnd: '2023-03-31',
      findings: [
        { title: 'Attendance', body: `${padding}. A neglect referral was mentioned once. ${padding}.`, tags: [] },
      ],
    });
    await writer.write(library, {
      fileName: 'about-neglect.cwr',
      title: 'Child Focus',
      kind: 'lcspr',
      scopeEnd: '2019-03-31',
      findings: [
        { title: 'Neglect was missed', body: 'Neglect at home; neglect of health; neglect referral.', tags: [] },
      ],
    });
    // The same recommendation in an older and a newer review: equal relevance, newer first.
    for (const [fileName, title, scopeEnd] of [
      ['older-twin.cwr', 'Child Older', '2016-06-30'],
      ['newer-twin.cwr', 'Child Newer', '2024-06-30'],
    ] as const) {
      await writer.write(library, {
        fileName,
        title,
        kind: 'dhr',
        scopeEnd,
        recommendations: [{ text: 'Agencies to share safeguarding chronologies' }],
      });
    }
    service = createBoardService({
      home: tempDir('board-rank-home-'),
      templatesDir: join(__dirname, '../../../templates'),
    });
    loaded = service.load([library]);
  }, 120_000);

  afterAll(() => service.close());

  it('puts the passage that is about the words before one that mentions them in passing, whatever the review order', () => {
    const groups = service.search(loaded, 'neglect');
    expect(groups.map((g) => g.reviewTitle)).toEqual(['Child Focus', 'Child Passing']);
    expect(groups[0]?.hits[0]?.reason).toBe('Your words appear 4 times in a finding of 11 words.');
    expect(groups[1]?.hits[0]?.reason).toMatch(/^Your words appear once in a finding of \d+ words\.$/);
  });

  it('ranks a passage holding every word side by side above one where they are apart', () => {
    const groups = service.search(loaded, 'neglect referral');
    expect(groups.map((g) => g.reviewTitle)).toEqual(['Child Focus', 'Child Passing']);
    expect(groups[0]?.hits[0]?.snippet).toContain('«neglect» «referral»');
    expect(groups[0]?.hits[0]?.reason).toContain('side by side');
  });

  it('gives equally good matches in the newer review first', () => {
    const groups = service.search(loaded, 'safeguarding chronologies');
    expect(groups.map((g) => g.reviewTitle)).toEqual(['Child Newer', 'Child Older']);
    expect(groups[0]?.hits[0]).toMatchObject({
      kind: 'recommendation',
      snippet: 'Agencies to share «safeguarding» «chronologies»',
    });
  });

  it("finds a changed review's new words and no longer its old ones, leaving the other reviews' passages", () => {
    const file = join(library, 'older-twin.cwr');
    const db = new Database(file);
    try {
      db.prepare(`UPDATE recommendation SET text = 'Agencies to share tenancy warnings' WHERE id = 1`).run();
    } finally {
      db.close();
    }
    const reloaded = service.load([library]);
    expect(service.search(reloaded, 'tenancy').map((g) => g.reviewTitle)).toEqual(['Child Older']);
    expect(service.search(reloaded, 'safeguarding chronologies').map((g) => g.reviewTitle)).toEqual(['Child Newer']);
    expect(service.search(reloaded, 'neglect').map((g) => g.reviewTitle)).toEqual(['Child Focus', 'Child Passing']);
  });

  it('marks words by their beginning and quoted phrases whole, ignoring case and accents', () => {
    expect(
      markMatches('Neglect noted; a referral made', { prefixes: ['refer'], phrases: [['neglect', 'noted']] }),
    ).toBe('«Neglect noted»; a «referral» made');
    expect(markMatches('Zoë was seen', { prefixes: ['zoe'], phrases: [] })).toBe('«Zoë» was seen');
    expect(matchReason({ kind: 'entry', marked: 'a «visit» and a «visit»' }, true)).toBe(
      'Your words appear twice in a chronology entry of 5 words; ranked among the 5,000 most recent matches, as so many passages match: add a word to narrow the search.',
    );
  });
});
