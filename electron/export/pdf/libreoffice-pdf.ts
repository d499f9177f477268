/**
 * Word → tagged, accessible PDF through LibreOffice (headless), when it is installed. Tagged PDF
 * keeps the headings as PDF structure, the table header rows, the figures' alt text, the title and
 * the language; PDF/UA mode asks LibreOffice to check them. Nothing is downloaded: if LibreOffice
 * is missing the export says so plainly and writes nothing.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { CasewrightError } from '../../shared/errors';

const run = promisify(execFile);

/** writer_pdf_Export options (LibreOffice 7.4+ reads them as JSON on the command line). */
const PDF_FILTER = `pdf:writer_pdf_Export:${JSON.stringify({
  UseTaggedPDF: { type: 'boolean', value: 'true' },
  PDFUACompliance: { type: 'boolean', value: 'true' },
  ExportBookmarks: { type: 'boolean', value: 'true' },
  ExportFormFields: { type: 'boolean', value: 'false' },
  UseLosslessCompression: { type: 'boolean', value: 'true' },
})}`;

/** The LibreOffice program on this machine, or null. `CASEWRIGHT_SOFFICE` overrides the search. */
export function findLibreOffice(env: NodeJS.ProcessEnv = process.env): string | null {
  const override = env.CASEWRIGHT_SOFFICE;
  if (override !== undefined && override !== '') return existsSync(override) ? override : null;
  const names = process.platform === 'win32' ? ['soffice.exe'] : ['soffice', 'libreoffice'];
  const dirs = (env.PATH ?? '').split(delimiter).filter((d) => d !== '');
  if (process.platform === 'darwin') dirs.push('/Applications/LibreOffice.app/Contents/MacOS');
  if (process.platform === 'win32') dirs.push('C:\\Program Files\\LibreOffice\\program');
  for (const dir of dirs) {
    for (const name of names) {
      const candidate = join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here; keep looking
      }
    }
  }
  return null;
}

export const LIBREOFFICE_MISSING =
  'PDF export needs LibreOffice, which is not installed on this computer. Install LibreOffice (free, from libreoffice.org or your system’s package manager) and try again, or export to Word and save as PDF from Word.';

/**
 * Converts a finished .docx (bytes) to PDF bytes. The temporary copy is called "document.docx" so
 * no review title or name reaches the temp folder, and is removed afterwards.
 */
export async function docxToTaggedPdf(
  docx: Buffer,
  options: { readonly soffice?: string | null; readonly timeoutMs?: number } = {},
): Promise<Buffer> {
  const soffice = options.soffice === undefined ? findLibreOffice() : options.soffice;
  if (soffice === null)
    throw new CasewrightError('refused', LIBREOFFICE_MISSING, {
      problems: [{ field: 'pdf', reason: 'LibreOffice is not installed' }],
    });
  const work = mkdtempSync(join(tmpdir(), 'cw-pdf-'));
  try {
    const input = join(work, 'document.docx');
    writeFileSync(input, docx);
    const profile = pathToFileURL(join(work, 'profile')).href;
    try {
      await run(
        soffice,
        [
          `-env:UserInstallation=${profile}`,
          '--headless',
          '--norestore',
          '--convert-to',
          PDF_FILTER,
          '--outdir',
          work,
          input,
        ],
        {
          timeout: options.timeoutMs ?? 300_000,
        },
      );
    } catch (error) {
      throw new CasewrightError(
        'io',
        `LibreOffice could not convert the document to PDF: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    const pdf = join(work, 'document.pdf');
    if (!existsSync(pdf))
      throw new CasewrightError('io', 'LibreOffice did not produce a PDF (is another copy of LibreOffice stuck?)');
    return readFileSync(pdf);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
