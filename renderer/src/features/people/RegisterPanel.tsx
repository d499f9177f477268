import { useState } from 'react';
import { describeAgeAt, type Person } from '@shared/domain/people';
import { useReviewQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { AddPersonForm } from './AddPersonForm';
import { PersonEditor } from './PersonEditor';

const categoryLabels: Readonly<Record<Person['category'], string>> = {
  family: 'Family',
  household: 'Household',
  professional: 'Professional',
};

/** The register as a table, the selected person's editor beside it, and "Add a person". */
export function RegisterPanel() {
  const people = useReviewQuery('people.list', {});
  const session = useReviewQuery('review.getSession', {});
  const [selected, setSelected] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  const list = people.data ?? [];
  const current = list.find((p) => p.id === selected) ?? null;
  const scopeEnd = session.data?.meta.scopeEnd ?? null;
  const ageDate = scopeEnd ?? new Date().toISOString().slice(0, 10);

  return (
    <div className="people-register">
      <section aria-labelledby="register-heading" className="people-list">
        <h2 id="register-heading">Register</h2>
        <ErrorMessage error={people.error} />
        {people.loading && people.data === undefined ? <p aria-busy="true">Loading…</p> : null}
        {list.length === 0 && !people.loading ? <p>No one is registered yet.</p> : null}
        {list.length > 0 ? (
          <table className="people-table">
            <caption className="visually-hidden">People in this review, with their pseudonyms</caption>
            <thead>
              <tr>
                <th scope="col">Pseudonym</th>
                <th scope="col">Real name</th>
                <th scope="col">Role</th>
                <th scope="col">Category</th>
                <th scope="col">{scopeEnd === null ? 'Age today' : 'Age at end of scope'}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((p) => (
                <tr key={p.id} aria-current={p.id === selected ? 'true' : undefined}>
                  <td>
                    <button
                      type="button"
                      className="cw-button is-link"
                      onClick={() => {
                        setSelected(p.id);
                        setAdding(false);
                      }}
                      aria-label={`Edit ${p.pseudonym} (${p.realName})`}
                    >
                      {p.pseudonym}
                    </button>
                  </td>
                  <td>
                    {p.realName}
                    {p.aliases.length > 0 ? <span className="hint"> (also {p.aliases.join(', ')})</span> : null}
                  </td>
                  <td>{p.role}</td>
                  <td>{categoryLabels[p.category]}</td>
                  <td>
                    {p.dateOfBirth === null ? 'Not known' : (describeAgeAt(p.dateOfBirth, ageDate) ?? 'Not yet born')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        <div className="button-row">
          <button
            type="button"
            onClick={() => {
              setAdding(true);
              setSelected(null);
            }}
          >
            Add a person
          </button>
        </div>
      </section>
      {adding ? (
        <AddPersonForm
          onDone={(person) => {
            setAdding(false);
            if (person) setSelected(person.id);
          }}
        />
      ) : null}
      {current !== null && !adding ? (
        <PersonEditor key={current.id} person={current} people={list} ageDate={ageDate} />
      ) : null}
    </div>
  );
}
