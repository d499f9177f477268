import { useId, useState } from 'react';
import { ukDay, type TrackedRecommendation } from '@shared/domain/board';
import {
  recommendationStatuses,
  recommendationStatusLabels,
  type RecommendationStatus,
} from '@shared/domain/recommendations';
import { useApiClient } from '../../api/ApiProvider';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAnnounce } from '../../ui/StatusAnnouncer';
import { useAsyncAction } from '../../components/useAsyncAction';
import { useBoard } from './board-context';
import { Select } from '@renderer/ui/Select';
import { TextArea } from '@renderer/ui/TextInput';

const statusOptions = recommendationStatuses.map((s) => ({ value: s, label: recommendationStatusLabels[s] }));

/** One recommendation in the tracker: flags in words (not colour alone) and a status update. */
export function TrackerRow({ row }: { readonly row: TrackedRecommendation }) {
  const id = useId();
  const client = useApiClient();
  const { changed } = useBoard();
  const announce = useAnnounce();
  const action = useAsyncAction();
  const [status, setStatus] = useState<RecommendationStatus>(row.status);
  const [response, setResponse] = useState(row.boardResponse);
  const [saved, setSaved] = useState<string | null>(null);
  const name = `${row.reviewTitle} recommendation ${row.number}`;

  const save = async (): Promise<void> => {
    const result = await action.run(() =>
      client.app('board.updateRecommendation', {
        file: row.file,
        recommendationId: row.recommendationId,
        status,
        boardResponse: response,
      }),
    );
    if (result === undefined) return;
    setSaved(result.message);
    announce(result.message);
    changed();
  };

  return (
    <tr className={row.overdue || row.unowned ? 'board-flagged' : undefined}>
      <th scope="row">
        {row.reviewTitle}, {row.number}
      </th>
      <td>{row.text}</td>
      <td>{row.ownerAgency ?? <strong className="board-flag">No owner</strong>}</td>
      <td>
        {row.dueDate === null ? 'No due date' : ukDay(row.dueDate)}
        {row.overdue ? (
          <>
            {' '}
            <strong className="board-flag">Overdue</strong>
          </>
        ) : null}
      </td>
      <td>
        <label className="visually-hidden" htmlFor={`${id}-status`}>
          Status of {name}
        </label>
        <Select id={`${id}-status`} value={status} options={statusOptions} onChange={setStatus} />
        {row.recordedIn === 'board-file' ? (
          <p className="hint">Kept in the board’s own file{row.updatedBy === null ? '' : ` (${row.updatedBy})`}</p>
        ) : null}
      </td>
      <td>
        <label className="visually-hidden" htmlFor={`${id}-response`}>
          Board response to {name}
        </label>
        <TextArea id={`${id}-response`} rows={2} value={response} onChange={setResponse} />
      </td>
      <td>
        <Button
          busy={action.busy}
          disabled={status === row.status && response === row.boardResponse}
          onClick={() => void save()}
          aria-label={`Save ${name}`}
        >
          Save
        </Button>
        {saved === null ? null : <p className="hint">{saved}</p>}
        <ErrorMessage error={action.error} title="Not saved" />
      </td>
    </tr>
  );
}
