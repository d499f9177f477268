import { useId, useState } from 'react';
import type { LibraryView } from '@shared/api/board';
import { statusOverTimeChart } from '@shared/charts/board-charts';
import { recommendationStatuses, recommendationStatusLabels } from '@shared/domain/recommendations';
import { useAppQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useBoard } from './board-context';
import { ChartFigure } from './ChartFigure';
import { TrackerRow } from './TrackerRow';
import { EnumSelect } from '@renderer/ui/EnumSelect';
import { ColumnHeads } from '@renderer/ui/ColumnHeads';

const onScreen = { format: String, suppress: false } as const;

/** Every recommendation across the reviews: owner, due date, status and board response. */
export function TrackerPanel({ library }: { readonly library: LibraryView }) {
  const id = useId();
  const { roots, filter, revision } = useBoard();
  const [agency, setAgency] = useState('');
  const tracker = useAppQuery(
    'board.listRecommendations',
    { roots, filter, ...(agency === '' ? {} : { agency }) },
    revision,
  );
  const data = tracker.data;
  return (
    <section aria-labelledby={`${id}-heading`} className="board-panel">
      <h2 id={`${id}-heading`}>Recommendations tracker</h2>
      <EnumSelect
        id={`${id}-agency`}
        label="Owning agency"
        className="board-controls"
        value={agency}
        options={[{ value: '', label: 'All agencies' }, ...library.agencies.map((a) => ({ value: a, label: a }))]}
        onChange={setAgency}
      />
      <ErrorMessage error={tracker.error} />
      {data === undefined ? (
        <p aria-busy="true">Loading recommendations…</p>
      ) : (
        <>
          <p>
            {data.summary.total} recommendation{data.summary.total === 1 ? '' : 's'}: {data.summary.overdue} overdue,{' '}
            {data.summary.noOwner} without an owner.
          </p>
          <p className="hint">
            Saving writes to the review file through its audit log under your name; where the review is read-only, from
            an older version, or another program is saving to it at that moment, the update is kept in the board’s own
            file instead, and the tracker says so.
          </p>
          <table className="board-table board-tracker">
            <caption>Recommendations across the reviews</caption>
            <ColumnHeads
              names={['Review and number', 'Recommendation', 'Owning agency', 'Due', 'Status', 'Board response']}
              hiddenLast="Save"
            />
            <tbody>
              {data.rows.map((row) => (
                <TrackerRow key={`${row.file}#${row.recommendationId}#${row.status}#${row.updatedAt}`} row={row} />
              ))}
            </tbody>
          </table>
          {data.byYear.length === 0 ? null : (
            <ChartFigure
              chart={statusOverTimeChart(data.byYear, onScreen)}
              caption="Recommendation status by the year they fall due: the table below holds the same figures."
            >
              <table className="board-table">
                <caption>Recommendation status by year due</caption>
                <ColumnHeads
                  names={['Year due', ...recommendationStatuses.map((s) => recommendationStatusLabels[s])]}
                />
                <tbody>
                  {data.byYear.map((y) => (
                    <tr key={y.year ?? 'none'}>
                      <th scope="row">{y.year ?? 'No due date'}</th>
                      {recommendationStatuses.map((s) => (
                        <td key={s}>{y.byStatus[s]}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </ChartFigure>
          )}
        </>
      )}
    </section>
  );
}
