import { useId, useState } from 'react';
import type { NameWarning } from '@shared/domain/people';
import { useReviewQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { AddPersonForm } from './AddPersonForm';
import { Button } from '@renderer/ui/Button';
import { useReviewChange } from '@renderer/components/useReviewChange';

/**
 * Capitalised words near family-role words ("her partner Gary") that are not in the register.
 * The reviewer registers the person, adds the word as an alias, or dismisses it for good.
 */
export function NameWarningsPanel() {
  const id = useId();
  const warnings = useReviewQuery('people.listNameWarnings', {});
  const people = useReviewQuery('people.list', {});
  const { command, announce, action } = useReviewChange();
  const [registering, setRegistering] = useState<string | null>(null);
  const list = warnings.data ?? [];
  const byName = new Map<string, NameWarning[]>();
  for (const w of list) byName.set(w.key, [...(byName.get(w.key) ?? []), w]);

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Possible unregistered names</h2>
      <p className="hint">
        Words that look like names next to words such as mother, partner or Mrs, found in the text of this review. They
        are not replaced on publication until you register them.
      </p>
      <ErrorMessage error={warnings.error ?? people.error} />
      <ErrorMessage error={action.error} title="Not saved" />
      {warnings.loading && warnings.data === undefined ? <p aria-busy="true">Looking…</p> : null}
      {list.length === 0 && !warnings.loading ? <p>No possible unregistered names found.</p> : null}
      <ul className="name-warnings">
        {[...byName.values()].map((group) => {
          const name = group[0]!.name;
          return (
            <li key={group[0]!.key}>
              <p>
                <strong>{name}</strong> — {group.length === 1 ? group[0]!.location : `${group.length} places`}
              </p>
              <ul>
                {group.slice(0, 3).map((w, i) => (
                  <li key={i} className="hint">
                    {w.location}: “{w.context}”
                  </li>
                ))}
              </ul>
              <div className="button-row">
                <button type="button" onClick={() => setRegistering(name)}>
                  Register {name}…
                </button>
                <AddAsAlias name={name} people={people.data ?? []} />
                <button
                  type="button"

                  onClick={() =>
                    void action.run(async () => {
                      await command('people.dismissNameWarning', { name });
                      announce(`Dismissed ${name}`);
                    })
                  }
                >
                  Not a name: dismiss {name}
                </button>
              </div>
              {registering === name ? <AddPersonForm initialName={name} onDone={() => setRegistering(null)} /> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function AddAsAlias({
  name,
  people,
}: {
  name: string;
  people: readonly { id: number; pseudonym: string; realName: string; aliases: readonly string[] }[];
}) {
  const id = useId();
  const { command, announce, action } = useReviewChange();
  const [personId, setPersonId] = useState<number | ''>('');
  if (people.length === 0) return null;
  const add = async (): Promise<void> => {
    const person = people.find((p) => p.id === personId);
    if (!person) return;
    const result = await action.run(() =>
      command('people.update', { id: person.id, aliases: [...person.aliases, name] }),
    );
    if (result !== undefined) announce(`${name} added as an alias of ${person.pseudonym}`);
  };
  return (
    <span className="inline-add">
      <label htmlFor={`${id}-person`}>Alias of</label>
      <select
        id={`${id}-person`}
        value={personId}
        onChange={(e) => setPersonId(e.target.value === '' ? '' : Number(e.target.value))}
      >
        <option value="">Choose…</option>
        {people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.pseudonym} ({p.realName})
          </option>
        ))}
      </select>
      <Button busy={action.busy} disabled={personId === ''} onClick={() => void add()}>
        Add {name} as alias
      </Button>
      <ErrorMessage error={action.error} title="Not saved" />
    </span>
  );
}
