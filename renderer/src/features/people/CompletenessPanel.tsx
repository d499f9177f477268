import { useState } from 'react';
import type { CompletenessState } from '@shared/domain/people';
import { useReviewQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ColumnHeads } from '@renderer/ui/ColumnHeads';

/** Text marks so the state never depends on colour alone. */
const marks: Readonly<Record<CompletenessState, string>> = {
  recorded: '✓',
  declined: '✗',
  'not-asked': '?',
  'not-recorded-by-agencies': '?',
  unknown: '?',
  'not-applicable': '–',
  missing: '…',
};

/**
 * What is known about each person's protected characteristics, and the summary a board can
 * read. Professionals are shown only on request: the summary counts family members.
 */
export function CompletenessPanel() {
  const report = useReviewQuery('people.getCompleteness', {});
  const [showProfessionals, setShowProfessionals] = useState(false);
  const data = report.data;
  if (data === undefined) {
    return report.error ? <ErrorMessage error={report.error} /> : <p aria-busy="true">Loading…</p>;
  }
  const people = data.people.filter((p) => showProfessionals || p.category !== 'professional');
  const cell = (personId: number, characteristicId: string) =>
    data.cells.find((c) => c.personId === personId && c.characteristicId === characteristicId);

  return (
    <div className="completeness">
      <ErrorMessage error={report.error} />
      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading">Summary</h2>
        <p className="hint">Ages and the 16+ questions are worked out at {data.at}.</p>
        <ul className="summary-sentences">
          {data.summaries.map((s) => (
            <li key={s.characteristicId}>{s.sentence}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="matrix-heading">
        <h2 id="matrix-heading">By person</h2>
        <div className="inline-field">
          <label>
            <input
              type="checkbox"
              checked={showProfessionals}
              onChange={(e) => setShowProfessionals(e.target.checked)}
            />{' '}
            Show professionals too
          </label>
        </div>
        {people.length === 0 ? (
          <p>No one is registered yet.</p>
        ) : (
          <div className="matrix-wrap">
            <table className="completeness-matrix">
              <caption className="visually-hidden">
                Protected characteristics by person: what is known and what is missing
              </caption>
              <ColumnHeads names={['Person', ...data.characteristics.map((c) => c.label)]} />
              <tbody>
                {people.map((p) => (
                  <tr key={p.id}>
                    <th scope="row">
                      {p.pseudonym}
                      <span className="hint"> {p.realName}</span>
                    </th>
                    {data.characteristics.map((c) => {
                      const found = cell(p.id, c.id);
                      if (found === undefined) return <td key={c.id} />;
                      return (
                        <td key={c.id} className={`state-${found.state}`}>
                          <span aria-hidden="true" className="state-mark">
                            {marks[found.state]}
                          </span>{' '}
                          {found.display}
                          {found.derived ? <span className="hint"> (worked out)</span> : null}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
