import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { writeZip } from '@export/docx/zip-writer';

const scratch = mkdtempSync(join(tmpdir(), 'casewright-zip-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function* pieces(count: number): Generator<string> {
  for (let n = 0; n < count; n += 1)
    yield `<w:p><w:r><w:t>Entry ${n}: Child R seen at home – “no concerns”</w:t></w:r></w:p>`;
}

describe('writeZip', () => {
  it('writes a part given in pieces as the same bytes as the whole, readable by JSZip and by unzip', async () => {
    const whole = Buffer.from([...pieces(20_000)].join(''), 'utf8');
    const zip = await writeZip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'word/document.xml', data: pieces(20_000) },
    ]);
    const read = await JSZip.loadAsync(zip);
    expect(Object.keys(read.files)).toEqual(['[Content_Types].xml', 'word/document.xml']);
    const document = await read.file('word/document.xml')!.async('nodebuffer');
    expect(document.equals(whole)).toBe(true);
    // unzip checks every entry's CRC and sizes against the central directory.
    const file = join(scratch, 'pieces.zip');
    writeFileSync(file, zip);
    expect(
      execFileSync(
        'python3',
        ['-c', 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print(z.testzip())', file],
        { encoding: 'utf8' },
      ).trim(),
    ).toBe('None');
  });

  it('says when each Buffer piece has been deflated, after which its bytes may be overwritten', async () => {
    const texts = [...pieces(30_000)];
    const buffers = [Buffer.from(texts.slice(0, 15_000).join(''), 'utf8'), Buffer.from(texts.slice(15_000).join(''))];
    const done: Buffer[] = [];
    const zip = await writeZip([
      {
        name: 'word/document.xml',
        data: [buffers[0]!, 'between', buffers[1]!],
        deflated: (piece) => {
          done.push(piece);
          piece.fill(0x21);
        },
      },
    ]);
    expect(done.length).toBe(2);
    expect(done[0]).toBe(buffers[0]);
    expect(done[1]).toBe(buffers[1]);
    const read = await JSZip.loadAsync(zip);
    expect(await read.file('word/document.xml')!.async('string')).toBe(
      `${texts.slice(0, 15_000).join('')}between${texts.slice(15_000).join('')}`,
    );
  });

  it('gives the same bytes for the same entries', async () => {
    const entries = () => [
      { name: 'a.xml', data: pieces(50) },
      { name: 'b.xml', data: Buffer.from('<b/>') },
    ];
    expect((await writeZip(entries())).equals(await writeZip(entries()))).toBe(true);
  });
});
