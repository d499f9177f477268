import type { ApiError, Problem } from '@shared/errors';
import './ui.css';

/**
 * Where a problem is, in words a reviewer reads: file, row and column, never an internal field
 * name (the reason already says which field it is about).
 */
export function describeProblemForReader(problem: Problem): string {
  const where = [
    problem.file,
    problem.row === undefined ? undefined : `row ${problem.row}`,
    problem.column === undefined ? undefined : `column ${problem.column}`,
  ].filter((part): part is string => part !== undefined && part !== '');
  return where.length === 0 ? problem.reason : `${where.join(', ')}: ${problem.reason}`;
}

/**
 * The lines to show for an error, each said once: the message, then only those problems that
 * add something (a problem whose words are mostly in the message already is left out).
 */
export function errorLines(error: ApiError): { readonly message: string; readonly problems: readonly string[] } {
  const inMessage = new Set(words(error.message));
  const problems = [...new Set((error.details?.problems ?? []).map(describeProblemForReader))].filter((line) => {
    const own = words(line);
    return own.length === 0 ? false : own.filter((w) => inMessage.has(w)).length / own.length < 0.6;
  });
  return { message: error.message, problems };
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Shows a typed error where it happened; announced to screen readers as it appears. */
export function ErrorMessage({ error, title }: { error: ApiError | undefined; title?: string }) {
  if (error === undefined) return null;
  const lines = errorLines(error);
  return (
    <div className="error-message cw-error-message" role="alert">
      {title === undefined ? null : <strong>{title}: </strong>}
      {lines.message}
      {lines.problems.length > 0 ? (
        <ul>
          {lines.problems.slice(0, 50).map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
