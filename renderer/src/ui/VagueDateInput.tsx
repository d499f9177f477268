import { DateReading } from './DateReading';
import { TextInput, type FieldTextControlProps } from './TextInput';

/**
 * A Field's control for a date as agencies write it ("Spring 2013", "3/2/21"), with the live
 * reading under it; the reading, not a hint, is what the control is described by.
 */
export function VagueDateInput({ control, ...text }: FieldTextControlProps) {
  const readingId = `${control.id}-reading`;
  return (
    <>
      <TextInput {...control} {...text} aria-describedby={readingId} />
      <DateReading id={readingId} text={text.value} />
    </>
  );
}
