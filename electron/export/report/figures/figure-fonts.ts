/**
 * The system font files a figure's text is drawn with. resvg, told to load the system fonts, reads
 * and parses every font file on the machine for each figure it draws (a tenth of a second of CPU a
 * figure here, more where many fonts are installed), for the one or two faces a figure uses. So the
 * files of the families the figures name are found once, by their usual file names, and resvg is
 * given only those: still the system's own fonts, nothing downloaded or bundled.
 *
 * Where none of them is found, or a figure's text holds letters outside the Latin scripts and
 * common punctuation (which resvg then finds in whatever installed font has them), the caller
 * loads every system font as before.
 */
import { readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The families the figures ask for, with the file names of their regular and bold faces. */
const FAMILY_FILES: ReadonlyMap<string, readonly string[]> = new Map([
  ['dejavu sans', ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf']],
  ['liberation sans', ['LiberationSans-Regular.ttf', 'LiberationSans-Bold.ttf']],
  ['arial', ['arial.ttf', 'arialbd.ttf', 'Arial.ttf', 'Arial Bold.ttf']],
  ['helvetica', ['Helvetica.ttc']],
]);

function fontDirectories(): string[] {
  const home = homedir();
  if (process.platform === 'win32') {
    const windows = process.env['WINDIR'] ?? 'C:\\Windows';
    const local = process.env['LOCALAPPDATA'];
    return [join(windows, 'Fonts'), ...(local === undefined ? [] : [join(local, 'Microsoft', 'Windows', 'Fonts')])];
  }
  if (process.platform === 'darwin') return ['/System/Library/Fonts', '/Library/Fonts', join(home, 'Library', 'Fonts')];
  return ['/usr/share/fonts', '/usr/local/share/fonts', join(home, '.local', 'share', 'fonts'), join(home, '.fonts')];
}

/** Every font file under the font directories, by file name (the first found of each name). */
function listFontFiles(): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (dir: string, depth: number): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // A directory that is not there (or not readable) holds no fonts for us.
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && depth < 4) visit(path, depth + 1);
      else if (entry.isFile() && /\.(ttf|otf|ttc)$/i.test(entry.name) && !found.has(entry.name))
        found.set(entry.name, path);
    }
  };
  for (const dir of fontDirectories()) visit(dir, 0);
  return found;
}

let installed: Map<string, string> | null = null;

/** Letters and marks of the Latin scripts, general punctuation, currency signs and arrows: what the families above all cover. */
const COVERED = /^[\t\n\r\u0020-\u024F\u2000-\u206F\u20A0-\u20BF\u2190-\u21FF]*$/u;

/**
 * The font files for an SVG's `font-family` lists, or null when every system font should be loaded
 * (none of those files is installed, or the text needs letters they may not have).
 */
export function figureFontFiles(svg: string, visibleText: readonly string[]): string[] | null {
  if (!visibleText.every((text) => COVERED.test(text))) return null;
  installed ??= listFontFiles();
  const files = new Set<string>();
  for (const match of svg.matchAll(/font-family=["']([^"']*)["']/g)) {
    // The first family of the list that is installed is the one drawn with, as resvg would choose.
    for (const family of (match[1] ?? '').split(',').map((f) => f.trim().toLowerCase())) {
      const paths = (FAMILY_FILES.get(family) ?? []).flatMap((name) => installed?.get(name) ?? []);
      if (paths.length === 0) continue;
      for (const path of paths) files.add(path);
      break;
    }
  }
  return files.size === 0 ? null : [...files];
}
