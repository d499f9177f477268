import { useId, useState, type FormEvent } from 'react';
import { personCategories, personCategoryLabels, type Person } from '@shared/domain/people';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { DateField } from '../../ui/DateField';
import { Button } from '@renderer/ui/Button';
import { Select, labelledOptions } from '@renderer/ui/Select';
import { useReviewChange } from '@renderer/components/useReviewChange';
import { TextInput } from '@renderer/ui/TextInput';

/** The aliases typed as a comma-separated list, each once. */
function aliasesFrom(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((alias) => alias.trim())
        .filter((alias) => alias !== ''),
    ),
  ];
}

/** Adds a person with the essentials and any aliases; the rest is edited in the person editor. */
export function AddPersonForm({
  onDone,
  initialName = '',
}: {
  onDone: (person: Person | null) => void;
  initialName?: string;
}) {
  const id = useId();
  const { command, announce, action } = useReviewChange();
  const [realName, setRealName] = useState(initialName);
  const [pseudonym, setPseudonym] = useState('');
  const [role, setRole] = useState('');
  const [category, setCategory] = useState<Person['category']>('family');
  const [dateOfBirth, setDateOfBirth] = useState<string | null>('');
  const [aliasesText, setAliasesText] = useState('');

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const person = await action.run(() =>
      command('people.add', {
        realName,
        pseudonym,
        role,
        category,
        dateOfBirth: dateOfBirth === '' ? null : dateOfBirth,
        aliases: aliasesFrom(aliasesText),
      }),
    );
    if (person !== undefined) {
      announce(`Added ${person.pseudonym}`);
      onDone(person);
    }
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="people-editor">
      <h2 id={`${id}-heading`}>Add a person</h2>
      <form className="stacked-form" onSubmit={(event) => void submit(event)}>
        <ErrorMessage error={action.error} title="Not added" />
        <label htmlFor={`${id}-name`}>Real name</label>
        <TextInput id={`${id}-name`} value={realName} required autoComplete="off" onChange={setRealName} />
        <label htmlFor={`${id}-pseudonym`}>Pseudonym</label>
        <p className="hint" id={`${id}-pseudonym-hint`}>
          Used in every published output, e.g. “Child K”, “KM”, “GP1”.
        </p>
        <TextInput
          id={`${id}-pseudonym`}
          value={pseudonym}
          required
          autoComplete="off"
          aria-describedby={`${id}-pseudonym-hint`}
          onChange={setPseudonym}
        />
        <label htmlFor={`${id}-aliases`}>Other names in the records (aliases)</label>
        <p className="hint" id={`${id}-aliases-hint`}>
          Nicknames, earlier surnames or misspellings agencies used, separated by commas. They are found and replaced
          like the real name.
        </p>
        <TextInput
          id={`${id}-aliases`}
          value={aliasesText}
          autoComplete="off"
          aria-describedby={`${id}-aliases-hint`}
          onChange={setAliasesText}
        />
        <label htmlFor={`${id}-role`}>Role</label>
        <TextInput id={`${id}-role`} value={role} autoComplete="off" onChange={setRole} />
        <label htmlFor={`${id}-category`}>Category</label>
        <Select<Person['category']>
          id={`${id}-category`}
          value={category}
          options={labelledOptions(personCategories, personCategoryLabels)}
          onChange={setCategory}
        />
        <DateField
          id={`${id}-dob`}
          label="Date of birth (if known)"
          value={dateOfBirth ?? ''}
          onChange={setDateOfBirth}
        />
        <div className="button-row">
          <Button type="submit" busy={action.busy} disabled={dateOfBirth === null}>
            Add person
          </Button>
          <button type="button" onClick={() => onDone(null)}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
