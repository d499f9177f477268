import { useState } from 'react';
import { useReviewQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { InlineCheckbox } from '@renderer/ui/InlineCheckbox';

/** Findings down the side, taxonomy terms across, tag counts in the cells. */
export function TagMatrix({ onOpenFinding }: { onOpenFinding: (id: number) => void }) {
  const [allTerms, setAllTerms] = useState(false);
  const matrix = useReviewQuery('findings.getTagMatrix', { usedOnly: !allTerms });
  const data = matrix.data;
  return (
    <section className="tag-matrix" aria-labelledby="tag-matrix-heading">
      <h2 id="tag-matrix-heading">Tag matrix</h2>
      <InlineCheckbox className="checkbox-field" checked={allTerms} onChange={setAllTerms}>
        Show terms no finding uses
      </InlineCheckbox>
      <ErrorMessage error={matrix.error} />
      {data === undefined ? (
        <p aria-busy="true">Loading…</p>
      ) : data.terms.length === 0 || data.findings.length === 0 ? (
        <p>No tagged findings yet.</p>
      ) : (
        <div
          className="table-scroll"
          role="region"
          aria-labelledby="tag-matrix-heading"
          // A wide table scrolls sideways, so the region takes focus for keyboard scrolling (axe scrollable-region-focusable).
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
          tabIndex={0}
        >
          <table>
            <caption>Number of tags per finding and taxonomy term</caption>
            <thead>
              <tr>
                <th scope="col">Finding</th>
                {data.terms.map((term) => (
                  <th scope="col" key={`${term.taxonomyId}/${term.termId}`} className="matrix-term">
                    {/* Short on screen (two lines at most); the full name shows on focus or hover and is what a screen reader reads. */}
                    <button type="button" className="matrix-head">
                      <span className="matrix-head-short" aria-hidden="true">
                        {term.label}
                      </span>
                      <span className="visually-hidden">
                        {term.label} ({term.taxonomyTitle})
                      </span>
                    </button>
                    <span className="matrix-tip" aria-hidden="true">
                      <span className="matrix-taxonomy">{term.taxonomyTitle}</span>
                      {term.label}
                    </span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.findings.map((finding, row) => (
                <tr key={finding.id}>
                  <th scope="row">
                    <button type="button" className="cw-button is-link" onClick={() => onOpenFinding(finding.id)}>
                      {finding.number}. {finding.title}
                    </button>
                  </th>
                  {data.terms.map((term, col) => {
                    const count = data.cells[row]?.[col] ?? 0;
                    return (
                      <td key={`${term.taxonomyId}/${term.termId}`} className={count > 0 ? 'matrix-hit' : undefined}>
                        {count === 0 ? '' : count}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Total</th>
                {data.termTotals.map((total, col) => (
                  <td key={col}>{total}</td>
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
