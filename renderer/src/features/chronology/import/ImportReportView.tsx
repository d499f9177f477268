import type { ImportReport } from '../../../../../electron/shared/domain/chronology';
import { ProblemsTable } from './ProblemsTable';

/** What an import did: counts, rejected rows (with their text), new event types. */
export function ImportReportView({ report }: { readonly report: ImportReport }) {
  return (
    <section className="cw-import-report" aria-labelledby="cw-import-report-heading">
      <h2 id="cw-import-report-heading">Import report: {report.fileName}</h2>
      <ul>
        <li><strong>{report.imported}</strong> {report.imported === 1 ? 'entry' : 'entries'} imported for {report.agency}</li>
        <li><strong>{report.rejected.length}</strong> rows rejected</li>
        <li><strong>{report.duplicates.length}</strong> possible duplicates found</li>
        {report.newEventTypes.length > 0 ? <li>New event types added: {report.newEventTypes.join(', ')}</li> : null}
      </ul>
      <ProblemsTable
        caption="Rejected rows"
        problems={report.rejected.map((r) => ({
          file: report.fileName,
          row: r.row,
          ...(r.column === null ? {} : { column: r.column }),
          ...(r.field === null ? {} : { field: r.field }),
          reason: r.raw === '' ? r.reason : `${r.reason} — row was: ${r.raw}`,
        }))}
      />
    </section>
  );
}
