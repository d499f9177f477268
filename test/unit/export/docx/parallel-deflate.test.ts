import { crc32, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { deflatePieces } from '@export/docx/parallel-deflate';

/** XML-like text that repeats across batch boundaries, so batches refer back into the one before. */
function xmlPieces(count: number, size: number): Buffer[] {
  return Array.from({ length: count }, (_, n) => {
    const row = `<w:tr><w:tc><w:p><w:r><w:t>Entry ${n}: Child R seen at home – “no concerns”</w:t></w:r></w:p></w:tc></w:tr>`;
    return Buffer.from(row.repeat(Math.ceil(size / row.length)).slice(0, size), 'utf8');
  });
}

async function roundTrip(pieces: readonly (string | Buffer)[]): Promise<void> {
  const whole = Buffer.concat(pieces.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p)));
  const deflated = await deflatePieces(pieces, 1);
  const stream = Buffer.concat(deflated.data);
  expect(stream.length).toBe(deflated.compressedSize);
  // inflateRawSync fails on a stream without a final block or with bytes after it.
  expect(inflateRawSync(stream).equals(whole)).toBe(true);
  expect(deflated.size).toBe(whole.length);
  expect(deflated.crc).toBe(crc32(whole) >>> 0);
}

describe('deflatePieces', () => {
  it('gives one deflate stream of the pieces: large pieces cut into batches, small ones gathered', async () => {
    await roundTrip(xmlPieces(7, 1_000_000));
    await roundTrip([...xmlPieces(3, 900_000), 'a', ...xmlPieces(2, 100), ...xmlPieces(1, 3_000_000)]);
    await roundTrip(Array.from({ length: 20_000 }, (_, n) => `<w:p><w:t>Entry ${n}</w:t></w:p>`));
  });

  it('handles nothing, one byte and incompressible data', async () => {
    await roundTrip([]);
    await roundTrip(['', 'x', '']);
    const noise = Buffer.alloc(1_500_000);
    let seed = 7;
    for (let i = 0; i < noise.length; i += 1) noise[i] = (seed = (seed * 1_103_515_245 + 12_345) >>> 0) >>> 24;
    await roundTrip([noise, 'tail']);
  });

  it('hands back each Buffer piece once, when nothing reads it any more', async () => {
    const [large] = xmlPieces(1, 5_000_000);
    const small = xmlPieces(3, 100_000);
    const pieces: (string | Buffer)[] = [large!, small[0]!, small[1]!, 'a string', ...xmlPieces(1, 800_000), small[2]!];
    const expected = Buffer.concat(pieces.map((p) => Buffer.from(p)));
    const handedBack: Buffer[] = [];
    const deflated = await deflatePieces(pieces, 1, (piece) => {
      handedBack.push(piece);
      // Overwritten at once, as a buffer written into again would be.
      piece.fill(0x21);
    });
    expect(inflateRawSync(Buffer.concat(deflated.data)).equals(expected)).toBe(true);
    const buffers = pieces.filter((p): p is Buffer => typeof p !== 'string');
    expect(handedBack.length).toBe(buffers.length);
    for (const buffer of buffers) expect(handedBack).toContain(buffer);
  });

  it('gives the same bytes every time', async () => {
    const once = Buffer.concat((await deflatePieces(xmlPieces(5, 700_000), 1)).data);
    const again = Buffer.concat((await deflatePieces(xmlPieces(5, 700_000), 1)).data);
    expect(once.equals(again)).toBe(true);
  });
});
