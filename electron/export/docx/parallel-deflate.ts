/**
 * A part given in pieces, deflated as pigz does: the pieces are gathered into (or cut into) batches
 * of about a megabyte, and each batch is deflated on its own on libuv's thread pool, several at
 * once, while the main thread goes on writing the next pieces. Concatenated, the batches are one
 * deflate stream: each ends with a sync flush (an empty stored block, so it ends on a byte boundary
 * and is not the last block), each is deflated knowing the 32 KB before it (a preset dictionary, so
 * it may refer back into the batch before, as one stream would), and an empty final block closes
 * the stream.
 *
 * Why: at 20,000 rows of long narratives the appendix is ~60 MB of XML, and one deflate stream
 * works through it on one thread at a time (0.3 s at the fastest level, more than twice the time
 * the XML takes to write), so the main thread waited for it. The unzipped part is the same bytes;
 * the compressed bytes are not those of one stream (a few bytes per batch more or less).
 *
 * A piece is handed back (`deflated`) as soon as nothing reads it, so its buffer can be written
 * into again rather than wait for the garbage collector (utf8-chunks.ts).
 */
import { promisify } from 'node:util';
import { constants, crc32, deflateRaw, type ZlibOptions } from 'node:zlib';

const deflateRawOnPool = promisify<Buffer, ZlibOptions, Buffer>(deflateRaw);

/** Bytes deflated in one go, about (the appendix comes in pieces of just under 1 MB: one batch each). */
const BATCH_BYTES = 1 << 20;
/** Batches being deflated at once, at most: bounds the memory held (libuv runs four at a time). */
const BATCHES_IN_FLIGHT = 3;
/** How far back deflate may refer. */
const WINDOW_BYTES = 32 << 10;
/**
 * Output buffer of one batch: large enough for a batch of XML in one go on the thread pool (about a
 * third of its size at the fastest level); less compressible data takes more rounds.
 */
const OUTPUT_CHUNK_BYTES = 512 << 10;
/** A final fixed-Huffman block holding nothing: BFINAL 1, BTYPE 01, end-of-block, padded. */
const FINAL_EMPTY_BLOCK = Buffer.from([0x03, 0x00]);

export interface DeflatedPieces {
  /** The raw deflate stream, in order. */
  readonly data: Buffer[];
  readonly compressedSize: number;
  /** Bytes before deflating. */
  readonly size: number;
  /** CRC-32 of the bytes before deflating. */
  readonly crc: number;
}

interface Batch {
  readonly deflated: Promise<Buffer>;
  /** The pieces this batch is the last reader of. */
  readonly frees: readonly Buffer[];
}

/**
 * `deflated` is called with each Buffer piece once nothing reads it any more (its batches are
 * deflated, or it was copied into one): its bytes may then be overwritten.
 */
export async function deflatePieces(
  pieces: Iterable<string | Buffer>,
  level: number,
  deflated: (piece: Buffer) => void = () => undefined,
): Promise<DeflatedPieces> {
  const running: Batch[] = [];
  const data: Buffer[] = [];
  let dictionary: Buffer | null = null;
  let gathered: { readonly bytes: Buffer; readonly piece: string | Buffer }[] = [];
  let gatheredBytes = 0;
  let crc = 0;
  let size = 0;

  const finish = async (batch: Batch): Promise<void> => {
    data.push(await batch.deflated);
    for (const piece of batch.frees) deflated(piece);
  };
  const deflateBatch = async (bytes: Buffer, frees: readonly Buffer[]): Promise<void> => {
    const options: ZlibOptions = {
      level,
      chunkSize: OUTPUT_CHUNK_BYTES,
      finishFlush: constants.Z_SYNC_FLUSH,
      ...(dictionary === null ? {} : { dictionary }),
    };
    const batch = { deflated: deflateRawOnPool(bytes, options), frees };
    // Awaited in order below; until then a failure must not count as an unhandled rejection.
    batch.deflated.catch(() => undefined);
    running.push(batch);
    // A copy: the piece it comes from may be given back before the next batch starts.
    dictionary = Buffer.from(bytes.subarray(Math.max(0, bytes.length - WINDOW_BYTES)));
    if (running.length >= BATCHES_IN_FLIGHT) await finish(running.shift()!);
  };
  const deflateGathered = async (): Promise<void> => {
    if (gatheredBytes === 0) return;
    const taken = gathered;
    gathered = [];
    gatheredBytes = 0;
    if (taken.length === 1) {
      const [{ bytes, piece }] = taken as [(typeof taken)[number]];
      await deflateBatch(bytes, typeof piece === 'string' ? [] : [piece]);
      return;
    }
    const batch = Buffer.concat(taken.map((t) => t.bytes));
    for (const { piece } of taken) if (typeof piece !== 'string') deflated(piece);
    await deflateBatch(batch, []);
  };

  for (const piece of pieces) {
    const bytes = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
    if (bytes.length === 0) continue;
    crc = crc32(bytes, crc);
    size += bytes.length;
    if (bytes.length < BATCH_BYTES / 2) {
      // Small pieces are copied together into a batch.
      gathered.push({ bytes, piece });
      gatheredBytes += bytes.length;
      if (gatheredBytes >= BATCH_BYTES) await deflateGathered();
      continue;
    }
    // A large piece is cut into equal batches without copying it.
    await deflateGathered();
    const count = Math.ceil(bytes.length / BATCH_BYTES);
    const each = Math.ceil(bytes.length / count);
    for (let at = 0; at < bytes.length; at += each) {
      const last = at + each >= bytes.length;
      await deflateBatch(bytes.subarray(at, at + each), last && typeof piece !== 'string' ? [piece] : []);
    }
  }
  await deflateGathered();
  while (running.length > 0) await finish(running.shift()!);
  data.push(FINAL_EMPTY_BLOCK);
  const compressedSize = data.reduce((sum, chunk) => sum + chunk.length, 0);
  return { data, compressedSize, size, crc: crc >>> 0 };
}
