import type { ChronologyEntry } from '@shared/domain/chronology';
import { useReviewCommand } from '@renderer/api/ReviewProvider';
import { ErrorMessage } from '@renderer/ui/ErrorMessage';
import { useAsyncAction } from '@renderer/components/useAsyncAction';
import { Dialog } from '@renderer/ui/Dialog';
import { dateCellText } from './grid-columns';
import { Button } from '@renderer/ui/Button';

/** Asks before deleting; says what will go and that Undo brings it back. */
export function DeleteEntriesDialog(props: {
  readonly ids: readonly number[];
  /** The entries among `ids` whose details are at hand, to list them. */
  readonly entries: readonly ChronologyEntry[];
  readonly onClose: () => void;
  readonly onDeleted: (count: number) => void;
}) {
  const command = useReviewCommand();
  const action = useAsyncAction();
  const count = props.ids.length;
  const confirm = async (): Promise<void> => {
    const result = await action.run(() => command('chronology.remove', { ids: [...props.ids] }));
    if (result !== undefined) props.onDeleted(result.deleted);
  };
  return (
    <Dialog title={count === 1 ? 'Delete this entry?' : `Delete ${count} entries?`} onClose={props.onClose}>
      <ul className="cw-delete-list">
        {props.entries.slice(0, 10).map((entry) => (
          <li key={entry.id}>
            <strong>{dateCellText(entry)}</strong> — {entry.agency}:{' '}
            {entry.summary === '' ? '(no summary)' : entry.summary}
          </li>
        ))}
        {count > Math.min(10, props.entries.length) ? (
          <li>and {count - Math.min(10, props.entries.length)} more</li>
        ) : null}
      </ul>
      <p>You can undo this with Undo (Ctrl+Z).</p>
      <ErrorMessage error={action.error} title="Nothing was deleted" />
      <div className="button-row">
        {/* "Keep" comes first so the dialog's initial focus is the safe choice. */}
        <button type="button" onClick={props.onClose}>
          Keep
        </button>
        <Button variant="danger" busy={action.busy} onClick={() => void confirm()}>
          Delete
        </Button>
      </div>
    </Dialog>
  );
}
