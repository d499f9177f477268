import { useId, useState } from 'react';
import type { SavedOutput } from '@shared/api/save-target';
import { useReviewQuery } from '../../api/useQuery';
import { useJob } from '../../api/useJob';
import { chooseSaveTarget, deliverDownload, savedWhere } from '../../api/save-file';
import { JobPanel } from '../../components/JobPanel';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useReviewChange } from '@renderer/components/useReviewChange';

type SheetFormat = 'xlsx' | 'csv';

const FORMATS: Readonly<Record<SheetFormat, { readonly label: string; readonly filter: string }>> = {
  xlsx: { label: 'Excel workbook', filter: 'Excel workbook' },
  csv: { label: 'CSV file', filter: 'CSV (comma-separated values)' },
};

const count = new Intl.NumberFormat('en-GB');

/**
 * The merged chronology as a spreadsheet, every entry in date order. It shows the rows written as
 * it goes and can be cancelled (no file is saved). It is a working copy, not anonymised.
 */
export function ChronologyExportPanel() {
  const id = useId();
  const { command, announce, action } = useReviewChange();
  const job = useJob();
  const session = useReviewQuery('review.getSession', {});
  const [saved, setSaved] = useState<(SavedOutput & { readonly rows: number }) | null>(null);

  const start = async (format: SheetFormat): Promise<void> => {
    const title = session.data?.meta.title ?? 'Review';
    const target = await chooseSaveTarget({
      title: 'Export the merged chronology',
      defaultName: `${title} - chronology.${format}`,
      filters: [{ name: FORMATS[format].filter, extensions: [format] }],
    });
    if (target === null) return;
    setSaved(null);
    const result = await action.run(() =>
      job.follow((jobId) => command('chronology.export', { target, format, jobId })),
    );
    if (result === undefined) return;
    deliverDownload(result);
    setSaved(result);
    announce(`Saved the chronology ${savedWhere(result)}`);
  };

  return (
    <section className="report-export" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Merged chronology</h2>
      <p className="hint">
        Every entry from every agency in date order, with dates as the agencies wrote them. This is a working copy: it
        is not anonymised.
      </p>
      <div className="report-export-buttons">
        <Button busy={action.busy} onClick={() => void start('xlsx')}>
          Export chronology as an Excel workbook…
        </Button>
        <Button busy={action.busy} onClick={() => void start('csv')}>
          Export chronology as a CSV file…
        </Button>
      </div>
      <JobPanel
        job={job}
        what="Exporting the chronology"
        cancelLabel="Cancel chronology export"
        cancelledText="Chronology export cancelled. No file was saved."
      />
      <ErrorMessage error={action.error} title="Not saved" />
      {saved === null ? null : (
        <p className="export-result">
          Saved {count.format(saved.rows)} {saved.rows === 1 ? 'entry' : 'entries'}{' '}
          {saved.downloadUrl === undefined ? 'to' : 'as the download'} <code>{saved.path}</code>.
        </p>
      )}
    </section>
  );
}
