import { useEffect, useState } from 'react';
import { useApiClient } from '../../api/ApiProvider';
import { useAppQuery } from '../../api/useQuery';
import { BOARD_HREF, navigate, reviewHref } from '../../navigation/routes';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAsyncAction } from '../../components/useAsyncAction';
import { NewReviewForm } from './NewReviewForm';
import { OpenReviewForm } from './OpenReviewForm';
import { RecentReviews } from './RecentReviews';
import { DisplayNameForm } from './DisplayNameForm';
import './HomeView.css';
import { Button } from '@renderer/ui/Button';

/** The start screen: recent reviews, new, open, the sample, and who you are in the audit log. */
export function HomeView() {
  const client = useApiClient();
  const [revision, setRevision] = useState(0);
  const info = useAppQuery('app.getInfo', {}, revision);
  const sample = useAsyncAction();

  useEffect(() => {
    document.title = 'Casewright';
  }, []);

  const openSample = async (): Promise<void> => {
    const session = await sample.run(() => client.app('review.openSample', {}));
    if (session !== undefined) navigate(reviewHref(session.reviewId));
  };

  // A newcomer lands in the sample review at once, so the first thing they see is real content.
  useEffect(() => {
    if (info.data?.firstStart === true) void openSample();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when first-start is first known
  }, [info.data?.firstStart]);

  return (
    <div className="home">
      <header className="home-header">
        <h1>Casewright</h1>
        <p>Write safeguarding case reviews from a structured multi-agency chronology.</p>
        <nav aria-label="Areas">
          <a href={BOARD_HREF} className="home-board-link">
            Boards: learning across many reviews
          </a>
        </nav>
      </header>
      <main className="home-main" id="main">
        <section aria-labelledby="recent-heading" className="home-panel">
          <h2 id="recent-heading">Recent reviews</h2>
          <RecentReviews />
        </section>
        <section aria-labelledby="sample-heading" className="home-panel">
          <h2 id="sample-heading">Sample review</h2>
          <p>
            A fictional review (Child R) with a chronology, family, findings and recommendations, to explore safely.
          </p>
          <Button onClick={() => void openSample()} busy={sample.busy}>
            Open the sample review
          </Button>
          <ErrorMessage error={sample.error} />
        </section>
        <section aria-labelledby="new-heading" className="home-panel">
          <h2 id="new-heading">New review</h2>
          <NewReviewForm defaultDirectory={info.data?.defaultReviewDirectory} />
        </section>
        <section aria-labelledby="open-heading" className="home-panel">
          <h2 id="open-heading">Open a review file</h2>
          <OpenReviewForm />
        </section>
        <section aria-labelledby="you-heading" className="home-panel">
          <h2 id="you-heading">Your name in the audit log</h2>
          {info.data === undefined ? null : (
            <DisplayNameForm
              current={info.data.settings.displayName}
              onSaved={() => setRevision((value) => value + 1)}
            />
          )}
        </section>
        <ErrorMessage error={info.error} />
      </main>
      <footer className="home-footer">
        {info.data === undefined ? null : (
          <p>
            Casewright {info.data.version} ·{' '}
            {info.data.edition === 'browser' ? 'browser edition (local only)' : 'desktop'}
          </p>
        )}
      </footer>
    </div>
  );
}
