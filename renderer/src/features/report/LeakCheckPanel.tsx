import { useId, useState } from 'react';
import type { PublicationCheckResult } from '../../../../electron/shared/domain/report';
import { useApiClient } from '../../api/ApiProvider';
import { useReviewState } from '../../api/ReviewProvider';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAnnounce } from '../../ui/StatusAnnouncer';
import { useAsyncAction } from '../../components/useAsyncAction';

/**
 * Runs the publication leak check on demand (it builds the whole report, so it is not a live
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
    announce(checked.ok ? 'Leak check passed' : `Leak check found ${checked.leaks.length} identifying items`);
  };

  return (
    <section className="leak-check" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Leak check</h2>
      <p className="hint">Builds the publication version and reads it back for real names, aliases, dates of birth and recorded identifiers.</p>
      <button type="button" onClick={() => void check()} disabled={action.busy}>
        {action.busy ? 'Checking…' : 'Check the publication version'}
      </button>
      <ErrorMessage error={action.error} title="Check failed" />
      {result === null ? null : result.ok ? (
        <p className="ok-message">No identifying information found. The report can be published.</p>
      ) : (
        <>
          <p className="warning-message">
            {result.leaks.length} identifying item{result.leaks.length === 1 ? '' : 's'} found: the publication export is refused until they are fixed.
          </p>
          <table className="leak-table">
            <caption>Leaks with where they stand</caption>
            <thead>
              <tr>
                <th scope="col">Where</th>
                <th scope="col">Text found</th>
                <th scope="col">What it matched</th>
              </tr>
            </thead>
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
      {result !== null && result.omitted.length > 0 ? <p className="hint">Not in this build yet: {result.omitted.join('; ')}.</p> : null}
    </section>
  );
}
