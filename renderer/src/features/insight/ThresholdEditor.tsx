import { useEffect, useState } from 'react';
import { INSIGHT_RULE_IDS, INSIGHT_RULE_TITLES, type InsightThresholds } from '@shared/domain/insight';
import { useReviewQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { NUMBER_FIELDS } from './threshold-fields';
import { Field } from '../../ui/Field';
import { Button } from '@renderer/ui/Button';
import { useReviewChange } from '@renderer/components/useReviewChange';

/**
 * The reviewer's tuning of the rules for this review: switch rules on and off, change their
 * numbers and the minimising phrases. Saved into the review (undoable); "Use defaults" drops the
 * review's copy. Word lists beyond the phrases are edited in the data file (templates/insight).
 */
export function ThresholdEditor() {
  const state = useReviewQuery('insight.getThresholds', {});
  const { command, announce, action } = useReviewChange();
  const [draft, setDraft] = useState<InsightThresholds | null>(null);

  useEffect(() => {
    if (state.data !== undefined) setDraft(structuredClone(state.data.effective));
  }, [state.data]);

  const change = (edit: (next: InsightThresholds) => void): void => {
    setDraft((current) => {
      if (current === null) return current;
      const next = structuredClone(current);
      edit(next);
      return next;
    });
  };
  const save = async (): Promise<void> => {
    if (draft === null) return;
    const done = await action.run(() => command('insight.updateThresholds', { thresholds: draft }));
    if (done !== undefined) announce('Thresholds saved for this review');
  };
  const reset = async (): Promise<void> => {
    const done = await action.run(() => command('insight.resetThresholds', {}));
    if (done !== undefined) announce('Default thresholds restored');
  };

  return (
    <details className="insight-thresholds">
      <summary>
        <h2 id="thresholds-heading">Rules and thresholds</h2>
      </summary>
      <ErrorMessage error={state.error} />
      <ErrorMessage error={action.error} title="Thresholds not saved" />
      {draft === null || state.data === undefined ? (
        <p aria-busy="true">Loading…</p>
      ) : (
        <form
          aria-labelledby="thresholds-heading"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <p className="hint">
            {state.data.source === 'review'
              ? 'This review uses its own thresholds.'
              : 'This review uses the default thresholds.'}{' '}
            Data file version {state.data.defaults.version}.
          </p>
          {INSIGHT_RULE_IDS.map((ruleId) => (
            <fieldset key={ruleId} className="insight-rule-settings">
              <legend>{INSIGHT_RULE_TITLES[ruleId]}</legend>
              <label className="insight-toggle">
                <input
                  type="checkbox"
                  checked={draft.rules[ruleId].enabled}
                  onChange={(event) => {
                    const enabled = event.target.checked;
                    change((next) => {
                      next.rules[ruleId].enabled = enabled;
                    });
                  }}
                />
                Use this rule
              </label>
              {NUMBER_FIELDS.filter((field) => field.ruleId === ruleId).map((field) => (
                <Field key={field.id} id={`threshold-${field.id}`} label={field.label}>
                  {(control) => (
                    <input
                      {...control}

                      type="number"
                      min={field.min}
                      max={field.max}
                      step={field.step}
                      value={field.get(draft)}
                      onChange={(event) => {
                        const value = event.target.valueAsNumber;
                        if (!Number.isNaN(value)) change((next) => field.set(next, value));
                      }}
                    />
                  )}
                </Field>
              ))}
              {ruleId === 'victim-seen-alone' ? (
                <label className="insight-toggle">
                  <input
                    type="checkbox"
                    checked={draft.rules['victim-seen-alone'].onlyWhenNeverSeenAlone}
                    onChange={(event) => {
                      const only = event.target.checked;
                      change((next) => {
                        next.rules['victim-seen-alone'].onlyWhenNeverSeenAlone = only;
                      });
                    }}
                  />
                  Only when never recorded as seen alone
                </label>
              ) : null}
              {ruleId === 'minimising-language' ? (
                <Field id="threshold-phrases" label="Minimising phrases (one per line)">
                  {(control) => (
                    <textarea
                      {...control}

                      rows={6}
                      value={draft.rules['minimising-language'].phrases.join('\n')}
                      onChange={(event) => {
                        const phrases = event.target.value.split('\n');
                        change((next) => {
                          next.rules['minimising-language'].phrases = phrases;
                        });
                      }}
                      onBlur={() =>
                        change((next) => {
                          next.rules['minimising-language'].phrases = next.rules['minimising-language'].phrases
                            .map((phrase) => phrase.trim())
                            .filter((phrase) => phrase !== '');
                        })
                      }
                    />
                  )}
                </Field>
              ) : null}
            </fieldset>
          ))}
          <div className="button-row">
            <Button type="submit" busy={action.busy}>
              Save thresholds for this review
            </Button>
            <Button busy={action.busy} disabled={state.data.source === 'defaults'} onClick={() => void reset()}>
              Use defaults
            </Button>
          </div>
        </form>
      )}
    </details>
  );
}
