/**
 * How long work (an import, an export) tells its caller how far it has gone, and how the caller
 * stops it. Platform-free: the services take these hooks, the API keeps one job per hook pair, and
 * the CLI passes its own.
 */

/**
 * What is counted: rows of a chronology, reviews of a library, bytes of a file read, or stages of
 * work counted out of 100.
 */
export type ProgressUnit = 'rows' | 'reviews' | 'bytes' | 'percent';

/** What a progress bar shows: `done` of `total` rows (reviews, bytes), or of 100 for work counted in stages. */
export interface ProgressReport {
  /** What is happening now, in words a reviewer reads ("Importing rows"). */
  readonly step: string;
  readonly done: number;
  readonly total: number;
  readonly unit: ProgressUnit;
}

export interface WorkHooks {
  /** Called at each step and after each batch of rows; `done` never goes down. */
  readonly onProgress?: (report: ProgressReport) => void;
  /** Set when the reviewer cancels: the work stops at its next check and changes nothing. */
  readonly signal?: CancelSignal;
}

/** The part of an AbortSignal the services read (this folder has no platform types). */
export interface CancelSignal {
  readonly aborted: boolean;
  /**
   * While the job is held (see `JobHold`), the wait before it may go on; else undefined. Only
   * tests hold a job, to act on it at a known point.
   */
  readonly whileHeld?: () => Promise<void> | undefined;
}

/** A job as the page sees it while polling. */
export interface JobProgress extends ProgressReport {
  readonly state: 'running' | 'cancelling';
}

// Made on first use: the first Intl formatter of a process loads the locale data (tens of
// milliseconds), and the command line loads this file on every start but shows progress only for
// long work.
let formatters: { readonly count: Intl.NumberFormat; readonly megabytes: Intl.NumberFormat } | null = null;
function numberFormats(): NonNullable<typeof formatters> {
  formatters ??= {
    count: new Intl.NumberFormat('en-GB'),
    megabytes: new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  };
  return formatters;
}
const count = { format: (value: number): string => numberFormats().count.format(value) };
const megabytes = { format: (value: number): string => numberFormats().megabytes.format(value) };

/** Bytes as a reviewer reads a file's size, in the unit the file's whole size is given in: "98 KB", "12.5 MB". */
function fileSize(bytes: number, total: number): string {
  return total < 1_000_000
    ? `${count.format(Math.round(bytes / 1000))} KB`
    : `${megabytes.format(bytes / 1_000_000)} MB`;
}

/**
 * "1,500 of 20,000 rows", "120 of 500 reviews", "2.1 MB of 8.0 MB" or "40%": what a progress bar
 * (or the terminal) says about a report.
 */
export function progressText(report: ProgressReport): string {
  if (report.total <= 0) return 'starting';
  switch (report.unit) {
    case 'percent':
      return `${Math.round((report.done / report.total) * 100)}%`;
    case 'bytes':
      return `${fileSize(report.done, report.total)} of ${fileSize(report.total, report.total)}`;
    case 'reviews':
      return `${count.format(report.done)} of ${count.format(report.total)} review${report.total === 1 ? '' : 's'}`;
    case 'rows':
      return `${count.format(report.done)} of ${count.format(report.total)} rows`;
  }
}
