import chardet from 'chardet';
import iconv from 'iconv-lite';

/**
 * Bytes → text for CSV files from agencies. Decoding the whole file before parsing avoids
 * papaparse splitting multi-byte characters across chunks (papaparse #751).
 *
 * Order: a byte-order mark decides; otherwise strict UTF-8 (valid UTF-8 is almost never
 * accidental); otherwise chardet's guess, where every single-byte Western guess is read as
 * Windows-1252 (a superset of ISO-8859-1 for printable text, and what Excel on Windows writes).
 */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: fall through to detection.
  }
  const guess = chardet.detect(bytes)?.toUpperCase() ?? '';
  if (guess === 'UTF-16LE' || guess === 'UTF-16BE') {
    const encoding = guess === 'UTF-16LE' ? 'utf-16le' : 'utf-16be';
    return { text: new TextDecoder(encoding).decode(bytes), encoding };
  }
  return { text: iconv.decode(Buffer.from(bytes), 'win1252'), encoding: 'windows-1252' };
}
