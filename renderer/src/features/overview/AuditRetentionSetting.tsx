import { useEffect, useState, type FormEvent } from 'react';
import { useReviewQuery } from '../../api/useQuery';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { useReviewChange } from '@renderer/components/useReviewChange';
import { RadioOptions } from '@renderer/ui/RadioOption';
import type { EnumOption } from '@renderer/ui/Select';
import { TextInput } from '@renderer/ui/TextInput';

/** The limits the API accepts (one day to a hundred years). */
const MIN_DAYS = 1;
const MAX_DAYS = 36_500;

type Choice = 'life' | 'days';

const CHOICES: readonly EnumOption<Choice>[] = [
  { value: 'life', label: 'For the life of the review' },
  { value: 'days', label: 'For a set number of days' },
];

export function describeRetention(days: number | null): string {
  if (days === null) return 'for the life of the review';
  return days === 1 ? 'for 1 day' : `for ${days.toLocaleString('en-GB')} days`;
}

/** Parses the days box; a message in plain words when it is not a whole number in range. */
function parseDays(text: string): { days: number } | { problem: string } {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return { problem: 'Enter a whole number of days, such as 90.' };
  const days = Number(trimmed);
  if (days < MIN_DAYS || days > MAX_DAYS)
    return { problem: `Enter a number of days from ${MIN_DAYS} to ${MAX_DAYS.toLocaleString('en-GB')}.` };
  return { days };
}

/**
 * How long the audit trail keeps copies of what changes replaced. Older copies are removed when
 * the review is opened, and straight away when the setting is saved.
 */
export function AuditRetentionSetting() {
  const current = useReviewQuery('review.getAuditRetention', {});
  const { command, announce, action: saving } = useReviewChange();
  const [choice, setChoice] = useState<Choice>('life');
  const [daysText, setDaysText] = useState('90');
  const [problem, setProblem] = useState<string | null>(null);
  const currentDays = current.data?.days;

  // Show the saved setting whenever it is (re)loaded.
  useEffect(() => {
    if (currentDays === undefined) return;
    setChoice(currentDays === null ? 'life' : 'days');
    if (currentDays !== null) setDaysText(String(currentDays));
  }, [currentDays]);

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    let days: number | null = null;
    if (choice === 'days') {
      const parsed = parseDays(daysText);
      if ('problem' in parsed) {
        setProblem(parsed.problem);
        return;
      }
      days = parsed.days;
    }
    setProblem(null);
    const result = await saving.run(() => command('review.updateAuditRetention', { days }));
    if (result !== undefined) announce(`Copies of earlier versions will be kept ${describeRetention(result.days)}`);
  };

  return (
    <form className="retention-form" onSubmit={(event) => void save(event)} noValidate>
      <fieldset>
        <legend>How long to keep copies of earlier versions</legend>
        <p className="hint">
          Keeping them lets you see what a change replaced. Copies older than the period you choose are removed when you
          save this setting and each time the review is opened; this cannot be undone.
        </p>
        <ErrorMessage error={current.error} />
        {currentDays === undefined ? null : <p>Now kept {describeRetention(currentDays)}.</p>}
        <RadioOptions value={choice} options={CHOICES} onChange={setChoice} optionClassName="retention-choice" />
        {choice === 'days' ? (
          <Field label="Number of days" error={problem} required>
            {(control) => (
              <TextInput
                {...control}
                type="text"
                inputMode="numeric"
                className="retention-days"
                value={daysText}
                onChange={setDaysText}
              />
            )}
          </Field>
        ) : null}
      </fieldset>
      <ErrorMessage error={saving.error} title="Not saved" />
      <Button type="submit" variant="primary" busy={saving.busy}>
        Save how long copies are kept
      </Button>
    </form>
  );
}
