import { useId } from 'react';
import { findingTypeLabels } from '@shared/domain/findings';
import { useReviewQuery } from '../../api/useQuery';
import { Checkbox } from '../../ui/Checkbox';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useReviewChange } from '@renderer/components/useReviewChange';

/**
 * Which findings the briefing is made from, chosen where the briefing is written: one checkbox
 * per finding, saved at once through `findings.update` (audited, undoable), the same flag the
 * finding's own editor shows. Segments 3 to 5 take the first three learning findings ticked.
 */
export function BriefingFindings() {
  const id = useId();
  const findings = useReviewQuery('findings.list', {});
  const { command, announce, action } = useReviewChange();

  const toggle = async (findingId: number, number: number, inBriefing: boolean): Promise<void> => {
    const done = await action.run(() => command('findings.update', { id: findingId, changes: { inBriefing } }));
    if (done !== undefined) announce(`Finding ${number} ${inBriefing ? 'added to' : 'taken out of'} the briefing`);
  };

  const list = findings.data ?? [];
  const learningTicked = list.filter((f) => f.inBriefing && f.type !== 'good-practice').length;
  return (
    <fieldset className="briefing-findings" aria-describedby={`${id}-hint`}>
      <legend>Findings in the briefing</legend>
      <p id={`${id}-hint`} className="cw-field-hint">
        The 7-minute briefing’s key learning (segments 3 to 5) comes from the first three learning findings ticked here,
        unless you write the learning points below.
        {findings.data === undefined
          ? null
          : ` ${learningTicked} learning finding${learningTicked === 1 ? '' : 's'} ticked.`}
      </p>
      <ErrorMessage error={findings.error} />
      <ErrorMessage error={action.error} title="Not saved" />
      {findings.data === undefined ? (
        <p aria-busy="true">Loading…</p>
      ) : list.length === 0 ? (
        <p>No findings yet: add them in the Findings area.</p>
      ) : (
        <ul className="briefing-findings-list">
          {[...list]
            .sort((a, b) => a.number - b.number)
            .map((f) => (
              <li key={f.id}>
                <Checkbox
                  label={`Finding ${f.number}: ${f.title}`}
                  hint={findingTypeLabels[f.type]}
                  checked={f.inBriefing}
                  disabled={action.busy}
                  onChange={(checked) => void toggle(f.id, f.number, checked)}
                />
              </li>
            ))}
        </ul>
      )}
    </fieldset>
  );
}
