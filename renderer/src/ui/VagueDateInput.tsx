import { DateReading } from './DateReading';
import type { FieldControlProps } from './Field';

/**
 * A Field's control for a date as agencies write it ("Spring 2013", "3/2/21"), with the live
 * reading under it; the reading, not a hint, is what the control is described by.
 */
export function VagueDateInput(props: {
  readonly control: FieldControlProps;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly required?: boolean;
  readonly autoComplete?: string;
}) {
  const readingId = `${props.control.id}-reading`;
  return (
    <>
      <input
        {...props.control}
        value={props.value}
        required={props.required}
        autoComplete={props.autoComplete}
        aria-describedby={readingId}
        onChange={(event) => props.onChange(event.target.value)}
      />
      <DateReading id={readingId} text={props.value} />
    </>
  );
}
