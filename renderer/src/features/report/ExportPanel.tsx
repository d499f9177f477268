import { useId, useState, type ReactNode } from 'react';
import type { ExportKind, ExportResult } from '@shared/domain/report';
import { useApiClient } from '../../api/ApiProvider';
import { useReviewState } from '../../api/ReviewProvider';
import { useReviewQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { chooseSaveTarget, deliverDownload, savedWhere } from '../../api/save-file';
import type { SavedOutput, SaveTarget } from '@shared/api/save-target';
import { Field } from '../../ui/Field';
import { Button } from '../../ui/Button';
import { useJob } from '../../api/useJob';
import { JobPanel } from '../../components/JobPanel';
import { useReviewChange } from '@renderer/components/useReviewChange';
import { EnumSelect, type EnumOption } from '@renderer/ui/EnumSelect';

const kindLabels: Readonly<Record<ExportKind, string>> = {
  report: 'report',
  briefing: 'learning briefing',
  'panel-draft': 'panel draft',
};

/** One export button: it keeps keyboard focus while its export runs (see the Button kit's `busy`). */
function ExportButton({
  primary = false,
  busy,
  onPress,
  children,
}: {
  readonly primary?: boolean;
  readonly busy: boolean;
  readonly onPress: () => void;
  readonly children: ReactNode;
}) {
  return (
    <Button variant={primary ? 'primary' : 'secondary'} busy={busy} onClick={onPress}>
      {children}
    </Button>
  );
}

interface ExportJob {
  readonly kind: ExportKind;
  readonly draft: boolean;
  readonly onePage: boolean;
}

/** A report is saved as a Word document or as a PDF. */
type ReportFormat = 'docx' | 'pdf';

/** The report's file formats; a PDF is made from the Word document by LibreOffice. */
const FORMAT_OPTIONS: readonly EnumOption<ReportFormat>[] = [
  { value: 'docx', label: 'Word document (.docx)' },
  { value: 'pdf', label: 'Accessible PDF (.pdf, needs LibreOffice)' },
];

/**
 * Template choice and the Word exports. In the desktop app each asks where to save in the system's
 * save dialog; in the browser edition the finished document downloads.
 */
export function ExportPanel() {
  const id = useId();
  const client = useApiClient();
  const { reviewId } = useReviewState();
  const { command, announce, action } = useReviewChange();
  const templates = useReviewQuery('report.listTemplates', {});
  const templateList = templates.data;
  const [last, setLast] = useState<(ExportResult & SavedOutput) | null>(null);
  const [running, setRunning] = useState<ExportKind | null>(null);
  const exportJob = useJob();
  const [format, setFormat] = useState<ReportFormat>('docx');

  const start = async (kind: ExportKind, draft = false, onePage = false): Promise<void> => {
    const defaultPath = await action.run(() =>
      client.review(reviewId, 'report.getDefaultExportPath', { kind, draft, onePage, format }),
    );
    if (defaultPath === undefined) return;
    const name = defaultPath.split(/[\\/]/).pop() ?? 'report.docx';
    const filter =
      format === 'pdf'
        ? { name: 'PDF document', extensions: ['pdf'] }
        : { name: 'Word document', extensions: ['docx'] };
    const target = await chooseSaveTarget({
      title: `Export ${kindLabels[kind]}`,
      defaultName: name,
      filters: [filter],
    });
    if (target !== null) await run({ kind, draft, onePage }, target);
  };

  const run = async (job: ExportJob, target: SaveTarget): Promise<void> => {
    setRunning(job.kind);
    const result = await action.run(() =>
      exportJob.follow((jobId) =>
        // The report template id applies to reports and panel drafts only: briefings have their own templates.
        command('report.export', {
          kind: job.kind,
          target,
          format,
          draft: job.draft,
          onePage: job.onePage,
          ...(templates.data === undefined || job.kind === 'briefing'
            ? {}
            : { templateId: templates.data.effectiveTemplateId }),
          jobId,
        }),
      ),
    );
    if (result === undefined) {
      announce(`The ${kindLabels[job.kind]} was not saved`);
      return;
    }
    deliverDownload(result);
    setLast(result);
    announce(`Saved the ${kindLabels[job.kind]} ${savedWhere(result)}`);
  };

  const chooseTemplate = async (templateId: string): Promise<void> => {
    const done = await action.run(() => command('report.updateTemplates', { templateId }));
    if (done !== undefined) announce('Report template changed');
  };

  return (
    <section className="report-export" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Export</h2>
      <ErrorMessage error={templates.error} />
      {templateList === undefined ? (
        <p aria-busy="true">Loading templates…</p>
      ) : (
        <Field id={`${id}-template`} label="Report template">
          {(control) => (
            <select
              {...control}
              value={templateList.effectiveTemplateId}
              onChange={(event) => void chooseTemplate(event.target.value)}
              disabled={action.busy}
            >
              {templateList.reports.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.title} ({t.origin === 'user' ? 'your copy' : 'built in'}, v{t.version})
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <EnumSelect
        id={`${id}-format`}
        label="Format"
        value={format}
        options={FORMAT_OPTIONS}
        onChange={setFormat}
        disabled={action.busy}
      />
      <div className="report-export-buttons">
        <ExportButton primary busy={action.busy} onPress={() => void start('report')}>
          Export report for publication…
        </ExportButton>
        <ExportButton busy={action.busy} onPress={() => void start('report', true)}>
          Export internal draft…
        </ExportButton>
        <ExportButton busy={action.busy} onPress={() => void start('panel-draft', true)}>
          Export panel draft…
        </ExportButton>
        <ExportButton busy={action.busy} onPress={() => void start('briefing')}>
          Export 7-minute briefing…
        </ExportButton>
        <ExportButton busy={action.busy} onPress={() => void start('briefing', false, true)}>
          Export one-page learning brief…
        </ExportButton>
      </div>
      <p className="hint">
        Publication exports and briefings are anonymised and refused while the leak check finds identifying information.
        Drafts keep real names and are watermarked on every page.
      </p>
      <JobPanel
        job={exportJob}
        what={`Exporting the ${kindLabels[running ?? 'report']}`}
        cancelLabel="Cancel export"
        cancelledText="Export cancelled. No file was saved."
      />
      <ErrorMessage error={action.error} title="Not saved" />
      {last === null ? null : (
        <p className="export-result">
          Saved {last.draft ? 'draft' : 'publication version'}{' '}
          {last.downloadUrl === undefined ? 'to' : 'as the download'} <code>{last.path}</code> (
          {Math.round(last.bytes / 1024)} KB in {(last.milliseconds / 1000).toFixed(1)} s).
          {last.omitted.length > 0 ? ` Left out: ${last.omitted.join('; ')}.` : ''}
        </p>
      )}
    </section>
  );
}
