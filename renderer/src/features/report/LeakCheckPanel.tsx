import { useId, useState } from 'react';
import type { PublicationCheckResult, ReadinessPlace } from '@shared/domain/report';
import { reviewHref } from '../../navigation/routes';
import { useApiClient } from '../../api/ApiProvider';
import { useReviewState } from '../../api/ReviewProvider';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAnnounce } from '../../ui/StatusAnnouncer';
import { useAsyncAction } from '../../components/useAsyncAction';
import { Button } from '@renderer/ui/Button';
import { ColumnHeads } from '@renderer/ui/ColumnHeads';

/** Where a readiness problem is fixed, as a link into the review. */
function placeHref(reviewId: string, place: ReadinessPlace): string {
  switch (place.area) {
    case 'overview':
      return reviewHref(reviewId, 'overview');
    case 'report-section':
      return reviewHref(reviewId, 'report', `section-${place.key}`);
    case 'finding':
      return reviewHref(reviewId, 'findings', String(place.findingId));
    case 'findings':
      return reviewHref(reviewId, 'findings');
    case 'recommendations':
      return reviewHref(
        reviewId,
        'recommendations',
        place.recommendationId === undefined ? undefined : String(place.recommendationId),
      );
    case 'chronology':
      return reviewHref(reviewId, 'chronology');
    case 'glossary':
      return reviewHref(reviewId, 'report', 'glossary');
    case 'briefing':
      return reviewHref(reviewId, 'report', 'briefing');
    case 'people':
      return reviewHref(reviewId, 'people', place.tab);
  }
}

/**
 * Runs the publication check (readiness and leaks) on demand (it builds the whole report, so it is not a live
 * query) and lists each leak with where it stands and what it matched.
 */
export function LeakCheckPanel() {
  const id = useId();
  const client = useApiClient();
  const { reviewId } = useReviewState();
  const action = useAsyncAction();
  const announce = useAnnounce();
  const [result, setResult] = useState<PublicationCheckResult | null>(null);

  const check = async (): Promise<void> => {
    const checked = await action.run(() => client.review(reviewId, 'report.check', {}));
    if (checked === undefined) return;
    setResult(checked);
    const ready = checked.readiness.length === 0;
    announce(
      checked.ok && ready
        ? 'The report can be published'
        : [
            ready ? '' : `${checked.readiness.length} things to finish`,
            checked.ok ? '' : `${checked.leaks.length} identifying items`,
          ]
            .filter((p) => p !== '')
            .join(', '),
    );
  };

  return (
    <section className="leak-check" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Ready to publish?</h2>
      <p className="hint">
        Builds the publication version, lists anything unfinished (empty sections, placeholder text, findings without
        evidence, recommendations without an owner or due date…) and reads it back for real names, aliases, dates of
        birth and recorded identifiers.
      </p>
      <Button onClick={() => void check()} busy={action.busy}>
        {action.busy ? 'Checking…' : 'Check the publication version'}
      </Button>
      <ErrorMessage error={action.error} title="Check failed" />
      {result === null ? null : result.readiness.length === 0 ? (
        <p className="ok-message">Nothing left to finish.</p>
      ) : (
        <>
          <p className="warning-message">
            {result.readiness.length} thing{result.readiness.length === 1 ? '' : 's'} to finish: the publication export
            is refused until they are done. Drafts can still be exported.
          </p>
          <ul className="readiness-checklist" aria-label="Things to finish before publication">
            {result.readiness.map((problem, index) => (
              <li key={index}>
                <strong>{problem.section}:</strong> {problem.problem}{' '}
                <a href={placeHref(reviewId, problem.place)}>Fix it in {problem.fix}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      {result === null ? null : result.ok ? (
        <p className="ok-message">
          No identifying information found.{result.readiness.length === 0 ? ' The report can be published.' : ''}
        </p>
      ) : (
        <>
          <p className="warning-message">
            {result.leaks.length} identifying item{result.leaks.length === 1 ? '' : 's'} found: the publication export
            is refused until they are fixed.
          </p>
          <table className="leak-table">
            <caption>Leaks with where they stand</caption>
            <ColumnHeads names={['Where', 'Text found', 'What it matched']} />
            <tbody>
              {result.leaks.map((leak, index) => (
                <tr key={index}>
                  <td>{leak.location}</td>
                  <td>{leak.matched}</td>
                  <td>{leak.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {result !== null && result.warnings.length > 0 ? (
        <>
          <h3>Possible names not in the register</h3>
          <ul className="name-warnings">
            {result.warnings.map((w, index) => (
              <li key={index}>
                <strong>{w.name}</strong> in {w.location}: “{w.context}”
              </li>
            ))}
          </ul>
          <p className="hint">Register them in People, or dismiss them there.</p>
        </>
      ) : null}
      {result !== null && result.omitted.length > 0 ? (
        <p className="hint">Not in this build yet: {result.omitted.join('; ')}.</p>
      ) : null}
    </section>
  );
}
