import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The files under `dir` (the review, its journal, backups, the app home) that hold `text` as UTF-8
 * or UTF-16: what erasure and encryption tests use to say a name is in no byte left on disk.
 */
export function filesHolding(dir: string, text: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => {
      const bytes = readFileSync(file);
      return bytes.includes(text) || bytes.includes(Buffer.from(text, 'utf16le'));
    });
}

export function bytesHold(dir: string, text: string): boolean {
  return filesHolding(dir, text).length > 0;
}
