import { useState } from 'react';
import {
  recommendationStatusLabels,
  recommendationStatuses,
  type Recommendation,
  type RecommendationFlag,
  type RecommendationStatus,
} from '@shared/domain/recommendations';
import { useReviewQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { RecommendationForm } from './RecommendationForm';
import './Recommendations.css';
import { Flag } from '../../ui/Flag';
import { isoDayToWords } from '../../ui/date-input';
import { ColumnHeads } from '@renderer/ui/ColumnHeads';
import { EnumSelect } from '@renderer/ui/EnumSelect';
import { Select, labelledOptions, labelledOptionsAfterBlank } from '@renderer/ui/Select';
import { useReviewChange } from '@renderer/components/useReviewChange';
import { InlineCheckbox } from '@renderer/ui/InlineCheckbox';

/** The status filter's choices: every recommendation, or those of one status. */
const STATUS_FILTER_OPTIONS = labelledOptionsAfterBlank('All', recommendationStatuses, recommendationStatusLabels);

const flagText: Readonly<Record<RecommendationFlag, string>> = { 'no-owner': 'No owner', 'no-due-date': 'No due date' };

/**
 * The recommendations tracker: every recommendation with its findings, owner, due date, priority
 * and status; those without an owner or a due date are flagged (the SMART gaps reviews keep finding).
 */
export function RecommendationsView() {
  const [statusFilter, setStatusFilter] = useState<RecommendationStatus | ''>('');
  const [flaggedOnly, setFlaggedOnly] = useState(false);
  const list = useReviewQuery('recommendations.list', {
    ...(statusFilter === '' ? {} : { status: statusFilter }),
    flaggedOnly,
  });
  const findings = useReviewQuery('findings.list', {});
  const { command, announce, action } = useReviewChange();
  const [editing, setEditing] = useState<Recommendation | 'new' | null>(null);

  const setStatus = async (rec: Recommendation, status: RecommendationStatus): Promise<void> => {
    const done = await action.run(() => command('recommendations.update', { id: rec.id, changes: { status } }));
    if (done !== undefined)
      announce(`Recommendation ${rec.number} is now ${recommendationStatusLabels[status].toLowerCase()}`);
  };
  const flagged = (list.data ?? []).filter((r) => r.flags.length > 0).length;

  return (
    <div className="recommendations">
      <h1 id="area-heading">Recommendations</h1>
      <div className="recommendation-filters">
        <EnumSelect
          id="rec-status-filter"
          label="Status"
          value={statusFilter}
          options={STATUS_FILTER_OPTIONS}
          onChange={setStatusFilter}
        />
        <InlineCheckbox className="checkbox-field" checked={flaggedOnly} onChange={setFlaggedOnly}>
          Only flagged
        </InlineCheckbox>
        <button type="button" onClick={() => setEditing('new')}>
          Add recommendation
        </button>
      </div>
      <ErrorMessage error={list.error} />
      <ErrorMessage error={action.error} title="Not saved" />
      {list.data === undefined ? (
        <p aria-busy="true">Loading…</p>
      ) : list.data.length === 0 ? (
        <p>No recommendations{statusFilter !== '' || flaggedOnly ? ' match the filter' : ' yet'}.</p>
      ) : (
        <>
          {flagged > 0 ? (
            <p className="warning-message">
              {flagged} recommendation{flagged === 1 ? ' has' : 's have'} no owner or no due date.
            </p>
          ) : null}
          <div
            className="table-scroll"
            role="region"
            aria-labelledby="rec-table-caption"
            // A wide table scrolls sideways, so the region takes focus for keyboard scrolling (axe scrollable-region-focusable).
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
            tabIndex={0}
          >
            <table className="recommendation-table">
              <caption id="rec-table-caption">Recommendations tracker</caption>
              <ColumnHeads
                names={['No.', 'Recommendation', 'Findings', 'Owner', 'Due', 'Priority', 'Status', 'Flags', 'Actions']}
              />
              <tbody>
                {list.data.map((rec) => (
                  <tr key={rec.id}>
                    <td>{rec.number}</td>
                    <td>
                      {rec.text}
                      {rec.successMeasure !== '' ? <div className="hint">Success: {rec.successMeasure}</div> : null}
                      {rec.boardResponse !== '' ? <div className="hint">Board: {rec.boardResponse}</div> : null}
                    </td>
                    <td>{rec.findingNumbers.length === 0 ? '—' : rec.findingNumbers.join(', ')}</td>
                    <td>{rec.ownerAgency ?? '—'}</td>
                    <td className="recommendation-due">{rec.dueDate === null ? '—' : isoDayToWords(rec.dueDate)}</td>
                    <td>{rec.priority ?? '—'}</td>
                    <td>
                      <Select<RecommendationStatus>
                        aria-label={`Status of recommendation ${rec.number}`}
                        value={rec.status}
                        options={labelledOptions(recommendationStatuses, recommendationStatusLabels)}
                        onChange={(value) => void setStatus(rec, value)}
                      />
                    </td>
                    <td>
                      {rec.flags.map((flag) => (
                        <Flag key={flag}>{flagText[flag]}</Flag>
                      ))}
                    </td>
                    <td>
                      <button
                        type="button"
                        onClick={() => setEditing(rec)}
                        aria-label={`Edit recommendation ${rec.number}`}
                      >
                        Edit
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {editing === null ? null : (
        <RecommendationForm
          key={editing === 'new' ? 'new' : editing.id}
          recommendation={editing === 'new' ? null : editing}
          findings={findings.data ?? []}
          onDone={() => setEditing(null)}
        />
      )}
    </div>
  );
}
