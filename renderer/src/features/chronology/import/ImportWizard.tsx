import { useId, useState, type FormEvent } from 'react';
import type { Agency, ColumnMapping, ImportPreview, ImportReport } from '@shared/domain/chronology';
import { ErrorMessage } from '@renderer/ui/ErrorMessage';
import { useReviewCall } from '../shared/useReviewCall';
import { bytesToBase64 } from './base64';
import { DuplicatesPanel } from './DuplicatesPanel';
import { ImportPreviewStep } from './ImportPreviewStep';
import { ImportReportView } from './ImportReportView';
import { AgencyField } from '../shared/AgencyInput';
import { Field } from '@renderer/ui/Field';
import { useJob } from '@renderer/api/useJob';
import { JobPanel } from '@renderer/components/JobPanel';
import { Button } from '@renderer/ui/Button';
import { useReviewChange } from '@renderer/components/useReviewChange';
import { TextField } from '@renderer/ui/TextField';

interface Source {
  readonly fileName: string;
  readonly bytesBase64: string;
  readonly agency: string;
  readonly sheet?: string;
  readonly ignoreColumns?: readonly string[];
}

type Step =
  | { readonly name: 'choose' }
  | { readonly name: 'preview'; readonly source: Source; readonly preview: ImportPreview }
  | { readonly name: 'done'; readonly report: ImportReport };

function sourceArgs(source: Source): {
  fileName: string;
  bytesBase64: string;
  agency: string;
  sheet?: string;
  ignoreColumns?: string[];
} {
  const { ignoreColumns, ...rest } = source;
  return { ...rest, ...(ignoreColumns === undefined ? {} : { ignoreColumns: [...ignoreColumns] }) };
}

/**
 * Import an agency's chronology: choose the file and agency, check and correct the column
 * mapping against a preview, see every problem, then import all or nothing (default) or only
 * the valid rows. Ends with the import report and the possible duplicates to decide on.
 */
export function ImportWizard(props: {
  readonly agencies: readonly Agency[];
  readonly onShowEntry: (entryId: number) => void;
}) {
  const ids = useId();
  const { call } = useReviewCall();
  const { command, announce, action } = useReviewChange();
  const job = useJob();
  const reading = useJob();
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [file, setFile] = useState<File | null>(null);
  const [agency, setAgency] = useState('');
  const [sheet, setSheet] = useState('');

  const preview = async (source: Source, mapping?: ColumnMapping): Promise<void> => {
    const result = await action.run(() =>
      reading.follow((jobId) =>
        call('chronology.importPreview', {
          ...sourceArgs(source),
          ...(mapping === undefined ? {} : { mapping: { ...mapping } }),
          jobId,
        }),
      ),
    );
    if (result !== undefined) {
      setStep({ name: 'preview', source, preview: result });
      announce(`${result.totalRows} rows read, ${result.validRows} valid, ${result.problems.length} problems`);
    }
  };

  const choose = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (file === null) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    await preview({
      fileName: file.name,
      bytesBase64: bytesToBase64(bytes),
      agency: agency.trim(),
      ...(sheet.trim() === '' ? {} : { sheet: sheet.trim() }),
    });
  };

  const apply = async (
    source: Source,
    mapping: ColumnMapping,
    skipInvalid: boolean,
    rememberMapping: boolean,
    acceptSuggestedEventTypes: boolean,
  ): Promise<void> => {
    announce(`Importing ${source.fileName}`);
    const report = await action.run(() =>
      job.follow((jobId) =>
        command('chronology.importApply', {
          ...sourceArgs(source),
          mapping: { ...mapping },
          skipInvalid,
          rememberMapping,
          acceptSuggestedEventTypes,
          jobId,
        }),
      ),
    );
    if (report !== undefined) {
      setStep({ name: 'done', report });
      announce(`${report.imported} entries imported`);
    }
  };

  return (
    <div className="cw-import">
      <ol className="cw-steps" aria-label="Import steps">
        <li aria-current={step.name === 'choose' ? 'step' : undefined}>Choose a file</li>
        <li aria-current={step.name === 'preview' ? 'step' : undefined}>Check columns and problems</li>
        <li aria-current={step.name === 'done' ? 'step' : undefined}>Report and duplicates</li>
      </ol>
      {step.name === 'choose' ? (
        <form className="stacked-form" onSubmit={(event) => void choose(event)}>
          <Field id={`${ids}-file`} label="Chronology file (CSV or Excel .xlsx)">
            {(control) => (
              <input
                {...control}
                type="file"
                accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                required
                onChange={(event) => setFile(event.target.files?.[0] ?? null)}
              />
            )}
          </Field>
          <AgencyField
            id={`${ids}-agency`}
            label="Agency that sent it"
            hint="The column mapping used last time for this agency is offered again."
            agencies={props.agencies}
            value={agency}
            onChange={setAgency}
            required
          />
          {file !== null && /\.xlsx$/i.test(file.name) ? (
            <TextField
              id={`${ids}-sheet`}
              label="Sheet name (optional)"
              hint="Leave empty to read the sheet that looks like the chronology."
              value={sheet}
              onChange={setSheet}
            />
          ) : null}
          <ErrorMessage error={action.error} title="The file could not be read" />
          <Button type="submit" busy={action.busy} disabled={file === null || agency.trim() === ''}>
            {action.busy ? 'Reading…' : 'Preview'}
          </Button>
          <JobPanel
            job={reading}
            what={`Reading ${file?.name ?? 'the file'}`}
            cancelLabel="Stop reading"
            cancelledText="Reading stopped. Nothing was changed."
          />
        </form>
      ) : null}
      {step.name === 'preview' ? (
        <ImportPreviewStep
          preview={step.preview}
          busy={action.busy}
          error={action.error}
          ignored={step.source.ignoreColumns ?? []}
          onMappingChange={(mapping, ignored) => void preview({ ...step.source, ignoreColumns: ignored }, mapping)}
          onImport={(mapping, skipInvalid, remember, acceptSuggested) =>
            void apply(step.source, mapping, skipInvalid, remember, acceptSuggested)
          }
          onBack={() => setStep({ name: 'choose' })}
          progress={
            <>
              <JobPanel
                job={reading}
                what={`Reading ${step.source.fileName}`}
                cancelLabel="Stop reading"
                cancelledText="Reading stopped. Nothing was changed: the preview is as it was."
              />
              <JobPanel
                job={job}
                what={`Importing ${step.source.fileName}`}
                cancelLabel="Cancel import"
                cancelledText="Import cancelled. Nothing was changed: no entries were added."
              />
            </>
          }
        />
      ) : null}
      {step.name === 'done' ? (
        <>
          <ImportReportView report={step.report} />
          <DuplicatesPanel onShowEntry={props.onShowEntry} />
          <button
            type="button"
            onClick={() => {
              setFile(null);
              setStep({ name: 'choose' });
            }}
          >
            Import another file
          </button>
        </>
      ) : null}
    </div>
  );
}
