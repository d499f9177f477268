import { useId, useState } from 'react';
import type { HouseholdPeriod } from '@shared/domain/people';
import { DateField } from '../../ui/DateField';
import { isoDayToWords } from '../../ui/date-input';

/** When the person lived in the child's household: periods with a start and (maybe) an end. */
export function HouseholdPeriodsField({
  periods,
  onSave,
}: {
  periods: readonly HouseholdPeriod[];
  onSave: (periods: HouseholdPeriod[]) => Promise<void>;
}) {
  const id = useId();
  const [from, setFrom] = useState<string | null>('');
  const [to, setTo] = useState<string | null>('');
  const add = (): void => {
    // Empty or unreadable dates (null) are not added; the field says what is wrong.
    if (from === '' || from === null || to === null) return;
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
          const text = `from ${isoDayToWords(p.from)} ${p.to === undefined ? 'to now' : `to ${isoDayToWords(p.to)}`}`;
          return (
            <li key={`${p.from}-${p.to ?? ''}-${index}`}>
              <span>{text}</span>{' '}
              <button
                type="button"
                className="cw-button is-link"
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
        <DateField id={`${id}-from`} label="From" bound="start" value={from ?? ''} onChange={setFrom} />
        <DateField
          id={`${id}-to`}
          label="To (leave empty if still there)"
          bound="end"
          value={to ?? ''}
          onChange={setTo}
        />
        <button type="button" onClick={add} disabled={from === '' || from === null || to === null}>
          Add period
        </button>
      </div>
    </fieldset>
  );
}
