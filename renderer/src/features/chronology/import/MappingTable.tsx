import type { ColumnMapping, ImportColumn, ImportField } from '../../../../../electron/shared/domain/chronology';
import { IMPORT_FIELDS } from '../../../../../electron/shared/domain/chronology';
import { assignColumn, FIELD_LABELS, fieldForHeader } from './mapping';

/** One row per source column: its header, sample values and the field it imports as. */
export function MappingTable(props: {
  readonly columns: readonly ImportColumn[];
  readonly mapping: ColumnMapping;
  readonly detected: ColumnMapping;
  readonly onChange: (mapping: ColumnMapping) => void;
}) {
  return (
    <table className="cw-mapping-table">
      <caption>Columns in the file and what they import as</caption>
      <thead>
        <tr>
          <th scope="col">Column in the file</th>
          <th scope="col">Sample values</th>
          <th scope="col">Imports as</th>
        </tr>
      </thead>
      <tbody>
        {props.columns.map((column) => {
          const field = fieldForHeader(props.mapping, column.header);
          const detected = fieldForHeader(props.detected, column.header);
          const selectId = `cw-map-${column.index}`;
          return (
            <tr key={column.index}>
              <th scope="row">
                <label htmlFor={selectId}>{column.header === '' ? `Column ${column.index + 1}` : column.header}</label>
              </th>
              <td className="cw-samples">{column.samples.slice(0, 3).join(' · ')}</td>
              <td>
                <select id={selectId} value={field ?? ''}
                  onChange={(event) => props.onChange(assignColumn(props.mapping, column.header, event.target.value === '' ? null : (event.target.value as ImportField)))}>
                  <option value="">(not imported)</option>
                  {IMPORT_FIELDS.map((f) => <option key={f} value={f}>{FIELD_LABELS[f]}</option>)}
                </select>
                {field !== detected ? <span className="cw-changed"> (changed by you)</span> : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
