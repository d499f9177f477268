import type { InsightPatternView } from '../../../../electron/shared/domain/insight';
import { reviewHref } from '../../navigation/routes';

const SEVERITY_LABELS = { high: 'High', medium: 'Medium', low: 'Low' } as const;

/** One pattern: what the rule found, the entries it rests on (linked to the chronology), actions. */
export function PatternCard(props: {
  pattern: InsightPatternView;
  reviewId: string;
  busy: boolean;
  onCreateFinding: () => void;
  onDismiss: () => void;
  onRestore: () => void;
}) {
  const { pattern } = props;
  const headingId = `pattern-${pattern.id.replace(/[^a-z0-9-]/gi, '-')}`;
  return (
    <article className={`insight-pattern severity-${pattern.severity}${pattern.dismissal === null ? '' : ' dismissed'}`} aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span className={`insight-severity severity-${pattern.severity}`}>{SEVERITY_LABELS[pattern.severity]}</span> {pattern.title}
      </h3>
      <p>{pattern.explanation}</p>
      <table className="insight-evidence">
        <caption className="visually-hidden">Evidence for: {pattern.title}</caption>
        <thead>
          <tr>
            <th scope="col">Date (as given)</th>
            <th scope="col">Agency</th>
            <th scope="col">Summary</th>
          </tr>
        </thead>
        <tbody>
          {pattern.evidence.map((entry) => (
            <tr key={entry.id}>
              <td>
                <a href={reviewHref(props.reviewId, 'chronology', entry.id)} aria-label={`Entry ${entry.id}, ${entry.dateText}, in the chronology`}>
                  {entry.dateText}
                </a>
              </td>
              <td>{entry.agency ?? '—'}</td>
              <td>{entry.summary}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {pattern.dismissal !== null ? (
        <p className="insight-dismissal">
          Dismissed by {pattern.dismissal.dismissedBy} on {pattern.dismissal.dismissedAt.slice(0, 10)}: {pattern.dismissal.reason}
        </p>
      ) : null}
      <div className="button-row">
        {pattern.dismissal === null ? (
          <>
            <button type="button" disabled={props.busy} onClick={props.onCreateFinding} aria-describedby={headingId}>
              Create finding draft
            </button>
            <button type="button" disabled={props.busy} onClick={props.onDismiss} aria-describedby={headingId}>
              Dismiss…
            </button>
          </>
        ) : (
          <button type="button" disabled={props.busy} onClick={props.onRestore} aria-describedby={headingId}>
            Restore
          </button>
        )}
      </div>
    </article>
  );
}
