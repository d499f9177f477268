import { useId, useState, type FormEvent } from 'react';
import type { Agency } from '@shared/domain/chronology';
import type { RequestNaming } from '@shared/domain/agency-request';
import { chooseSaveTarget, deliverDownload, savedWhere } from '@renderer/api/save-file';
import { Button } from '@renderer/ui/Button';
import { DateField } from '@renderer/ui/DateField';
import { ErrorMessage } from '@renderer/ui/ErrorMessage';
import { Field } from '@renderer/ui/Field';
import { TextField } from '@renderer/ui/TextField';
import { AgencyInput } from '../shared/AgencyInput';
import { useReviewChange } from '@renderer/components/useReviewChange';
import { RadioOptions } from '@renderer/ui/RadioOption';
import type { EnumOption } from '@renderer/ui/Select';

const NAMING_CHOICES: readonly EnumOption<RequestNaming>[] = [
  { value: 'pseudonyms', label: 'Pseudonyms only (send real names and dates of birth separately and securely)' },
  { value: 'real-names', label: 'Real names and dates of birth (agencies need these to find their records)' },
];

/**
 * Ask one agency for its chronology: the workbook is made for that agency (instructions, the
 * review's columns and drop-downs, protected headings) and saved where the user chooses. Whom it
 * names — pseudonyms, or real names and dates of birth — is the reviewer's choice, and is recorded.
 */
export function NewRequestForm(props: { readonly agencies: readonly Agency[]; readonly reviewTitle: string }) {
  const ids = useId();
  const { command, announce, action } = useReviewChange();
  const [agency, setAgency] = useState('');
  const [due, setDue] = useState<string | null>('');
  const [contact, setContact] = useState('');
  const [naming, setNaming] = useState<RequestNaming>('pseudonyms');
  const [saved, setSaved] = useState<string | null>(null);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (agency.trim() === '' || due === null) return;
    const target = await chooseSaveTarget({
      title: 'Save the chronology request',
      defaultName: `${props.reviewTitle} - chronology request - ${agency.trim()}.xlsx`,
      filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }],
    });
    if (target === null) return;
    const result = await action.run(() =>
      command('requests.add', { agency: agency.trim(), dueDate: due === '' ? null : due, contact, naming, target }),
    );
    if (result === undefined) return;
    deliverDownload(result.saved);
    const words = `Saved the request for ${result.request.agency} ${savedWhere(result.saved)}`;
    setSaved(words);
    announce(words);
    setAgency('');
  };

  return (
    <form
      className="stacked-form cw-request-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby={`${ids}-heading`}
    >
      <h2 id={`${ids}-heading`}>Ask an agency for its chronology</h2>
      <p className="hint">
        Casewright makes a workbook for the agency to fill in: instructions, the review’s columns with drop-down lists,
        and headings that cannot be renamed. When it comes back, it imports with nothing to map.
      </p>
      <Field
        label="Agency"
        required
        hint="The agency the workbook is for. Other agencies in the review are offered for “Shared with”."
      >
        {(control) => (
          <AgencyInput
            control={control}
            agencies={props.agencies}
            listId={`${ids}-agencies`}
            value={agency}
            onChange={setAgency}
            autoComplete="off"
          />
        )}
      </Field>
      <DateField
        label="Return by"
        value={due ?? ''}
        onChange={setDue}
        hint="Optional. For example 20 December 2026 or 20/12/2026."
      />
      <TextField
        label="Send it back to"
        hint="Your name and email address, printed on the instruction sheet."
        autoComplete="off"
        value={contact}
        onChange={setContact}
      />
      <fieldset>
        <legend>Whom the request names</legend>
        <RadioOptions
          value={naming}
          options={NAMING_CHOICES}
          onChange={setNaming}
          optionClassName="cw-request-choice"
        />
        <p className="hint">Your choice, and exactly whom the workbook names, is kept in the review’s history.</p>
      </fieldset>
      <ErrorMessage error={action.error} title="The request was not made" />
      <Button type="submit" variant="primary" busy={action.busy} disabled={agency.trim() === '' || due === null}>
        {action.busy ? 'Making the workbook…' : 'Make the request workbook…'}
      </Button>
      {saved === null ? null : <p className="cw-request-saved">{saved}.</p>}
    </form>
  );
}
