import { lstatSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, normalize } from 'node:path';
import { CasewrightError } from '../../shared/errors';

/** The kinds of file Casewright writes; each has one extension and a way to recognise its own. */
export type OutputKind = 'review' | 'docx' | 'pdf' | 'xlsx' | 'csv';

const EXTENSIONS: Readonly<Record<OutputKind, string>> = {
  review: '.cwr',
  docx: '.docx',
  pdf: '.pdf',
  xlsx: '.xlsx',
  csv: '.csv',
};
const KIND_WORDS: Readonly<Record<OutputKind, string>> = {
  review: 'a review file (.cwr)',
  docx: 'a Word document (.docx)',
  pdf: 'a PDF document (.pdf)',
  xlsx: 'a spreadsheet (.xlsx)',
  csv: 'a CSV file (.csv)',
};

export function extensionOf(kind: OutputKind): string {
  return EXTENSIONS[kind];
}

function refuse(path: string, reason: string): CasewrightError {
  return new CasewrightError('refused', `${basename(path) || path}: ${reason}`, {
    problems: [{ file: basename(path), reason }],
  });
}

/**
 * Checks a path before anything is written there: absolute (never resolved against the working
 * directory), already normalised (no `..`), the right extension, not a hidden dot-file, and in a
 * folder that exists (Casewright never creates folders the user did not choose).
 */
export function checkOutputPath(path: string, kind: OutputKind): string {
  if (!isAbsolute(path))
    throw refuse(path, 'give the full path of the file to write (a relative path is not accepted)');
  if (normalize(path) !== path || path.split(/[\\/]/).includes('..'))
    throw refuse(path, 'the path must not contain ".." or repeated separators');
  const name = basename(path);
  if (name.startsWith('.')) throw refuse(path, 'Casewright does not write hidden files (names starting with a dot)');
  if (extname(name).toLowerCase() !== EXTENSIONS[kind]) throw refuse(path, `this must be ${KIND_WORDS[kind]}`);
  let folder;
  try {
    folder = statSync(dirname(path));
  } catch {
    throw refuse(path, 'the folder to save in does not exist');
  }
  if (!folder.isDirectory()) throw refuse(path, 'the folder to save in is not a folder');
  return path;
}

/** What is at a path now: nothing, a Casewright output of this kind (safe to replace), or anything else. */
export async function existingOutput(path: string, kind: OutputKind): Promise<'none' | 'same-kind' | 'other'> {
  let stats;
  try {
    stats = lstatSync(path);
  } catch {
    return 'none';
  }
  if (!stats.isFile()) return 'other';
  // A review is never replaced; a PDF carries nothing that proves Casewright made it, so replacing
  // one needs the user's say-so (a save dialog that asked).
  if (kind === 'review' || kind === 'pdf') return 'other';
  try {
    const bytes = readFileSync(path);
    if (kind === 'csv')
      return bytes.subarray(0, 64).toString('utf8').startsWith('\uFEFFEntry,Date,') ? 'same-kind' : 'other';
    // The zip reader loads only when an existing file is to be recognised, so a command that never
    // replaces one (`casewright info`) does not parse it at start.
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(bytes);
    if (kind === 'docx') {
      const core = await zip.file('docProps/core.xml')?.async('string');
      return core !== undefined && core.includes('<cp:lastModifiedBy>Casewright</cp:lastModifiedBy>')
        ? 'same-kind'
        : 'other';
    }
    const workbook = await zip.file('xl/workbook.xml')?.async('string');
    return workbook !== undefined &&
      /<sheet [^>]*name="Chronology"/.test(workbook) &&
      zip.file('xl/workbook.xml') !== null
      ? 'same-kind'
      : 'other';
  } catch {
    return 'other';
  }
}

/**
 * The last check before writing an output: the path is sound and whatever is there may be replaced
 * — nothing, an earlier Casewright output of the same kind, or anything when the user has already
 * confirmed replacing it (a native save dialog asks). Returns whether the write replaces a file.
 */
export async function prepareOutput(
  path: string,
  kind: OutputKind,
  options: { readonly replaceConfirmed: boolean },
): Promise<{ readonly replace: boolean }> {
  checkOutputPath(path, kind);
  const existing = await existingOutput(path, kind);
  if (existing === 'none') return { replace: false };
  if (kind === 'review') throw refuse(path, 'a file with this name already exists; choose another name');
  if (existing === 'same-kind' || options.replaceConfirmed) return { replace: true };
  throw refuse(path, 'a file with this name already exists and was not made by Casewright; choose another name');
}
