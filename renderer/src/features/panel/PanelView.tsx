import { useEffect, useState } from 'react';
import { annotationStatusLabels, annotationStatuses, type AnnotationStatus } from '@shared/domain/annotations';
import type { AreaProps } from '../../navigation/area-props';
import { useReviewQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { AddCommentForm } from './AddCommentForm';
import { AnnotationThread } from './AnnotationThread';
import { ImportCommentsForm } from './ImportCommentsForm';
import './Panel.css';
import { EnumSelect } from '@renderer/ui/EnumSelect';
import { labelledOptionsAfterBlank } from '@renderer/ui/Select';

/** The status filter's choices: every comment, or those of one status. */
const STATUS_FILTER_OPTIONS = labelledOptionsAfterBlank('All comments', annotationStatuses, annotationStatusLabels);

/**
 * The panel view: every comment panel members made on findings, paragraphs and chronology entries,
 * filterable by status, with replies and resolve/accept/reject. "File → Import panel comments"
 * lands here with the route detail "import", which opens the import form.
 */
export function PanelView({ detail }: AreaProps) {
  const [status, setStatus] = useState<AnnotationStatus | ''>('open');
  const threads = useReviewQuery('annotations.list', status === '' ? {} : { status });
  const [importing, setImporting] = useState(detail === 'import');
  // The menu command can arrive while this area is already showing.
  useEffect(() => {
    if (detail === 'import') setImporting(true);
  }, [detail]);

  return (
    <div className="panel">
      <h1 id="area-heading">Panel</h1>
      <p className="hint">
        Comments from the review panel. Import the comments of a returned Word draft, reply, and resolve them.
      </p>
      <div className="panel-toolbar">
        <EnumSelect
          id="panel-status-filter"
          label="Show"
          value={status}
          options={STATUS_FILTER_OPTIONS}
          onChange={setStatus}
        />
        <button type="button" aria-expanded={importing} onClick={() => setImporting(!importing)}>
          Import panel comments…
        </button>
      </div>
      {importing ? <ImportCommentsForm /> : null}
      <ErrorMessage error={threads.error} />
      {threads.data === undefined ? (
        <p aria-busy="true">Loading…</p>
      ) : threads.data.length === 0 ? (
        <p>No {status === '' ? '' : `${annotationStatusLabels[status].toLowerCase()} `}comments.</p>
      ) : (
        <ul className="annotation-threads" aria-label="Panel comments">
          {threads.data.map((thread) => (
            <li key={thread.id}>
              <AnnotationThread annotation={thread} />
            </li>
          ))}
        </ul>
      )}
      <AddCommentForm />
    </div>
  );
}
