import { IMPORT_FIELD_LABELS } from './domain/import-fields';

/**
 * Errors that cross the API boundary. Services throw `CasewrightError`; the dispatcher turns it
 * into a plain `ApiError` the UI can show, and the CLI prints it and exits 1. Anything else that
 * escapes a service is an internal error: its message is not shown (it may hold case data).
 */
export type ErrorCode =
  | 'invalid-arguments'
  | 'validation'
  | 'not-found'
  | 'refused'
  | 'conflict'
  | 'not-a-review'
  | 'newer-version'
  | 'corrupt'
  /** The review is encrypted and no passphrase was given. */
  | 'passphrase-needed'
  /** The passphrase given does not open the review. */
  | 'passphrase-wrong'
  | 'io'
  /** The reviewer cancelled long work (an import, an export); nothing was changed. */
  | 'cancelled'
  | 'internal';

/** One problem with user input, located as precisely as it is known. */
export interface Problem {
  readonly file?: string;
  readonly row?: number;
  readonly column?: string;
  readonly field?: string;
  readonly reason: string;
}

export interface ErrorDetails {
  readonly problems?: readonly Problem[];
  readonly [key: string]: unknown;
}

/** The serialisable shape of an error as the renderer and CLI receive it. */
export interface ApiError {
  readonly code: ErrorCode;
  readonly message: string;
  readonly details?: ErrorDetails;
}

export class CasewrightError extends Error {
  readonly code: ErrorCode;
  readonly details?: ErrorDetails;

  constructor(code: ErrorCode, message: string, details?: ErrorDetails) {
    super(message);
    this.name = 'CasewrightError';
    this.code = code;
    this.details = details;
  }

  toApiError(): ApiError {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

/** An import field's id (`sourceRole`) is never shown: the reviewer reads its label ("Practitioner role"). */
export function fieldInWords(field: string): string {
  return (IMPORT_FIELD_LABELS as Readonly<Record<string, string>>)[field] ?? field;
}

/** Formats a problem the way every surface shows it: "file, row 4, column Date: reason". */
export function describeProblem(problem: Problem): string {
  const where = [
    problem.file,
    problem.row === undefined ? undefined : `row ${problem.row}`,
    problem.column === undefined ? undefined : `column ${problem.column}`,
    problem.field === undefined || problem.field === problem.column
      ? undefined
      : `field ${fieldInWords(problem.field)}`,
  ].filter((part): part is string => part !== undefined && part !== '');
  return where.length === 0 ? problem.reason : `${where.join(', ')}: ${problem.reason}`;
}
