/**
 * LibreOffice headless as a verifier: converting to PDF proves the .docx opens and lays out.
 * Each run uses its own profile directory, so parallel runs do not fight over the user profile
 * lock (a shared profile makes a second soffice exit silently without converting).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { pathToFileURL } from 'node:url';

const run = promisify(execFile);

export async function convertToPdf(docxPath: string, outDir: string, timeoutMs = 240_000): Promise<string> {
  const profile = mkdtempSync(join(tmpdir(), 'cw-lo-profile-'));
  try {
    await run(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        docxPath,
      ],
      { timeout: timeoutMs },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const pdf = join(outDir, basename(docxPath).replace(/\.docx$/i, '.pdf'));
  if (!existsSync(pdf)) throw new Error(`LibreOffice did not produce ${pdf}`);
  return pdf;
}

export async function pdfText(pdfPath: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-layout', pdfPath, '-'], { maxBuffer: 256 * 1024 * 1024 });
  return stdout;
}
