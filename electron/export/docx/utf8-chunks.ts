/**
 * XML text collected as UTF-8 in buffers of about a megabyte, for parts written in pieces (the
 * chronology appendix: 20–60 MB of XML at 20,000 rows). Joining the pieces into one string per
 * table and encoding that copied every byte twice, and the copying was most of the cost of
 * writing the appendix; here each piece is encoded once, straight into the buffer. Short pieces
 * (the markup between cells) are gathered into a string first: one write of a few kilobytes costs
 * less than a hundred writes of a few bytes.
 *
 * A buffer handed over and done with (deflated) may be given back (`recycle`) and is written into
 * again: otherwise ~60 of them at 20,000 rows of long narratives wait for the garbage collector,
 * and were a good part of the export's peak memory.
 */
const CHUNK_BYTES = 1 << 20;
const SHORT_PIECE = 256;
const PENDING_LIMIT = 4096;
/** The most UTF-8 bytes one UTF-16 code unit can take. */
const MAX_BYTES_PER_UNIT = 3;

export class Utf8Chunks {
  private buffer: Buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;
  private pending = '';
  private full: Buffer[] = [];
  /** Buffers given back, to be written into again. */
  private readonly spare: Buffer[] = [];

  add(text: string): void {
    if (text.length < SHORT_PIECE) {
      this.pending += text;
      if (this.pending.length < PENDING_LIMIT) return;
      this.flushPending();
      return;
    }
    this.flushPending();
    this.write(text);
  }

  /** The buffers filled so far, handed over (and forgotten here). */
  takeFull(): Buffer[] {
    const taken = this.full;
    this.full = [];
    return taken;
  }

  /**
   * Gives back a buffer this handed over (`takeFull`), once nothing reads it any more: its bytes will
   * be overwritten. Anything else is left to the garbage collector.
   */
  recycle(handed: Buffer): void {
    const whole = handed.buffer;
    if (handed.byteOffset === 0 && whole.byteLength === CHUNK_BYTES && whole !== this.buffer.buffer)
      this.spare.push(Buffer.from(whole));
  }

  /** Everything not yet handed over, the last buffer cut to what it holds. */
  end(): Buffer[] {
    this.flushPending();
    if (this.used > 0) this.full.push(this.buffer.subarray(0, this.used));
    this.buffer = Buffer.alloc(0);
    this.used = 0;
    return this.takeFull();
  }

  private flushPending(): void {
    if (this.pending === '') return;
    const text = this.pending;
    this.pending = '';
    this.write(text);
  }

  private write(text: string): void {
    const most = text.length * MAX_BYTES_PER_UNIT;
    if (this.used + most > this.buffer.length) {
      if (this.used > 0) this.full.push(this.buffer.subarray(0, this.used));
      this.buffer =
        most <= CHUNK_BYTES ? (this.spare.pop() ?? Buffer.allocUnsafe(CHUNK_BYTES)) : Buffer.allocUnsafe(most);
      this.used = 0;
    }
    this.used += this.buffer.write(text, this.used, 'utf8');
  }
}
