import type { ApiError } from '../../../electron/shared/errors';
import { describeProblem } from '../../../electron/shared/errors';

/** Shows a typed error where it happened; announced to screen readers as it appears. */
export function ErrorMessage({ error, title }: { error: ApiError | undefined; title?: string }) {
  if (error === undefined) return null;
  return (
    <div className="error-message" role="alert">
      {title === undefined ? null : <strong>{title}: </strong>}
      {error.message}
      {error.details?.problems !== undefined && error.details.problems.length > 0 ? (
        <ul>
          {error.details.problems.slice(0, 50).map((problem, index) => (
            <li key={index}>{describeProblem(problem)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
