import { useEffect, useId, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import type { EventType } from '@shared/domain/chronology';
import { DateReading } from '@renderer/ui/DateReading';
import type { GridColumn } from './grid-columns';

export interface CellEditorProps {
  readonly column: GridColumn;
  readonly initial: string;
  readonly eventTypes: readonly EventType[];
  /** Problem from the last commit attempt (e.g. an impossible date), shown under the field. */
  readonly problem: string | undefined;
  readonly onCommit: (value: string) => void;
  readonly onCancel: () => void;
}

/**
 * The editor inside a grid cell. Enter commits, Escape cancels (the grid puts focus back on the
 * cell); Tab commits and lets focus move on; clicking away commits a changed value, so nothing
 * typed is lost. Keys are stopped here so the grid's own arrow-key navigation does not move the
 * active cell while the reviewer types.
 */
export function CellEditor({ column, initial, eventTypes, problem, onCommit, onCancel }: CellEditorProps) {
  const [value, setValue] = useState(initial);
  const inputRef = useRef<HTMLInputElement & HTMLSelectElement>(null);
  // What the keyboard already did, so the blur that follows does not commit or cancel again.
  const settled = useRef<'committed' | 'cancelled' | null>(null);
  const readingId = useId();
  const problemId = useId();

  useEffect(() => {
    inputRef.current?.focus();
    if (inputRef.current instanceof HTMLInputElement) inputRef.current.select();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    event.stopPropagation();
    if (event.key === 'Enter') {
      event.preventDefault();
      settled.current = 'committed';
      onCommit(value);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      settled.current = 'cancelled';
      onCancel();
    } else if (event.key === 'Tab') {
      settled.current = 'committed';
      onCommit(value);
    } else {
      settled.current = null;
    }
  };
  const onBlur = (): void => {
    if (settled.current !== null) return;
    if (value === initial) onCancel();
    else onCommit(value);
  };
  const describedBy = [column.id === 'date' ? readingId : '', problem === undefined ? '' : problemId]
    .filter(Boolean)
    .join(' ');
  const label = `Edit ${column.label.toLowerCase()}`;

  // The same label, value, keys and problem for whichever control the column edits with.
  const control = {
    ref: inputRef,
    'aria-label': label,
    value,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setValue(event.target.value),
    onKeyDown,
    onBlur,
    'aria-invalid': problem === undefined ? undefined : true,
    'aria-describedby': describedBy || undefined,
  } as const;
  return (
    <div className="cw-cell-editor">
      {column.edit === 'eventType' ? (
        <select {...control}>
          <option value="">(none)</option>
          {eventTypes.map((type) => (
            <option key={type.id} value={String(type.id)}>
              {type.name}
            </option>
          ))}
        </select>
      ) : (
        <input {...control} type="text" />
      )}
      {column.id === 'date' ? <DateReading id={readingId} text={value} /> : null}
      {problem === undefined ? null : (
        <p id={problemId} className="cw-cell-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
