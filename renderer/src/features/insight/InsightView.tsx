import { useRef, useState } from 'react';
import { INSIGHT_RULE_TITLES, type InsightPatternView, type InsightReport } from '@shared/domain/insight';
import { useReviewState } from '../../api/ReviewProvider';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { navigate, reviewHref } from '../../navigation/routes';
import { DismissDialog, ReasonDialog } from './DismissDialog';
import { dayOf, entryInWords } from './entry-words';
import { PatternCard, type FalseMatchTarget } from './PatternCard';
import { ThresholdEditor } from './ThresholdEditor';
import './InsightView.css';
import { Button } from '@renderer/ui/Button';
import { JobPanel } from '../../components/JobPanel';
import { useInsightRun } from './useInsightRun';
import { useReviewChange } from '@renderer/components/useReviewChange';

const count = new Intl.NumberFormat('en-GB');

/**
 * Practice insight: the patterns the rules found across the chronology, strongest first, each on
 * one line until expanded to show what the records say and the entries it rests on. The reviewer
 * turns a pattern into a finding draft, dismisses it with a reason (kept, audited, restorable),
 * or marks a matched entry as a false match, which the rule respects from then on in this review.
 */
export function InsightView() {
  const report = useInsightRun();
  const { command, announce, action } = useReviewChange();
  const { reviewId } = useReviewState();
  const [showDismissed, setShowDismissed] = useState(false);
  const [dismissing, setDismissing] = useState<InsightPatternView | null>(null);
  const [falseMatch, setFalseMatch] = useState<FalseMatchTarget | null>(null);
  // After a pattern leaves the list its buttons are gone; focus moves to the summary line instead.
  const summaryRef = useRef<HTMLParagraphElement>(null);
  const focusSummaryAfterDialog = useRef(false);
  const focusSummaryIfAsked = (): void => {
    if (!focusSummaryAfterDialog.current) return;
    focusSummaryAfterDialog.current = false;
    summaryRef.current?.focus();
  };

  const createFinding = async (pattern: InsightPatternView): Promise<void> => {
    const draft = await action.run(() => command('insight.addFinding', { patternId: pattern.id }));
    if (draft === undefined) return;
    announce(`Finding ${draft.number} created from the pattern`);
    navigate(reviewHref(reviewId, 'findings', String(draft.findingId)));
  };
  const restore = async (pattern: InsightPatternView): Promise<void> => {
    const done = await action.run(() => command('insight.restore', { patternId: pattern.id }));
    if (done === undefined) return;
    announce('Pattern restored');
    summaryRef.current?.focus();
  };
  const dismiss = async (reason: string): Promise<boolean> => {
    if (dismissing === null) return false;
    const done = await action.run(() => command('insight.dismiss', { patternId: dismissing.id, reason }));
    if (done === undefined) return false;
    announce('Pattern dismissed');
    focusSummaryAfterDialog.current = true;
    setDismissing(null);
    return true;
  };

  const markFalseMatch = async (reason: string): Promise<boolean> => {
    if (falseMatch === null) return false;
    const done = await action.run(() =>
      command('insight.addFalseMatch', { patternId: falseMatch.pattern.id, entryId: falseMatch.entry.id, reason }),
    );
    if (done === undefined) return false;
    announce('Marked as a false match; the rule no longer matches this entry in this review');
    focusSummaryAfterDialog.current = true;
    setFalseMatch(null);
    return true;
  };
  const unmark = async (ruleId: InsightReport['falseMatches'][number]['ruleId'], entryId: string): Promise<void> => {
    const done = await action.run(() => command('insight.removeFalseMatch', { ruleId, entryId }));
    if (done === undefined) return;
    announce('False match removed');
    summaryRef.current?.focus();
  };

  const data = report.data;
  const active = data?.patterns.filter((pattern) => pattern.dismissal === null) ?? [];
  const dismissed = data?.patterns.filter((pattern) => pattern.dismissal !== null) ?? [];
  const shown = showDismissed ? (data?.patterns ?? []) : active;

  return (
    <div className="insight">
      <h1 id="area-heading">Insight</h1>
      <p className="hint">
        Patterns across agencies and years that incident-by-incident work can miss. Each rule is simple and its
        thresholds can be changed below; every pattern names the chronology entries it rests on and says only what they
        record.
      </p>
      <ErrorMessage error={report.error} />
      <ErrorMessage error={action.error} title="Not done" />
      {report.showProgress || report.job.cancelled ? (
        <JobPanel
          job={report.job}
          what="Looking for patterns"
          cancelLabel="Cancel insight"
          cancelledText="Insight was stopped before it finished. Nothing was changed."
        />
      ) : null}
      {data === undefined ? (
        report.job.cancelled ? (
          <Button onClick={report.rerun}>Look for patterns again</Button>
        ) : report.showProgress || report.error !== undefined ? null : (
          <p aria-busy="true">Loading…</p>
        )
      ) : (
        <>
          <p className="insight-summary" ref={summaryRef} tabIndex={-1}>
            {active.length} pattern{active.length === 1 ? '' : 's'} found in {count.format(data.entryCount)} chronology
            entries, strongest first
            {dismissed.length > 0 ? `; ${dismissed.length} dismissed` : ''}, with{' '}
            {data.thresholdsSource === 'review' ? "this review's own thresholds" : 'the default thresholds'}.
          </p>
          {dismissed.length > 0 ? (
            <label className="insight-toggle">
              <input
                type="checkbox"
                checked={showDismissed}
                onChange={(event) => setShowDismissed(event.target.checked)}
              />
              Show dismissed patterns
            </label>
          ) : null}
          <ol className="insight-patterns" aria-label="Patterns, strongest first">
            {shown.map((pattern) => (
              <li key={pattern.id}>
                <PatternCard
                  pattern={pattern}
                  reviewId={reviewId}
                  busy={action.busy}
                  onCreateFinding={() => void createFinding(pattern)}
                  onDismiss={() => setDismissing(pattern)}
                  onRestore={() => void restore(pattern)}
                  onFalseMatch={setFalseMatch}
                />
              </li>
            ))}
          </ol>
          {shown.length === 0 ? <p>No patterns found with the current thresholds.</p> : null}
          <RuleCoverage rules={data.rules} />
          {data.falseMatches.length > 0 ? (
            <section className="insight-false-matches" aria-labelledby="false-matches-heading">
              <h2 id="false-matches-heading">Marked as false matches</h2>
              <ul>
                {data.falseMatches.map((mark) => (
                  <li key={`${mark.ruleId}:${mark.entryId}`}>
                    {INSIGHT_RULE_TITLES[mark.ruleId]}:{' '}
                    {mark.entry === null ? 'an entry since merged into another' : entryInWords(mark.entry)} —{' '}
                    {mark.reason} ({mark.markedBy}, {dayOf(mark.markedAt)}){' '}
                    <Button
                      className="link-button"
                      busy={action.busy}
                      onClick={() => void unmark(mark.ruleId, mark.entryId)}
                    >
                      Match again
                    </Button>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <ThresholdEditor />
        </>
      )}
      <ReasonDialog
        subject={falseMatch === null ? null : entryInWords(falseMatch.entry, Number.POSITIVE_INFINITY)}
        idPrefix="false-match"
        heading="Not a match"
        hint="The rule will no longer match this entry in this review. Kept with the review and in its audit log; you can undo it."
        submitLabel="Mark as false match"
        missingMessage="Say why this entry is not a match."
        onCancel={() => setFalseMatch(null)}
        onConfirm={markFalseMatch}
        onClosed={focusSummaryIfAsked}
      />
      <DismissDialog
        pattern={dismissing}
        onCancel={() => setDismissing(null)}
        onConfirm={dismiss}
        onClosed={focusSummaryIfAsked}
      />
    </div>
  );
}

/** Says which rules ran and found nothing, and which are switched off, so silence is not misread. */
function RuleCoverage({ rules }: { rules: InsightReport['rules'] }) {
  const quiet = rules.filter((rule) => rule.enabled && rule.patternCount === 0);
  const off = rules.filter((rule) => !rule.enabled);
  if (quiet.length === 0 && off.length === 0) return null;
  return (
    <p className="hint">
      {quiet.length > 0 ? `No patterns: ${quiet.map((rule) => rule.title).join('; ')}. ` : ''}
      {off.length > 0 ? `Switched off for this review: ${off.map((rule) => rule.title).join('; ')}.` : ''}
    </p>
  );
}
