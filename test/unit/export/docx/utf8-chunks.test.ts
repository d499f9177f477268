import { describe, expect, it } from 'vitest';
import { chunkChronology, writeChronologyTable } from '@export/docx/chronology-xml';
import { chronologyTableXml } from '@test/helpers/chronology-table-xml';
import { Utf8Chunks } from '@export/docx/utf8-chunks';
import { DEFAULT_STYLE } from '@export/report/model';
import { fictionalChronology } from '@test/fixtures/reports/sample-model';

const joined = (buffers: readonly Buffer[]): string => Buffer.concat(buffers).toString('utf8');

describe('appendix XML written as UTF-8 buffers', () => {
  it('keeps every piece once and in order: short and long, accented, curly-quoted and astral text', () => {
    const pieces = [
      '<w:t>',
      'Kerry’s “visit” — café, naïve, Zoë 😀',
      'x'.repeat(300),
      '<w:br/>',
      'é'.repeat(700_000),
      'ab',
      'ü'.repeat(2_000_000),
      '</w:t>',
    ];
    const out = new Utf8Chunks();
    const handed: Buffer[] = [];
    pieces.forEach((piece, i) => {
      out.add(piece);
      if (i % 3 === 0) handed.push(...out.takeFull());
    });
    handed.push(...out.end());
    expect(joined(handed)).toBe(pieces.join(''));
  });

  it('hands over buffers of about a megabyte, not the whole part in one', () => {
    const out = new Utf8Chunks();
    const row = '<w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc></w:tr>';
    for (let i = 0; i < 60_000; i += 1) out.add(row);
    const buffers = out.end();
    expect(buffers.reduce((sum, b) => sum + b.length, 0)).toBe(60_000 * row.length);
    expect(buffers.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...buffers.map((b) => b.length))).toBeLessThanOrEqual(1 << 20);
  });

  it('writes into a buffer again once it is given back, and ignores buffers it did not hand over', () => {
    const out = new Utf8Chunks();
    const row = (n: number): string => `<w:tr><w:t>row ${n} ${'é'.repeat(40)}</w:t></w:tr>`;
    const written: string[] = [];
    const copies: Buffer[] = [];
    const handedMemory = new Set<ArrayBufferLike>();
    let reused = 0;
    for (let n = 0; n < 40_000; n += 1) {
      out.add(row(n));
      written.push(row(n));
      for (const buffer of out.takeFull()) {
        if (handedMemory.has(buffer.buffer)) reused += 1;
        handedMemory.add(buffer.buffer);
        // Read before giving it back: its bytes are overwritten from then on.
        copies.push(Buffer.from(buffer));
        out.recycle(buffer);
        out.recycle(Buffer.alloc(16));
      }
    }
    copies.push(...out.end());
    expect(joined(copies)).toBe(written.join(''));
    expect(reused).toBeGreaterThan(0);
    expect(handedMemory.size).toBeLessThanOrEqual(2);
  });

  it('writes an appendix table exactly as the string it replaces', () => {
    const rows = fictionalChronology(1200).map((row, i) =>
      i % 5 === 0 ? { ...row, event: `${row.event}\nLine two & <more> “quoted” 😀`, outcome: '' } : row,
    );
    const out = new Utf8Chunks();
    const expected: string[] = [];
    const ids = { next: 10 };
    const expectedIds = { next: 10 };
    for (const chunk of chunkChronology(rows)) {
      writeChronologyTable(out, chunk, DEFAULT_STYLE, `Caption ${chunk.year}`, ids);
      expected.push(chronologyTableXml(chunk, DEFAULT_STYLE, `Caption ${chunk.year}`, expectedIds));
    }
    expect(joined(out.end())).toBe(expected.join(''));
    expect(ids.next).toBe(10 + rows.length);
  });
});
