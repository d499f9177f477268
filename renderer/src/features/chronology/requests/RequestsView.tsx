import { useId, useState } from 'react';
import type { AgencyRequest } from '@shared/domain/agency-request';
import type { Agency } from '@shared/domain/chronology';
import { useReviewCall } from '../shared/useReviewCall';
import { useReviewQuery } from '@renderer/api/useQuery';
import { chooseSaveTarget, deliverDownload, savedWhere } from '@renderer/api/save-file';
import { useAsyncAction } from '@renderer/components/useAsyncAction';
import { Button } from '@renderer/ui/Button';
import { ErrorMessage } from '@renderer/ui/ErrorMessage';
import { useAnnounce } from '@renderer/ui/StatusAnnouncer';
import { NewRequestForm } from './NewRequestForm';
import { RemoveRequestDialog } from './RemoveRequestDialog';
import { ReturnedRequestForm } from './ReturnedRequestForm';
import { dayWords, requestStatusWords } from './request-words';
import { ColumnHeads } from '@renderer/ui/ColumnHeads';

/**
 * Agency chronology requests: ask an agency (a workbook made for it), import what comes back with
 * nothing to map, and see at a glance who has answered and who is late; the list can be saved for
 * the panel.
 */
export function RequestsView(props: { readonly agencies: readonly Agency[] }) {
  const ids = useId();
  const requests = useReviewQuery('requests.list', {});
  const session = useReviewQuery('review.getSession', {});
  const reviewTitle = session.data?.meta.title ?? 'Review';
  const { call } = useReviewCall();
  const exporting = useAsyncAction();
  const announce = useAnnounce();
  const [removing, setRemoving] = useState<AgencyRequest | null>(null);

  const exportList = async (): Promise<void> => {
    const target = await chooseSaveTarget({
      title: 'Save the list of chronology requests',
      defaultName: `${reviewTitle} - chronology requests.xlsx`,
      filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }],
    });
    if (target === null) return;
    const saved = await exporting.run(() => call('requests.export', { target }));
    if (saved === undefined) return;
    deliverDownload(saved);
    announce(`Saved the list of requests ${savedWhere(saved)}`);
  };

  const rows = requests.data ?? [];
  return (
    <div className="cw-requests">
      <section aria-labelledby={`${ids}-tracking`}>
        <h2 id={`${ids}-tracking`}>Requests sent</h2>
        <ErrorMessage error={requests.error} />
        {rows.length === 0 ? (
          <p>No agency has been asked for its chronology yet.</p>
        ) : (
          <table className="cw-requests-table">
            <caption>Chronology requests, in the order they were made</caption>
            <ColumnHeads
              names={[
                'Agency',
                'Requested on',
                'Return by',
                'Status',
                'Rows imported',
                'Problems outstanding',
                'Family named as',
              ]}
              hiddenLast="Actions"
            />
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className={r.overdue ? 'is-overdue' : undefined}>
                  <th scope="row">{r.agency}</th>
                  <td>{dayWords(r.createdAt)}</td>
                  <td>{r.dueDate === null ? 'No date given' : dayWords(r.dueDate)}</td>
                  <td>
                    {requestStatusWords(r)}
                    {r.returnedAt === null ? '' : ` on ${dayWords(r.returnedAt)}`}
                  </td>
                  <td>{r.returnedAt === null ? '—' : r.rowsImported}</td>
                  <td>{r.returnedAt === null ? '—' : r.problemsOutstanding}</td>
                  <td>{r.naming === 'real-names' ? 'Real names' : 'Pseudonyms'}</td>
                  <td>
                    <Button
                      variant="link"
                      aria-label={`Remove the request to ${r.agency}`}
                      onClick={() => setRemoving(r)}
                    >
                      Remove
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <ErrorMessage error={exporting.error} title="Not saved" />
        <Button busy={exporting.busy} disabled={rows.length === 0} onClick={() => void exportList()}>
          Save the list for the panel…
        </Button>
      </section>
      {removing === null ? null : <RemoveRequestDialog request={removing} onClose={() => setRemoving(null)} />}
      <NewRequestForm agencies={props.agencies} reviewTitle={reviewTitle} />
      <ReturnedRequestForm />
    </div>
  );
}
