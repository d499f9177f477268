import { useId, useState } from 'react';
import type { InsightEvidenceEntry, InsightMatch, InsightPatternView } from '@shared/domain/insight';
import { reviewHref } from '../../navigation/routes';
import { dateAsGiven, dayOf } from './entry-words';
import { Button } from '@renderer/ui/Button';

const SEVERITY_LABELS = { high: 'High', medium: 'Medium', low: 'Low' } as const;

export interface FalseMatchTarget {
  readonly pattern: InsightPatternView;
  readonly entry: InsightEvidenceEntry;
}

/**
 * One pattern, collapsed to a line in the summary: its title, the rule in one sentence, and how
 * many agencies and entries it rests on. Expanded: what the records say, the other rules' findings
 * on the same entries, and the evidence with "why was this found" (the matched words and the
 * sentence they are in, verbatim) and a way to mark an entry as a false match.
 */
export function PatternCard(props: {
  pattern: InsightPatternView;
  reviewId: string;
  busy: boolean;
  onCreateFinding: () => void;
  onDismiss: () => void;
  onRestore: () => void;
  onFalseMatch: (target: FalseMatchTarget) => void;
}) {
  const { pattern } = props;
  const [expanded, setExpanded] = useState(false);
  const id = useId();
  const headingId = `${id}-heading`;
  const detailsId = `${id}-details`;
  const agencies = new Set(pattern.evidence.map((entry) => entry.agency ?? '')).size;
  const matches = new Map<string, InsightMatch>(pattern.matches.map((match) => [match.entryId, match]));
  return (
    <article
      className={`insight-pattern severity-${pattern.severity}${pattern.dismissal === null ? '' : ' dismissed'}`}
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>
        <span className={`insight-severity severity-${pattern.severity}`}>{SEVERITY_LABELS[pattern.severity]}</span>{' '}
        {pattern.title}
      </h2>
      <p className="insight-rule-sentence">{pattern.rule}</p>
      <p className="insight-meta">
        {pattern.evidence.length} {pattern.evidence.length === 1 ? 'entry' : 'entries'} from {agencies}{' '}
        {agencies === 1 ? 'agency' : 'agencies'}
        {pattern.also.length > 0 ? ` · also: ${pattern.also.map((also) => also.title.split(':')[0]).join('; ')}` : ''}
      </p>
      <div className="button-row">
        <button
          type="button"
          className="secondary"
          aria-expanded={expanded}
          aria-controls={detailsId}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? 'Hide details' : 'Show details and evidence'}
        </button>
        {pattern.dismissal === null ? (
          <>
            <Button busy={props.busy} onClick={props.onCreateFinding} aria-describedby={headingId}>
              Create finding draft
            </Button>
            <Button busy={props.busy} onClick={props.onDismiss} aria-describedby={headingId}>
              Dismiss…
            </Button>
          </>
        ) : (
          <Button busy={props.busy} onClick={props.onRestore} aria-describedby={headingId}>
            Restore
          </Button>
        )}
      </div>
      {pattern.dismissal !== null ? (
        <p className="insight-dismissal">
          Dismissed by {pattern.dismissal.dismissedBy} on {dayOf(pattern.dismissal.dismissedAt)}:{' '}
          {pattern.dismissal.reason}
        </p>
      ) : null}
      <div id={detailsId} hidden={!expanded} className="insight-details">
        <p>{pattern.explanation}</p>
        {pattern.also.map((also) => (
          <div key={also.ruleId} className="insight-also">
            <h3>{also.title}</h3>
            <p className="insight-rule-sentence">{also.rule}</p>
            <p>{also.explanation}</p>
          </div>
        ))}
        <table className="insight-evidence">
          <caption className="visually-hidden">Evidence for: {pattern.title}</caption>
          <thead>
            <tr>
              <th scope="col">Date (as given)</th>
              <th scope="col">Agency</th>
              <th scope="col">Summary</th>
              <th scope="col">Why this was found</th>
            </tr>
          </thead>
          <tbody>
            {pattern.evidence.map((entry) => {
              const match = matches.get(entry.id);
              return (
                <tr key={entry.id}>
                  <td>
                    <a
                      href={reviewHref(props.reviewId, 'chronology', entry.id)}
                      aria-label={`${entry.agency ?? 'Unnamed agency'}, ${dateAsGiven(entry.dateText)}, in the chronology`}
                    >
                      {dateAsGiven(entry.dateText)}
                    </a>
                  </td>
                  <td>{entry.agency ?? '—'}</td>
                  <td>{entry.summary}</td>
                  <td>
                    {match === undefined ? (
                      <span className="insight-context">Recorded at the time (context)</span>
                    ) : (
                      <>
                        <span className="insight-words">
                          Matched: {match.words.map((word) => `“${word}”`).join(', ')}
                        </span>
                        <q className="insight-sentence">{match.sentence}</q>
                        {(match.notes ?? []).map((note) => (
                          <span key={note} className="insight-note">
                            {note}
                          </span>
                        ))}
                        {pattern.dismissal === null ? (
                          <Button
                            className="link-button"
                            busy={props.busy}
                            onClick={() => props.onFalseMatch({ pattern, entry })}
                            aria-label={`Not a match: ${dateAsGiven(entry.dateText)}, ${entry.agency ?? 'unnamed agency'}`}
                          >
                            Not a match…
                          </Button>
                        ) : null}
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </article>
  );
}
