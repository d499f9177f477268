/**
 * Deflating a large part (document.xml with a 20,000-row appendix: 20–60 MB of XML) on libuv's
 * thread pool while the main thread writes it.
 *
 * Deflating it as one zlib stream kept the main thread waiting: each megabyte went to the thread
 * pool and came back before the next was written, so writing and deflating took turns (about half a
 * second of an export of long narratives). Here each piece is a deflate call of its own, started as
 * soon as the piece is written: the main thread goes on writing the next pieces meanwhile, and
 * several pieces deflate at once on a machine with the cores for it. This is how pigz works:
 *
 * - every piece ends with a sync flush (an empty stored block), so it ends on a byte boundary and
 *   the next piece's bytes simply follow; one empty final block closes the stream;
 * - each piece is primed with the 32 KB of text before it as its dictionary (the window one stream
 *   would have had), so its matches reach back across the join as they would in one stream.
 *
 * The part inflates to exactly the bytes that were added; only the compressed bytes differ from
 * one stream's (by a few bytes a piece).
 */
import { constants, crc32, deflateRaw, deflateRawSync } from 'node:zlib';

/** The most a deflate back-reference reaches back (window bits 15). */
const DEFLATE_WINDOW = 32 * 1024;
/** An empty block marked final: ends a stream whose pieces all ended with a sync flush. */
const FINAL_BLOCK = deflateRawSync(Buffer.alloc(0));

/** Output buffer per piece, as a share of the piece's size. */
const OUTPUT_SHARE = 1 / 3;

/** A part deflated whole: its compressed bytes in order, and what the zip's headers record. */
export interface Deflated {
  readonly data: readonly Buffer[];
  readonly compressedSize: number;
  readonly size: number;
  readonly crc: number;
}

function deflatePiece(piece: Buffer, level: number, dictionary: Buffer | null): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    deflateRaw(
      piece,
      {
        level,
        finishFlush: constants.Z_SYNC_FLUSH,
        // Room for the whole output in one buffer: each buffer filled is a trip back to the main
        // thread, which may be busy writing. Appendix XML deflates to 5–30% of its size; a piece
        // that does not takes a second trip.
        chunkSize: Math.max(16 * 1024, Math.ceil(piece.length * OUTPUT_SHARE)),
        ...(dictionary === null ? {} : { dictionary }),
      },
      // Copied out of that buffer, mostly unused, so the part's compressed bytes hold no more memory
      // than their size until the zip is written.
      (error, compressed) => (error === null ? resolve(Buffer.from(compressed)) : reject(error)),
    ),
  );
}

/** The last `DEFLATE_WINDOW` bytes of `before` followed by `piece`, copied (the piece can then be freed). */
function windowAfter(before: Buffer | null, piece: Buffer): Buffer {
  if (piece.length >= DEFLATE_WINDOW) return Buffer.from(piece.subarray(piece.length - DEFLATE_WINDOW));
  const joined = before === null ? piece : Buffer.concat([before, piece]);
  return Buffer.from(joined.subarray(Math.max(0, joined.length - DEFLATE_WINDOW)));
}

/**
 * A part deflated piece by piece, in order, as pieces are added. Each piece waits in memory with its
 * deflate's state and output until the pool gets to it, so the writer keeps at most `aheadBytes`
 * waiting (`room`) rather than run ahead with the whole part.
 */
export class DeflateRun {
  private readonly compressed: Promise<Buffer>[] = [];
  private crc = 0;
  private size = 0;
  private window: Buffer | null = null;
  private waitingBytes = 0;
  private readonly waiters: (() => void)[] = [];

  constructor(
    private readonly level: number,
    private readonly aheadBytes: number,
  ) {}

  /** Starts deflating `piece` on the thread pool; the piece must not change afterwards. */
  add(piece: Buffer): void {
    if (piece.length === 0) return;
    this.crc = crc32(piece, this.crc);
    this.size += piece.length;
    const done = deflatePiece(piece, this.level, this.window);
    this.window = windowAfter(this.window, piece);
    this.waitingBytes += piece.length;
    const settled = (): void => {
      this.waitingBytes -= piece.length;
      while (this.waitingBytes < this.aheadBytes && this.waiters.length > 0) this.waiters.shift()!();
    };
    // Either way: a failure is reported by `finish`, and until then must not surface as an
    // unhandled rejection.
    done.then(settled, settled);
    this.compressed.push(done);
  }

  /** Resolves once less than `aheadBytes` of the added pieces are still waiting to be deflated. */
  room(): Promise<void> {
    return this.waitingBytes < this.aheadBytes
      ? Promise.resolve()
      : new Promise((resolve) => this.waiters.push(resolve));
  }

  /** The whole part, once every piece is deflated, closed by the final block. */
  async finish(): Promise<Deflated> {
    const data = [...(await Promise.all(this.compressed)), FINAL_BLOCK];
    return {
      data,
      compressedSize: data.reduce((sum, b) => sum + b.length, 0),
      size: this.size,
      crc: this.crc >>> 0,
    };
  }
}
