import { Unzip, UnzipInflate } from 'fflate';
import { IMPORT_LIMITS, refuseFile, tooLargeUnzipped } from './limits';

/**
 * Unpacks an .xlsx in memory, counting the bytes every part really inflates to (the sizes a zip
 * declares can lie), and refuses as soon as the total passes the limit. A zip bomb is stopped
 * after at most the limit, before the workbook reader inflates anything.
 */
export function checkZipInflatedSize(
  fileName: string,
  bytes: Uint8Array,
  limit: number = IMPORT_LIMITS.inflatedBytes,
): void {
  let total = 0;
  let failure: Error | null = null;
  const unzip = new Unzip((file) => {
    file.ondata = (error, chunk) => {
      if (failure !== null) return;
      if (error) {
        failure = refuseFile(fileName, 'the workbook is damaged (a part of it cannot be unpacked)');
        return;
      }
      total += chunk.length;
      if (total > limit) {
        failure = tooLargeUnzipped(fileName, limit);
        file.terminate();
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  // Push in slices so a bomb is stopped between slices rather than after the whole file.
  const slice = 1024 * 1024;
  try {
    for (let offset = 0; offset < bytes.length && failure === null; offset += slice) {
      unzip.push(bytes.subarray(offset, Math.min(bytes.length, offset + slice)), offset + slice >= bytes.length);
    }
  } catch {
    failure ??= refuseFile(fileName, 'the workbook is damaged (it is not a complete Excel file)');
  }
  if (failure !== null) throw failure;
}
