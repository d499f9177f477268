import { forEachWord } from './similarity';

/**
 * Gives each distinct lower-cased word of many texts a small number, reading plain ASCII text
 * without making a string per word. The duplicate sweep reads every entry of an import (20,000 long
 * narratives hold about 6 million words, almost all of them repeats): slicing each word out and
 * looking it up in a Map spent most of the sweep allocating and hashing strings that were already
 * known. Here the word is hashed as it is read and compared in place with the one stored spelling;
 * a string is made only for a word seen for the first time.
 *
 * The words are exactly those `forEachWord` yields (runs of a–z and 0–9 after lower-casing);
 * text with any non-ASCII character goes through `forEachWord` itself.
 */
export class WordInterner {
  private keys: string[] = [];
  private slots = new Int32Array(1 << 12).fill(-1);
  private hashes: number[] = [];

  /** How many distinct words have been seen. */
  get size(): number {
    return this.keys.length;
  }

  /** The lower-cased spelling of word number `id`. */
  word(id: number): string {
    return this.keys[id]!;
  }

  /** Calls `visit` with the number of each word of `text`, in order. */
  forEachWordId(text: string, visit: (id: number) => void): void {
    if (!isAscii(text)) {
      forEachWord(text, (word) => visit(this.idOfString(word)));
      return;
    }
    let start = -1;
    let hash = 0;
    for (let i = 0; i <= text.length; i += 1) {
      let code = i < text.length ? text.charCodeAt(i) : 0;
      if (code >= 65 && code <= 90) code += 32;
      const wordChar = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
      if (wordChar) {
        if (start === -1) {
          start = i;
          hash = FNV_OFFSET;
        }
        hash = Math.imul(hash ^ code, FNV_PRIME);
      } else if (start !== -1) {
        visit(this.idOfSlice(text, start, i, hash));
        start = -1;
      }
    }
  }

  private idOfString(word: string): number {
    let hash = FNV_OFFSET;
    for (let i = 0; i < word.length; i += 1) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot]!;
      if (id === -1) return this.add(word, hash, slot);
      if (this.hashes[id] === hash && this.keys[id] === word) return id;
    }
  }

  /** The id of `text[start, end)` lower-cased (ASCII only), added when new. */
  private idOfSlice(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot]!;
      if (id === -1) return this.add(text.slice(start, end).toLowerCase(), hash, slot);
      if (this.hashes[id] !== hash) continue;
      const key = this.keys[id]!;
      if (key.length !== length) continue;
      let same = true;
      for (let k = 0; k < length; k += 1) {
        let code = text.charCodeAt(start + k);
        if (code >= 65 && code <= 90) code += 32;
        if (code !== key.charCodeAt(k)) {
          same = false;
          break;
        }
      }
      if (same) return id;
    }
  }

  private add(word: string, hash: number, slot: number): number {
    const id = this.keys.length;
    this.keys.push(word);
    this.hashes.push(hash);
    this.slots[slot] = id;
    // Kept at most half full, so a probe ends after a step or two.
    if (this.keys.length * 2 > this.slots.length) this.grow();
    return id;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    this.hashes.forEach((hash, id) => {
      let slot = hash & mask;
      while (slots[slot] !== -1) slot = (slot + 1) & mask;
      slots[slot] = id;
    });
    this.slots = slots;
  }
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** Any UTF-16 unit above 127. A regular expression scans native code: three times faster than a charCodeAt loop here. */
const NOT_ASCII = /[\u0080-\uffff]/;

function isAscii(text: string): boolean {
  return !NOT_ASCII.test(text);
}
