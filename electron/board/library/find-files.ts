/**
 * The files a library covers: each named file, and every regular file under each named folder.
 * Symbolic links are not followed (a link back up the tree would never end), hidden folders are
 * skipped, and the walk stops at a fixed number of files so a mistaken root (a whole drive) ends
 * with a clear message instead of hanging.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { RefusedFile } from '../../shared/domain/board';

export const MAX_LIBRARY_FILES = 50_000;
const MAX_DEPTH = 12;

export interface FoundFile {
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
}

export interface FoundFiles {
  readonly files: readonly FoundFile[];
  readonly problems: readonly RefusedFile[];
}

export function findLibraryFiles(roots: readonly string[]): FoundFiles {
  const files = new Map<string, FoundFile>();
  const problems: RefusedFile[] = [];
  let stopped = false;

  const walk = (dir: string, depth: number): void => {
    if (stopped) return;
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (error) {
      problems.push({
        file: dir,
        kind: 'unreadable',
        reason: `${dir}: the folder could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      });
      return;
    }
    for (const name of names) {
      if (files.size >= MAX_LIBRARY_FILES) {
        stopped = true;
        problems.push({
          file: dir,
          kind: 'unreadable',
          reason: `${dir}: the library holds more than ${MAX_LIBRARY_FILES.toLocaleString('en-GB')} files; the scan stopped here. Choose the folders that hold reviews.`,
        });
        return;
      }
      const path = join(dir, name);
      let stats;
      try {
        stats = lstatSync(path);
      } catch {
        continue;
      }
      if (stats.isDirectory()) {
        if (!name.startsWith('.') && depth < MAX_DEPTH) walk(path, depth + 1);
      } else if (stats.isFile()) {
        files.set(path, { path, size: stats.size, mtimeMs: stats.mtimeMs });
      }
    }
  };

  for (const root of roots) {
    // "~/Reviews" as people type it in the browser edition, which has no folder picker.
    const path = resolve(root === '~' || root.startsWith('~/') ? join(homedir(), root.slice(1)) : root);
    let stats;
    try {
      stats = lstatSync(path);
    } catch {
      problems.push({ file: path, kind: 'unreadable', reason: `${path}: there is no such file or folder` });
      continue;
    }
    if (stats.isDirectory()) walk(path, 0);
    else if (stats.isFile()) files.set(path, { path, size: stats.size, mtimeMs: stats.mtimeMs });
    else problems.push({ file: path, kind: 'not-a-review', reason: `${path}: not a file or folder` });
  }
  // SQLite's working files beside a review (-wal, -shm, -journal) belong to it: not listed apart.
  const sideFile = /-(wal|shm|journal)$/;
  const kept = [...files.values()].filter((f) => !(sideFile.test(f.path) && files.has(f.path.replace(sideFile, ''))));
  return { files: kept, problems };
}
