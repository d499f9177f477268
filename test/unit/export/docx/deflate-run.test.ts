import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DeflateRun } from '@export/docx/deflate-run';

/** Text like appendix XML: repetitive markup around varied words, so matches reach across pieces. */
function xmlText(rows: number, seed: number): Buffer {
  const words = ['visit', 'Child R', 'mother', 'school', 'référé', 'café', '“no concerns”', 'strategy', 'é😀'];
  const out: string[] = [];
  for (let i = 0; i < rows; i += 1)
    out.push(
      `<w:tr><w:tc><w:p><w:r><w:t xml:space="preserve">${words[(i * seed) % words.length]} ${i}</w:t></w:r></w:p></w:tc></w:tr>`,
    );
  return Buffer.from(out.join(''), 'utf8');
}

async function deflateInPieces(pieces: readonly Buffer[], aheadBytes: number) {
  const run = new DeflateRun(1, aheadBytes);
  for (const piece of pieces) {
    run.add(piece);
    await run.room();
  }
  return run.finish();
}

describe('DeflateRun', () => {
  it('inflates to exactly the pieces given, in order, with their CRC and size, whatever their sizes', async () => {
    // Empty pieces, pieces shorter than the 32 KB window and longer than a megabyte.
    const pieces = [
      xmlText(10, 3),
      Buffer.alloc(0),
      xmlText(150, 5),
      xmlText(20_000, 7),
      xmlText(3, 2),
      xmlText(900, 4),
    ];
    const whole = Buffer.concat(pieces);
    const deflated = await deflateInPieces(pieces, 64 * 1024);
    const bytes = Buffer.concat(deflated.data);
    expect(bytes.length).toBe(deflated.compressedSize);
    expect(inflateRawSync(bytes).equals(whole)).toBe(true);
    expect(deflated.size).toBe(whole.length);
    expect(deflated.crc).toBe(crc32(whole) >>> 0);
  });

  it('compresses across the joins as one stream would: each piece reaches back into the one before', async () => {
    const row = xmlText(200, 7);
    expect(row.length).toBeLessThan(32 * 1024);
    const pieces = Array.from({ length: 40 }, () => row);
    const deflated = await deflateInPieces(pieces, 1 << 20);
    const oneStream = deflateRawSync(Buffer.concat(pieces), { level: 1 }).length;
    const unprimed = pieces.length * deflateRawSync(row, { level: 1 }).length;
    // Within a few per cent of one stream (a flush at each join), well below a fresh start at each.
    expect(deflated.compressedSize).toBeLessThan(oneStream * 1.1);
    expect(deflated.compressedSize).toBeLessThan(unprimed * 0.8);
    expect(inflateRawSync(Buffer.concat(deflated.data)).equals(Buffer.concat(pieces))).toBe(true);
  });

  it('lets the writer run ahead of the pool only up to its limit, and then catches up', async () => {
    const run = new DeflateRun(1, 100_000);
    const piece = xmlText(1_000, 3);
    run.add(piece);
    run.add(piece);
    let roomGiven = false;
    const waited = run.room().then(() => (roomGiven = true));
    // Over the limit: room comes only once the pool has deflated enough.
    expect(roomGiven).toBe(false);
    await waited;
    expect(roomGiven).toBe(true);
    expect(inflateRawSync(Buffer.concat((await run.finish()).data)).equals(Buffer.concat([piece, piece]))).toBe(true);
  });

  it('gives an empty part for no pieces', async () => {
    const deflated = await new DeflateRun(1, 1 << 20).finish();
    expect(inflateRawSync(Buffer.concat(deflated.data)).length).toBe(0);
    expect(deflated).toMatchObject({ size: 0, crc: 0 });
  });
});
