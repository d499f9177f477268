import { useId, useState, type FormEvent } from 'react';
import { identifierKinds, type IdentifierKind } from '@shared/domain/people';
import { useReviewQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Button } from '@renderer/ui/Button';
import { ColumnHeads } from '@renderer/ui/ColumnHeads';
import { Select, labelledOptions } from '@renderer/ui/Select';
import { useReviewChange } from '@renderer/components/useReviewChange';
import { TextInput } from '@renderer/ui/TextInput';

export const identifierKindLabels: Readonly<Record<IdentifierKind, string>> = {
  address: 'Address',
  postcode: 'Postcode',
  'nhs-number': 'NHS number',
  school: 'School',
  professional: "Professional's name",
  other: 'Other',
};

/** Addresses, postcodes, schools… that every publication output redacts. */
export function IdentifiersPanel() {
  const id = useId();
  const identifiers = useReviewQuery('people.listIdentifiers', {});
  const { command, announce, action } = useReviewChange();
  const [text, setText] = useState('');
  const [kind, setKind] = useState<IdentifierKind>('address');

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const added = await action.run(() => command('people.addIdentifier', { text, kind }));
    if (added !== undefined) {
      announce(`${identifierKindLabels[added.kind]} recorded`);
      setText('');
    }
  };

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Identifiers to redact</h2>
      <p className="hint">
        Publication output replaces each of these with “[address removed]”, “[school removed]” and so on. A street line
        is also matched without the house number; a postcode with or without its space.
      </p>
      <ErrorMessage error={identifiers.error} />
      <ErrorMessage error={action.error} title="Not saved" />
      {(identifiers.data ?? []).length === 0 ? (
        <p>None recorded yet.</p>
      ) : (
        <table>
          <caption className="visually-hidden">Recorded identifiers</caption>
          <ColumnHeads names={['Identifier', 'Kind']} hiddenLast="Actions" />
          <tbody>
            {(identifiers.data ?? []).map((i) => (
              <tr key={i.id}>
                <td>{i.text}</td>
                <td>{identifierKindLabels[i.kind]}</td>
                <td>
                  <button
                    type="button"
                    className="cw-button is-link"
                    aria-label={`Remove ${i.text}`}
                    onClick={() => void action.run(() => command('people.removeIdentifier', { id: i.id }))}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form className="inline-add" onSubmit={(event) => void submit(event)}>
        <label htmlFor={`${id}-text`}>Identifier</label>
        <TextInput id={`${id}-text`} value={text} required autoComplete="off" onChange={setText} />
        <label htmlFor={`${id}-kind`}>Kind</label>
        <Select<IdentifierKind>
          id={`${id}-kind`}
          value={kind}
          options={labelledOptions(identifierKinds, identifierKindLabels)}
          onChange={setKind}
        />
        <Button type="submit" busy={action.busy} disabled={text.trim() === ''}>
          Add identifier
        </Button>
      </form>
    </section>
  );
}
