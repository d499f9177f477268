import { useState } from 'react';
import { useReviewCommand } from '../../api/ReviewProvider';
import { useAsyncAction } from '../../components/useAsyncAction';
import { Button } from '../../ui/Button';
import { Dialog, DialogButtons } from '../../ui/Dialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAnnounce } from '../../ui/StatusAnnouncer';
import { AuditRetentionSetting } from './AuditRetentionSetting';

/**
 * What a reviewer can do to keep deleted information out of the file: erase the copies the audit
 * trail keeps of deleted people and entries, and say how long those copies are kept at all.
 */
export function ProtectReview() {
  const [confirming, setConfirming] = useState(false);
  const announce = useAnnounce();
  return (
    <section aria-labelledby="protect-heading" className="overview-section protect-review">
      <h2 id="protect-heading">Protect this review</h2>
      <p>
        When you change or delete something, Casewright keeps a copy of what was there before, so that you can undo it
        and so that the review&apos;s history can be checked. Deleting a person or an entry therefore does not remove
        their details from the file straight away.
      </p>
      <Button variant="danger" onClick={() => setConfirming(true)}>
        Erase deleted information permanently…
      </Button>
      {confirming ? (
        <EraseDialog
          onClose={() => setConfirming(false)}
          onErased={(records) => {
            setConfirming(false);
            announce(
              records === 0
                ? 'There was no deleted information left to erase'
                : `Deleted information erased permanently (${records} ${records === 1 ? 'record' : 'records'})`,
            );
          }}
        />
      ) : null}
      <AuditRetentionSetting />
    </section>
  );
}

function EraseDialog(props: { readonly onClose: () => void; readonly onErased: (records: number) => void }) {
  const command = useReviewCommand();
  const action = useAsyncAction();
  const erase = async (): Promise<void> => {
    const result = await action.run(() => command('review.erasePermanently', {}));
    if (result !== undefined) props.onErased(result.records);
  };
  return (
    <Dialog title="Erase deleted information permanently?" onClose={props.onClose}>
      <p>
        This removes, from the review&apos;s history, the copies Casewright kept of every person and chronology entry
        that has been deleted from this review. Their names and words will no longer be anywhere in the file.
      </p>
      <p>The history will still show that information was erased, when, and by whom.</p>
      <p>
        <strong>This cannot be undone.</strong> Deleted people and entries can no longer be brought back, and Undo will
        not reach changes made before now.
      </p>
      <ErrorMessage error={action.error} title="Nothing was erased" />
      <DialogButtons>
        {/* "Keep" comes first so the dialog's initial focus is the safe choice. */}
        <Button onClick={props.onClose}>Keep it</Button>
        <Button variant="danger" busy={action.busy} onClick={() => void erase()}>
          Erase permanently
        </Button>
      </DialogButtons>
    </Dialog>
  );
}
