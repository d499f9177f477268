import type { Agency } from '@shared/domain/chronology';
import { Field, type FieldControlProps } from '@renderer/ui/Field';

/**
 * A Field's control for an agency's name: free text, offering the review's agencies as the
 * reviewer types (a datalist), so a new agency needs no separate step.
 */
export function AgencyInput(props: {
  readonly control: FieldControlProps;
  readonly agencies: readonly Agency[];
  /** The id of the list of agencies: unique on the page. */
  readonly listId: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly required?: boolean;
  readonly autoComplete?: string;
}) {
  return (
    <>
      <input
        {...props.control}
        value={props.value}
        required={props.required}
        list={props.listId}
        autoComplete={props.autoComplete}
        onChange={(event) => props.onChange(event.target.value)}
      />
      <datalist id={props.listId}>
        {props.agencies.map((a) => (
          <option key={a.id} value={a.name} />
        ))}
      </datalist>
    </>
  );
}

/** A labelled agency field (the kit's Field around an AgencyInput), as forms and dialogs ask for the agency. */
export function AgencyField(props: {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly agencies: readonly Agency[];
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly required?: boolean;
  readonly autoComplete?: string;
}) {
  const { id, label, hint, ...input } = props;
  return (
    <Field id={id} label={label} hint={hint}>
      {(control) => <AgencyInput control={control} listId={`${id}-choices`} {...input} />}
    </Field>
  );
}
