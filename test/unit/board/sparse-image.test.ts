/**
 * A scan reads only the pages the digest needs (schema, people, findings, recommendations and
 * the chronology's indexes, not the chronology itself), and the digest read from those pages is
 * exactly the digest read from the whole file, long texts on overflow pages included.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDigest } from '@board/library/digest';
import { DIGEST_PAGES, openCopy } from '@board/library/read-review';
import { readSparseImage } from '@board/library/sparse-image';
import { characteristicTemplatesDir, loadCharacteristicTemplates } from '@core/people/characteristic-templates';
import { asReadable } from '@core/store/db-types';
import { tempDir } from '../../helpers/review-file';
import { reviewWriter } from '../../helpers/board-library';

const templates = loadCharacteristicTemplates(characteristicTemplatesDir(join(__dirname, '../../../templates')));

function digestOf(bytes: Buffer, file: string) {
  const db = openCopy(bytes);
  try {
    return readDigest({ db: asReadable(db), file, formatVersion: 0, templates });
  } finally {
    db.close();
  }
}

function sparseCopy(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const header = Buffer.alloc(100);
    readSync(fd, header, 0, 100, 0);
    const size = readFileSync(file).length;
    return Buffer.from(readSparseImage(fd, size, header, DIGEST_PAGES, Buffer.alloc(0)));
  } finally {
    closeSync(fd);
  }
}

describe('reading only the pages a digest needs', () => {
  let file: string;

  beforeAll(async () => {
    const writer = reviewWriter(tempDir('board-sparse-writer-'));
    const long = Array.from({ length: 900 }, (_, i) => `passage ${i} about the visit`).join(' ');
    const rows = ['Date,Summary,Action taken'];
    for (let i = 0; i < 1500; i += 1)
      rows.push(
        `${String(1 + (i % 28)).padStart(2, '0')}/03/2021,Home visit ${i} by the health visitor to Kerry Ashdown,Letter sent ${i}`,
      );
    file = await writer.write(tempDir('board-sparse-library-'), {
      fileName: 'long.cwr',
      title: 'Child Long',
      kind: 'lcspr',
      scopeEnd: '2021-12-31',
      people: [
        {
          realName: 'Kerry Ashdown',
          pseudonym: 'KA',
          role: 'mother',
          characteristics: [{ id: 'sex', state: 'recorded', optionId: 'female' }],
        },
      ],
      findings: [
        {
          title: 'A finding too long for one page',
          body: `Kerry Ashdown said ${long}`,
          tags: [{ taxonomyId: 'domestic-abuse-themes', termId: 'child-voice-absent' }],
        },
        { title: 'A short finding', body: 'Short.', tags: [] },
      ],
      recommendations: [
        {
          text: `Review the plan with Kerry Ashdown ${long.slice(0, 5000)}`,
          owner: 'Health',
          due: '2022-06-30',
          status: 'agreed',
        },
      ],
      chronologyCsv: { agency: 'Health Visiting', csv: rows.join('\n') },
    });
  }, 120_000);

  it('gives the same digest as the whole file', () => {
    const whole = digestOf(readFileSync(file), file);
    expect(whole.entryCount).toBe(1500);
    expect(whole.findings[0]?.text.length).toBeGreaterThan(20_000);
    expect(digestOf(sparseCopy(file), file)).toEqual(whole);
  });

  it('leaves the chronology out, which is most of the file', () => {
    const sparse = sparseCopy(file);
    const pageSize = readFileSync(file).readUInt16BE(16);
    let read = 0;
    for (let at = 0; at < sparse.length; at += pageSize)
      if (sparse.subarray(at, at + pageSize).some((b) => b !== 0)) read += 1;
    expect(read).toBeLessThan(sparse.length / pageSize / 2);
  });
});
