import { useEffect, useState } from 'react';
import type { AreaProps } from '../../navigation/area-props';
import { navigate, reviewHref } from '../../navigation/routes';
import { useReviewState } from '../../api/ReviewProvider';
import { useReviewQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { AddFindingForm } from './AddFindingForm';
import { FindingEditor } from './FindingEditor';
import { FindingList } from './FindingList';
import { TagMatrix } from './TagMatrix';
import { TaxonomyLibrary } from './TaxonomyLibrary';
import './Findings.css';

/**
 * The findings workspace: the numbered list on the left, the selected finding's editor, tags and
 * evidence on the right; or the tag matrix (route detail "matrix"). The route detail holds the
 * selected finding id so links from Insight and the panel view land on the right finding.
 */
export function FindingsView({ detail }: AreaProps) {
  const { reviewId } = useReviewState();
  const findings = useReviewQuery('findings.list', {});
  const showMatrix = detail === 'matrix';
  const showTaxonomies = detail === 'taxonomies';
  const requested = detail !== undefined && /^\d+$/.test(detail) ? Number(detail) : undefined;
  const [selectedId, setSelectedId] = useState<number | undefined>(requested);
  useEffect(() => {
    if (requested !== undefined) setSelectedId(requested);
  }, [requested]);

  const list = findings.data ?? [];
  const selected = list.find((f) => f.id === selectedId) ?? list[0];
  const select = (id: number): void => {
    setSelectedId(id);
    navigate(reviewHref(reviewId, 'findings', String(id)));
  };

  return (
    <div className="findings">
      <h1 id="area-heading">Findings</h1>
      <div className="button-row findings-views" role="group" aria-label="Findings view">
        <button
          type="button"
          aria-pressed={!showMatrix && !showTaxonomies}
          onClick={() => navigate(reviewHref(reviewId, 'findings'))}
        >
          Workspace
        </button>
        <button
          type="button"
          aria-pressed={showMatrix}
          onClick={() => navigate(reviewHref(reviewId, 'findings', 'matrix'))}
        >
          Tag matrix
        </button>
        <button
          type="button"
          aria-pressed={showTaxonomies}
          onClick={() => navigate(reviewHref(reviewId, 'findings', 'taxonomies'))}
        >
          Taxonomies
        </button>
      </div>
      <ErrorMessage error={findings.error} />
      {showMatrix ? (
        <TagMatrix onOpenFinding={select} />
      ) : showTaxonomies ? (
        <TaxonomyLibrary />
      ) : findings.data === undefined ? (
        <p aria-busy="true">Loading…</p>
      ) : (
        <div className="findings-workspace">
          <section className="findings-list-pane" aria-labelledby="findings-list-heading">
            <h2 id="findings-list-heading">Findings in report order</h2>
            <FindingList findings={list} selectedId={selected?.id} onSelect={select} />
            <AddFindingForm onAdded={select} />
          </section>
          <section className="findings-editor-pane" aria-label="Selected finding">
            {selected === undefined ? (
              <p>No findings yet. Add the first one with the form on the left.</p>
            ) : (
              <FindingEditor key={selected.id} finding={selected} />
            )}
          </section>
        </div>
      )}
    </div>
  );
}
