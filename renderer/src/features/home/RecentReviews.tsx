import { useAppQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useOpenReview } from './useOpenReview';
import { Button } from '@renderer/ui/Button';

/** Recent reviews by file name: settings keep paths only, never titles, which can name a child. */
export function RecentReviews() {
  const recent = useAppQuery('review.listRecent', {});
  const opening = useOpenReview();
  const open = opening.open;

  if (recent.data === undefined) return <ErrorMessage error={recent.error} />;
  if (recent.data.length === 0) return <p>No reviews opened yet.</p>;
  return (
    <>
      <ul className="recent-list">
        {recent.data.map((item) => (
          <li key={item.path}>
            <Button variant="link" onClick={() => void open(item.path)} busy={opening.busy} disabled={!item.exists}>
              {item.title}
            </Button>
            <span className="recent-path">{item.path}</span>
            {item.exists ? null : <span className="recent-missing"> (file not found)</span>}
          </li>
        ))}
      </ul>
      {opening.ui}
    </>
  );
}
