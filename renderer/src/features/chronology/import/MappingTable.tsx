import type { ColumnFate, ColumnMapping, ImportColumn, ImportField } from '@shared/domain/chronology';
import { IMPORT_FIELDS } from '@shared/domain/chronology';
import { assignColumn, FIELD_LABELS, fieldForHeader } from './mapping';
import { ColumnHeads } from '@renderer/ui/ColumnHeads';

const KEEP = '';
const LEAVE_OUT = 'leave-out';

/**
 * One row per source column: its header, sample values and what becomes of it. A column no field
 * takes is kept word for word on each entry; only the reviewer's explicit choice leaves one out,
 * and that choice is recorded in the import report.
 */
export function MappingTable(props: {
  readonly columns: readonly ImportColumn[];
  readonly mapping: ColumnMapping;
  readonly detected: ColumnMapping;
  readonly fates: readonly ColumnFate[];
  readonly ignored: readonly string[];
  readonly onChange: (mapping: ColumnMapping, ignored: readonly string[]) => void;
}) {
  return (
    <table className="cw-mapping-table">
      <caption>Columns in the file and what they import as</caption>
      <ColumnHeads names={['Column in the file', 'Sample values', 'Imports as']} />
      <tbody>
        {props.columns.map((column) => {
          const field = fieldForHeader(props.mapping, column.header);
          const detected = fieldForHeader(props.detected, column.header);
          const leftOut = props.ignored.includes(column.header);
          const empty = props.fates.find((f) => f.header === column.header)?.fate === 'empty';
          const selectId = `cw-map-${column.index}`;
          const choose = (value: string): void => {
            const ignored = props.ignored.filter((h) => h !== column.header);
            if (value === LEAVE_OUT)
              props.onChange(assignColumn(props.mapping, column.header, null), [...ignored, column.header]);
            else
              props.onChange(
                assignColumn(props.mapping, column.header, value === KEEP ? null : (value as ImportField)),
                ignored,
              );
          };
          return (
            <tr key={column.index}>
              <th scope="row">
                <label htmlFor={selectId}>{column.header === '' ? `Column ${column.index + 1}` : column.header}</label>
              </th>
              <td className="cw-samples">
                {empty ? <em>empty in every row</em> : column.samples.slice(0, 3).join(' · ')}
              </td>
              <td>
                <select
                  id={selectId}
                  value={leftOut ? LEAVE_OUT : (field ?? KEEP)}
                  onChange={(event) => choose(event.target.value)}
                >
                  <option value={KEEP}>
                    {empty ? '(empty: nothing to import)' : '(keep word for word on each entry)'}
                  </option>
                  {IMPORT_FIELDS.map((f) => (
                    <option key={f} value={f}>
                      {FIELD_LABELS[f]}
                    </option>
                  ))}
                  <option value={LEAVE_OUT}>(leave this column out)</option>
                </select>
                {leftOut ? (
                  <span className="cw-changed"> (left out by you; recorded in the import report)</span>
                ) : field !== detected ? (
                  <span className="cw-changed"> (changed by you)</span>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
