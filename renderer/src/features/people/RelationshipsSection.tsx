import { useId, useState, type FormEvent } from 'react';
import { relationshipKinds, type Person, type RelationshipKind } from '@shared/domain/people';
import { useReviewQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { DateField } from '../../ui/DateField';
import { isoDayToWords } from '../../ui/date-input';
import { Button } from '@renderer/ui/Button';
import { Select, labelledOptions } from '@renderer/ui/Select';
import { useReviewChange } from '@renderer/components/useReviewChange';

export const relationshipLabels: Readonly<Record<RelationshipKind, string>> = {
  'parent-of': 'parent of',
  'partner-of': 'partner of',
  'ex-partner-of': 'ex-partner of',
  'sibling-of': 'sibling of',
  'half-sibling-of': 'half-sibling of',
  'grandparent-of': 'grandparent of',
  other: 'related to',
};

/** This person's relationships (either direction) and a form to add one. */
export function RelationshipsSection({ person, people }: { person: Person; people: readonly Person[] }) {
  const id = useId();
  const relationships = useReviewQuery('people.listRelationships', {});
  const { command, announce, action } = useReviewChange();
  const others = people.filter((p) => p.id !== person.id);
  const [kind, setKind] = useState<RelationshipKind>('parent-of');
  const [other, setOther] = useState<number | ''>('');
  const [fromDate, setFromDate] = useState<string | null>('');
  const [toDate, setToDate] = useState<string | null>('');
  const nameOf = (personId: number): string => people.find((p) => p.id === personId)?.pseudonym ?? `person ${personId}`;
  const mine = (relationships.data ?? []).filter((r) => r.from === person.id || r.to === person.id);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (other === '' || fromDate === null || toDate === null) return;
    const added = await action.run(() =>
      command('people.addRelationship', {
        from: person.id,
        to: other,
        kind,
        fromDate: fromDate === '' ? null : fromDate,
        toDate: toDate === '' ? null : toDate,
      }),
    );
    if (added !== undefined) {
      announce('Relationship added');
      setOther('');
      setFromDate('');
      setToDate('');
    }
  };

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Relationships</h3>
      <ErrorMessage error={relationships.error ?? action.error} />
      {mine.length === 0 ? <p className="hint">No relationships recorded.</p> : null}
      <ul>
        {mine.map((r) => {
          const text = `${nameOf(r.from)} is ${relationshipLabels[r.kind]} ${nameOf(r.to)}${r.fromDate ? ` from ${isoDayToWords(r.fromDate)}` : ''}${r.toDate ? ` to ${isoDayToWords(r.toDate)}` : ''}`;
          return (
            <li key={r.id}>
              {text}{' '}
              <button
                type="button"
                className="cw-button is-link"
                aria-label={`Remove relationship: ${text}`}
                onClick={() => void action.run(() => command('people.removeRelationship', { id: r.id }))}
              >
                Remove
              </button>
            </li>
          );
        })}
      </ul>
      {others.length === 0 ? null : (
        <form
          className="inline-add"
          onSubmit={(event) => void submit(event)}
          aria-label={`Add a relationship for ${person.pseudonym}`}
        >
          <span>{person.pseudonym} is</span>
          <label htmlFor={`${id}-kind`} className="visually-hidden">
            Relationship
          </label>
          <Select<RelationshipKind>
            id={`${id}-kind`}
            value={kind}
            options={labelledOptions(relationshipKinds, relationshipLabels)}
            onChange={setKind}
          />
          <label htmlFor={`${id}-other`} className="visually-hidden">
            Other person
          </label>
          <select
            id={`${id}-other`}
            value={other}
            required
            onChange={(e) => setOther(e.target.value === '' ? '' : Number(e.target.value))}
          >
            <option value="">Choose a person…</option>
            {others.map((p) => (
              <option key={p.id} value={p.id}>
                {p.pseudonym} ({p.realName})
              </option>
            ))}
          </select>
          <DateField id={`${id}-from`} label="From" bound="start" value={fromDate ?? ''} onChange={setFromDate} />
          <DateField id={`${id}-to`} label="To" bound="end" value={toDate ?? ''} onChange={setToDate} />
          <Button type="submit" busy={action.busy} disabled={other === '' || fromDate === null || toDate === null}>
            Add relationship
          </Button>
        </form>
      )}
    </section>
  );
}
