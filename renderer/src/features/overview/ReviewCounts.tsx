import { useReviewQuery } from '../../api/useQuery';

/** Friendly names for the tables a reviewer cares about; others show their table name. */
const LABELS: Readonly<Record<string, string>> = {
  entry: 'Chronology entries',
  person: 'People',
  episode: 'Key practice episodes',
  finding: 'Findings',
  recommendation: 'Recommendations',
  annotation: 'Panel annotations',
};

export function ReviewCounts() {
  const counts = useReviewQuery('review.getCounts', {});
  if (counts.data === undefined) return null;
  const shown = Object.entries(LABELS).filter(([table]) => counts.data?.[table] !== undefined);
  if (shown.length === 0) return <p>Nothing has been added yet.</p>;
  return (
    <dl className="counts">
      {shown.map(([table, label]) => (
        <div key={table}>
          <dt>{label}</dt>
          <dd>{counts.data?.[table]}</dd>
        </div>
      ))}
    </dl>
  );
}
