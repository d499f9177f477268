import { useId } from 'react';
import { boardCharacteristicLabels, characteristicTableHeadings, familyRoleLabels } from '@shared/domain/board';
import { completenessMatrix } from '@shared/charts/board-charts';
import { useAppQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useBoard } from './board-context';
import { ChartFigure } from './ChartFigure';
import { ColumnHeads } from '@renderer/ui/ColumnHeads';

const onScreen = { format: String, suppress: false } as const;

/** Who was in these reviews: each protected characteristic by family role and state, with recorded values. */
export function PeoplePanel() {
  const id = useId();
  const { roots, filter, revision } = useBoard();
  const rows = useAppQuery('board.listCharacteristics', { roots, filter }, revision);
  return (
    <section aria-labelledby={`${id}-heading`} className="board-panel">
      <h2 id={`${id}-heading`}>Who was in these reviews</h2>
      <p className="hint">
        Family and household members only. Exported documents show counts from 1 to 4 as “fewer than 5”.
      </p>
      <ErrorMessage error={rows.error} />
      {rows.data === undefined ? (
        <p aria-busy="true">Counting…</p>
      ) : rows.data.length === 0 ? (
        <p>No family members are recorded in these reviews.</p>
      ) : (
        <ChartFigure
          chart={completenessMatrix(rows.data, boardCharacteristicLabels, onScreen)}
          caption="Completeness of protected characteristics: the table below holds the same figures."
        >
          <table className="board-table">
            <caption>Protected characteristics by family role and state</caption>
            <ColumnHeads
              names={[...characteristicTableHeadings, 'Not applicable', 'Unknown or no entry', 'Recorded values']}
            />
            <tbody>
              {rows.data.map((r) => (
                <tr key={`${r.characteristic}/${r.role}`}>
                  <th scope="row">{boardCharacteristicLabels[r.characteristic]}</th>
                  <td>{familyRoleLabels[r.role]}</td>
                  <td>{r.people}</td>
                  <td>{r.recorded}</td>
                  <td>{r.notRecorded}</td>
                  <td>{r.notAsked}</td>
                  <td>{r.declined}</td>
                  <td>{r.notApplicable}</td>
                  <td>{r.unknown + r.missing}</td>
                  <td>{r.values.map((v) => `${v.value} (${v.count})`).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ChartFigure>
      )}
    </section>
  );
}
