import { useId, useState } from 'react';
import type { LibraryView } from '@shared/api/board';
import { statusOverTimeChart } from '@shared/charts/board-charts';
import { recommendationStatuses, recommendationStatusLabels } from '@shared/domain/recommendations';
import { useAppQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useBoard } from './board-context';
import { ChartFigure } from './ChartFigure';
import { TrackerRow } from './TrackerRow';
import { Field } from '../../ui/Field';

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
      <Field id={`${id}-agency`} label="Owning agency" className="board-controls">
        {(control) => (
          <select {...control} value={agency} onChange={(event) => setAgency(event.target.value)}>
            <option value="">All agencies</option>
            {library.agencies.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        )}
      </Field>
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
            <thead>
              <tr>
                <th scope="col">Review and number</th>
                <th scope="col">Recommendation</th>
                <th scope="col">Owning agency</th>
                <th scope="col">Due</th>
                <th scope="col">Status</th>
                <th scope="col">Board response</th>
                <th scope="col">
                  <span className="visually-hidden">Save</span>
                </th>
              </tr>
            </thead>
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
                <thead>
                  <tr>
                    <th scope="col">Year due</th>
                    {recommendationStatuses.map((s) => (
                      <th scope="col" key={s}>
                        {recommendationStatusLabels[s]}
                      </th>
                    ))}
                  </tr>
                </thead>
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
