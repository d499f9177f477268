import type { AgencyRequest } from '@shared/domain/agency-request';
import { Button } from '@renderer/ui/Button';
import { Dialog, DialogButtons } from '@renderer/ui/Dialog';
import { ErrorMessage } from '@renderer/ui/ErrorMessage';
import { useReviewChange } from '@renderer/components/useReviewChange';

/**
 * Take a request off the tracking list (made by mistake, or withdrawn). Any entries already
 * imported from it stay; the review's history keeps what the request was, and Undo puts it back.
 */
export function RemoveRequestDialog(props: { readonly request: AgencyRequest; readonly onClose: () => void }) {
  const { command, announce, action } = useReviewChange();
  const remove = async (): Promise<void> => {
    const done = await action.run(() => command('requests.remove', { id: props.request.id }));
    if (done === undefined) return;
    announce(`Removed the request to ${props.request.agency} from the list`);
    props.onClose();
  };
  return (
    <Dialog title={`Remove the request to ${props.request.agency}?`} onClose={props.onClose}>
      <p>
        It leaves the list of requests. Entries already imported from it stay in the chronology. A workbook the agency
        sends back afterwards can still be imported. Undo puts the request back.
      </p>
      <ErrorMessage error={action.error} title="Not removed" />
      <DialogButtons>
        <Button variant="danger" busy={action.busy} onClick={() => void remove()}>
          Remove from the list
        </Button>
        <Button onClick={props.onClose}>Cancel</Button>
      </DialogButtons>
    </Dialog>
  );
}
