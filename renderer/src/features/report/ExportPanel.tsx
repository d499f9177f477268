import { useId, useState } from 'react';
import type { ExportKind, ExportResult } from '../../../../electron/shared/domain/report';
import { useApiClient } from '../../api/ApiProvider';
import { useReviewCommand, useReviewState } from '../../api/ReviewProvider';
import { useReviewQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAnnounce } from '../../ui/StatusAnnouncer';
import { useAsyncAction } from '../../components/useAsyncAction';
import { SavePathDialog } from './SavePathDialog';

const kindLabels: Readonly<Record<ExportKind, string>> = {
  report: 'report',
  briefing: 'learning briefing',
  'panel-draft': 'panel draft',
};

interface Pending {
  readonly kind: ExportKind;
  readonly draft: boolean;
  readonly onePage: boolean;
  readonly defaultPath: string;
}

/** Template choice and the three Word exports, each asking where to save first. */
export function ExportPanel() {
  const id = useId();
  const client = useApiClient();
  const { reviewId } = useReviewState();
  const command = useReviewCommand();
  const announce = useAnnounce();
  const action = useAsyncAction();
  const templates = useReviewQuery('report.templates', {});
  const [pending, setPending] = useState<Pending | null>(null);
  const [last, setLast] = useState<ExportResult | null>(null);
  const [step, setStep] = useState<string | null>(null);

  const start = async (kind: ExportKind, draft = false, onePage = false): Promise<void> => {
    const defaultPath = await action.run(() => client.review(reviewId, 'report.defaultExportPath', { kind }));
    if (defaultPath === undefined) return;
    const bridge = window.casewright;
    if (bridge !== undefined) {
      const name = defaultPath.split(/[\\/]/).pop() ?? 'report.docx';
      const chosen = await bridge.showSaveDialog({ title: `Export ${kindLabels[kind]}`, defaultName: name, filters: [{ name: 'Word document', extensions: ['docx'] }] });
      if (chosen !== null) await run({ kind, draft, onePage, defaultPath }, chosen);
      return;
    }
    setPending({ kind, draft, onePage, defaultPath });
  };

  const run = async (job: Pending, path: string): Promise<void> => {
    setPending(null);
    setStep(job.kind === 'report' && !job.draft ? 'Building the report and checking it for identifying information…' : `Writing the ${kindLabels[job.kind]}…`);
    const result = await action.run(() =>
      command('report.export', { kind: job.kind, path, draft: job.draft, onePage: job.onePage, ...(templates.data === undefined ? {} : { templateId: templates.data.effectiveTemplateId }) }),
    );
    setStep(null);
    if (result === undefined) {
      announce(`The ${kindLabels[job.kind]} was not saved`);
      return;
    }
    setLast(result);
    announce(`Saved the ${kindLabels[job.kind]} to ${result.path}`);
  };

  const chooseTemplate = async (templateId: string): Promise<void> => {
    const done = await action.run(() => command('report.setTemplates', { templateId }));
    if (done !== undefined) announce('Report template changed');
  };

  return (
    <section className="report-export" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Export</h2>
      <ErrorMessage error={templates.error} />
      {templates.data === undefined ? (
        <p aria-busy="true">Loading templates…</p>
      ) : (
        <div className="field">
          <label htmlFor={`${id}-template`}>Report template</label>
          <select id={`${id}-template`} value={templates.data.effectiveTemplateId} onChange={(event) => void chooseTemplate(event.target.value)} disabled={action.busy}>
            {templates.data.reports.map((t) => (
              <option key={t.id} value={t.id}>
                {t.title} ({t.origin === 'user' ? 'your copy' : 'built in'}, v{t.version})
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="report-export-buttons">
        <button type="button" disabled={action.busy} onClick={() => void start('report')}>
          Export report for publication…
        </button>
        <button type="button" disabled={action.busy} onClick={() => void start('report', true)}>
          Export internal draft…
        </button>
        <button type="button" disabled={action.busy} onClick={() => void start('panel-draft', true)}>
          Export panel draft…
        </button>
        <button type="button" disabled={action.busy} onClick={() => void start('briefing')}>
          Export 7-minute briefing…
        </button>
        <button type="button" disabled={action.busy} onClick={() => void start('briefing', false, true)}>
          Export one-page learning brief…
        </button>
      </div>
      <p className="hint">Publication exports and briefings are anonymised and refused while the leak check finds identifying information. Drafts keep real names and are watermarked on every page.</p>
      {step === null ? null : (
        <div className="export-progress" role="status">
          <progress aria-label="Export in progress" />
          <span>{step}</span>
        </div>
      )}
      <ErrorMessage error={action.error} title="Not saved" />
      {last === null ? null : (
        <p className="export-result">
          Saved {last.draft ? 'draft' : 'publication version'} to <code>{last.path}</code> ({Math.round(last.bytes / 1024)} KB in {(last.milliseconds / 1000).toFixed(1)} s).
          {last.omitted.length > 0 ? ` Left out: ${last.omitted.join('; ')}.` : ''}
        </p>
      )}
      <SavePathDialog
        open={pending !== null}
        title={pending === null ? 'Export' : `Export ${kindLabels[pending.kind]}${pending.draft && pending.kind === 'report' ? ' (draft)' : ''}`}
        defaultPath={pending?.defaultPath ?? ''}
        onChoose={(path) => {
          if (pending !== null) void run(pending, path);
        }}
        onCancel={() => setPending(null)}
      />
    </section>
  );
}
