import { basename } from 'node:path';
import type { SavedOutput, SaveTarget } from '../shared/api/save-target';
import { CasewrightError } from '../shared/errors';
import type { AppContext } from '../core/app/app-context';
import { writeOwnerFile } from '../core/files/owner-only';
import { extensionOf, prepareOutput, type OutputKind } from '../core/files/output-path';

const CONTENT_TYPES: Readonly<Record<Exclude<OutputKind, 'review'>, string>> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/** Where one export's bytes go, settled (and checked) before the export is built. */
export interface OutputSink {
  /** The path the export services are told; for a download, only its file name matters. */
  readonly path: string;
  write(bytes: Uint8Array): void;
  /** After `write`: what the page is told. */
  saved(): SavedOutput;
}

/**
 * Turns what the page sent into a place to write: a location the user chose in a save dialog
 * (redeemed once from the grants), or a browser download. A path is never taken from the page.
 */
export async function openOutputSink(
  app: AppContext,
  target: SaveTarget,
  kind: Exclude<OutputKind, 'review'>,
  suggestedName: string,
): Promise<OutputSink> {
  if (target.to === 'download') {
    if (app.edition !== 'browser') throw new CasewrightError('refused', 'Choose where to save the file');
    const fileName = downloadName(suggestedName, kind);
    let id: string | null = null;
    return {
      path: `/${fileName}`,
      write(bytes) {
        id = app.downloads.put({ fileName, contentType: CONTENT_TYPES[kind], bytes });
      },
      saved: () => ({ path: fileName, ...(id === null ? {} : { downloadUrl: `download/${id}` }) }),
    };
  }
  const grant = app.grants.take(target.grant);
  const { replace } = await prepareOutput(grant.path, kind, grant);
  return {
    path: grant.path,
    write: (bytes) => {
      try {
        writeOwnerFile(grant.path, bytes, { replace });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
        throw new CasewrightError('io', `${basename(grant.path)}: the file could not be written (${code})`);
      }
    },
    saved: () => ({ path: grant.path }),
  };
}

/** A file name for the browser's download: no folders, no leading dot, the right extension. */
export function downloadName(suggested: string, kind: Exclude<OutputKind, 'review'>): string {
  const extension = extensionOf(kind);
  const stem = basename(suggested)
    .replace(/\.[A-Za-z0-9]+$/, '')
    // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
    .replace(/[\\/:*?"<>|\u0000-\u001F]/g, '-')
    .replace(/^[.\s]+/, '')
    .trim()
    .slice(0, 120);
  return `${stem === '' ? 'Casewright export' : stem}${extension}`;
}
