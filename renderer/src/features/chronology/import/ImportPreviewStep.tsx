import { useState, type ReactNode } from 'react';
import type { ColumnMapping, ImportField, ImportPreview, SourceNotes } from '@shared/domain/chronology';
import type { ApiError } from '@shared/errors';
import { Button } from '@renderer/ui/Button';
import { ErrorMessage } from '@renderer/ui/ErrorMessage';
import { MappingTable } from './MappingTable';
import { missingRequired } from './mapping';
import { ProblemsTable } from './ProblemsTable';
import { ScrollRegion } from '../shared/ScrollRegion';
import { ColumnHeads } from '@renderer/ui/ColumnHeads';
import { InlineCheckbox } from '@renderer/ui/InlineCheckbox';

/** Character encodings by the names spreadsheet programs give them, not the decoder's ids. */
function encodingWords(encoding: string): string {
  const known: Readonly<Record<string, string>> = {
    'utf-8': 'Unicode (UTF-8)',
    'utf-8-bom': 'Unicode (UTF-8)',
    'utf-16le': 'Unicode (UTF-16)',
    'utf-16be': 'Unicode (UTF-16)',
    'windows-1252': 'Western European (Windows)',
    'iso-8859-1': 'Western European (ISO)',
  };
  return known[encoding.toLowerCase()] ?? encoding.toUpperCase();
}

function sourceWords(preview: ImportPreview): string {
  const s = preview.source;
  const delimiter =
    s.delimiter === null
      ? null
      : s.delimiter === '\t'
        ? 'tab'
        : s.delimiter === ','
          ? 'comma'
          : s.delimiter === ';'
            ? 'semicolon'
            : s.delimiter;
  return [
    s.format.toUpperCase(),
    s.encoding === null ? null : `text in ${encodingWords(s.encoding)}`,
    delimiter === null ? null : `separated by ${delimiter}`,
    s.sheet === null ? null : `sheet “${s.sheet}”`,
    `headers on row ${s.headerRow}`,
  ]
    .filter((part) => part !== null)
    .join(', ');
}

