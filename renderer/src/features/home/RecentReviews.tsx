import { useApiClient } from '../../api/ApiProvider';
import { useAppQuery } from '../../api/useQuery';
import { navigate, reviewHref } from '../../navigation/routes';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAsyncAction } from '../../components/useAsyncAction';

export function RecentReviews() {
  const client = useApiClient();
  const recent = useAppQuery('review.recent', {});
  const opening = useAsyncAction();

  const open = async (path: string): Promise<void> => {
    const session = await opening.run(() => client.app('review.open', { path }));
    if (session !== undefined) navigate(reviewHref(session.reviewId));
  };

  if (recent.data === undefined) return <ErrorMessage error={recent.error} />;
  if (recent.data.length === 0) return <p>No reviews opened yet.</p>;
  return (
    <>
      <ul className="recent-list">
        {recent.data.map((item) => (
          <li key={item.path}>
            <button type="button" className="cw-button is-link" onClick={() => void open(item.path)} disabled={!item.exists || opening.busy}>
              {item.title}
            </button>
            <span className="recent-path">{item.path}</span>
            {item.exists ? null : <span className="recent-missing"> (file not found)</span>}
          </li>
        ))}
      </ul>
      <ErrorMessage error={opening.error} title="Could not open the review" />
    </>
  );
}
