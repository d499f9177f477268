import { useId, useState } from 'react';
import type { HouseholdPeriod } from '../../../../electron/shared/domain/people';

/** When the person lived in the child's household: periods with a start and (maybe) an end. */
export function HouseholdPeriodsField({
  periods,
  onSave,
}: {
  periods: readonly HouseholdPeriod[];
  onSave: (periods: HouseholdPeriod[]) => Promise<void>;
}) {
  const id = useId();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const add = (): void => {
    if (from === '') return;
    void onSave([...periods, to === '' ? { from } : { from, to }]);
    setFrom('');
    setTo('');
  };
  return (
    <fieldset className="list-field">
      <legend>In the child’s household</legend>
      {periods.length === 0 ? <p className="hint">No periods recorded.</p> : null}
      <ul>
        {periods.map((p, index) => {
          const text = `from ${p.from} ${p.to === undefined ? 'to now' : `to ${p.to}`}`;
          return (
            <li key={`${p.from}-${p.to ?? ''}-${index}`}>
              <span>{text}</span>{' '}
              <button
                type="button"
                className="link-button"
                aria-label={`Remove household period ${text}`}
                onClick={() => void onSave(periods.filter((_, i) => i !== index))}
              >
                Remove
              </button>
            </li>
          );
        })}
      </ul>
      <div className="inline-add">
        <label htmlFor={`${id}-from`}>From</label>
        <input id={`${id}-from`} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        <label htmlFor={`${id}-to`}>To (leave empty if still there)</label>
        <input id={`${id}-to`} type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        <button type="button" className="secondary" onClick={add} disabled={from === ''}>
          Add period
        </button>
      </div>
    </fieldset>
  );
}