/** Step 2: the detected mapping (correctable), the rows as they would import, and the problems. */
/** Tells the reviewer, before importing, that titles and other sheets are kept too. */
function sourceNotesWords(notes: SourceNotes): string {
  const above = notes.notesAboveHeader.length;
  const parts = [
    above > 0 ? `${above} ${above === 1 ? 'line' : 'lines'} of text above the column headings` : '',
    notes.otherSheets.length > 0
      ? `the other ${notes.otherSheets.length === 1 ? 'sheet' : 'sheets'} of the workbook (${notes.otherSheets.map((s) => `“${s.sheet}”`).join(', ')})`
      : '',
  ].filter((part) => part !== '');
  if (parts.length === 0) return '';
  const text = `${parts.join(' and ')} will be kept with this import and shown in the import report.`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function ImportPreviewStep(props: {
  readonly preview: ImportPreview;
  readonly busy: boolean;
  readonly error: ApiError | undefined;
  readonly ignored: readonly string[];
  readonly onMappingChange: (mapping: ColumnMapping, ignored: readonly string[]) => void;
  readonly onImport: (
    mapping: ColumnMapping,
    skipInvalid: boolean,
    rememberMapping: boolean,
    acceptSuggestedEventTypes: boolean,
  ) => void;
  readonly onBack: () => void;
  /** The import's progress and its Cancel button, shown under the buttons that start it. */
  readonly progress?: ReactNode;
}) {
  const { preview } = props;
  const [remember, setRemember] = useState(true);
  const [acceptSuggested, setAcceptSuggested] = useState(true);
  const hasSuggestions = preview.rows.some((row) => row.eventTypeSuggested);
  const from = (field: ImportField): string =>
    preview.mapping[field] === undefined ? '' : ` (from “${preview.mapping[field]}”)`;
  const kept = preview.columnFates.filter((f) => f.fate === 'extra').map((f) => f.header);
  const invalid = preview.totalRows - preview.validRows;
  const keptOutside = sourceNotesWords(preview.sourceNotes);
  const missing = missingRequired(preview.mapping);
  return (
    <div className="cw-import-preview">
      <h2>
        {preview.fileName} for {preview.agency}
      </h2>
      <p>
        Read as {sourceWords(preview)}. {preview.totalRows} rows: {preview.validRows} valid, {invalid} with problems.
        {preview.mappingRemembered ? ' The mapping remembered for this agency was used.' : ''}
      </p>
      <MappingTable
        columns={preview.columns}
        mapping={preview.mapping}
        detected={preview.detectedMapping}
        fates={preview.columnFates}
        ignored={props.ignored}
        onChange={props.onMappingChange}
      />
      {kept.length > 0 ? <p>Kept word for word on each entry: {kept.map((h) => `“${h}”`).join(', ')}.</p> : null}
      {keptOutside === '' ? null : <p>{keptOutside}</p>}
      {missing.length > 0 ? <p className="warning-message">No column is mapped to: {missing.join(', ')}.</p> : null}

      <ScrollRegion aria-label="Rows as they would be imported">
        <table className="cw-preview-table">
          <caption>First {preview.rows.length} rows as they would be imported</caption>
          <ColumnHeads
            names={[
              'Row',
              'Status',
              'Date',
              'Time',
              'Agency',
              <>Event type{from('eventType')}</>,
              <>Summary{from('summary')}</>,
              <>Action taken{from('actionTaken')}</>,
              <>Outcome or decision{from('outcome')}</>,
              'Kept word for word',
            ]}
          />
          <tbody>
            {preview.rows.map((row) => (
              <tr key={row.row} className={row.valid ? undefined : 'is-invalid'}>
                <td>{row.row}</td>
                <td>{row.valid ? 'OK' : <strong>Problem</strong>}</td>
                <td>{row.dateText}</td>
                <td>{row.time ?? ''}</td>
                <td>{row.agency}</td>
                <td>
                  {row.eventType ?? ''}
                  {row.eventTypeSuggested ? (
                    <span className="cw-suggested">
                      {' '}
                      (suggested from the text{acceptSuggested ? '' : ', not used'})
                    </span>
                  ) : null}
                </td>
                <td>{row.summary}</td>
                <td>{row.actionTaken}</td>
                <td>{row.outcome}</td>
                <td>{row.extraFields.map((f) => `${f.name}: ${f.value}`).join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>

      <ProblemsTable problems={preview.problems} caption={`Problems (${preview.problems.length})`} />
      {preview.duplicates.length > 0 ? (
        <p>
          {preview.duplicates.length} rows look like entries already in the review; after the import you can link, merge
          or dismiss them.
        </p>
      ) : null}

      {hasSuggestions ? (
        <InlineCheckbox className="cw-check" checked={acceptSuggested} onChange={setAcceptSuggested}>
          Use the suggested event types (the file has no event type column; suggestions come from each row’s words and
          you can change any entry later)
        </InlineCheckbox>
      ) : null}
      <InlineCheckbox className="cw-check" checked={remember} onChange={setRemember}>
        Remember this mapping for {preview.agency}
      </InlineCheckbox>
      <ErrorMessage error={props.error} title="Nothing was imported" />
      {invalid > 0 ? (
        <p className="warning-message">
          {invalid} {invalid === 1 ? 'row has' : 'rows have'} problems, so importing everything is not possible. Correct
          the file or the mapping, or import only the {preview.validRows} valid rows (the others stay listed in the
          import report).
        </p>
      ) : null}
      <div className="button-row">
        <Button
          busy={props.busy}
          disabled={invalid > 0 || preview.totalRows === 0 || missing.length > 0}
          onClick={() => props.onImport(preview.mapping, false, remember, hasSuggestions && acceptSuggested)}
        >
          Import all {preview.totalRows} rows
        </Button>
        <Button
          busy={props.busy}
          disabled={invalid === 0 || preview.validRows === 0 || missing.length > 0}
          onClick={() => props.onImport(preview.mapping, true, remember, hasSuggestions && acceptSuggested)}
        >
          Import only the {preview.validRows} valid rows
        </Button>
        <Button busy={props.busy} onClick={props.onBack}>
          Back
        </Button>
      </div>
      {props.progress}
    </div>
  );
}
