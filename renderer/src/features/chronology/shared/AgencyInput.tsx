import type { Agency } from '@shared/domain/chronology';
import { Field } from '@renderer/ui/Field';
import { TextInput, type FieldTextControlProps } from '@renderer/ui/TextInput';

/**
 * A Field's control for an agency's name: free text, offering the review's agencies as the
 * reviewer types (a datalist), so a new agency needs no separate step.
 */
export function AgencyInput({
  control,
  agencies,
  listId,
  ...text
}: FieldTextControlProps & {
  readonly agencies: readonly Agency[];
  /** The id of the list of agencies: unique on the page. */
  readonly listId: string;
}) {
  return (
    <>
      <TextInput {...control} {...text} list={listId} />
      <datalist id={listId}>
        {agencies.map((a) => (
          <option key={a.id} value={a.name} />
        ))}
      </datalist>
    </>
  );
}

/** A labelled agency field (the kit's Field around an AgencyInput), as forms and dialogs ask for the agency. */
export function AgencyField({
  id,
  label,
  hint,
  ...input
}: Omit<FieldTextControlProps, 'control'> & {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly agencies: readonly Agency[];
}) {
  return (
    <Field id={id} label={label} hint={hint}>
      {(control) => <AgencyInput control={control} listId={`${id}-choices`} {...input} />}
    </Field>
  );
}
