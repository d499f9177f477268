import { useRef, useState } from 'react';
import { INSIGHT_RULE_IDS, type InsightPatternView, type InsightReport } from '../../../../electron/shared/domain/insight';
import { useReviewCommand, useReviewState } from '../../api/ReviewProvider';
import { useReviewQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAnnounce } from '../../ui/StatusAnnouncer';
import { useAsyncAction } from '../../components/useAsyncAction';
import { navigate, reviewHref } from '../../navigation/routes';
import { DismissDialog } from './DismissDialog';
import { PatternCard } from './PatternCard';
import { ThresholdEditor } from './ThresholdEditor';
import './InsightView.css';

/**
 * Practice insight: the patterns the rules found across the chronology, grouped by rule, each
 * with the entries it rests on. The reviewer turns a pattern into a finding draft, or dismisses
 * it with a reason (kept, audited, restorable).
 */
export function InsightView() {
  const report = useReviewQuery('insight.run', {});
  const command = useReviewCommand();
  const { reviewId } = useReviewState();
  const announce = useAnnounce();
  const action = useAsyncAction();
  const [showDismissed, setShowDismissed] = useState(false);
  const [dismissing, setDismissing] = useState<InsightPatternView | null>(null);
  // After a pattern leaves the list its buttons are gone; focus moves to the summary line instead.
  const summaryRef = useRef<HTMLParagraphElement>(null);
  const focusSummaryAfterDialog = useRef(false);

  const createFinding = async (pattern: InsightPatternView): Promise<void> => {
    const draft = await action.run(() => command('insight.createFinding', { patternId: pattern.id }));
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

  const data = report.data;
  const active = data?.patterns.filter((pattern) => pattern.dismissal === null) ?? [];
  const dismissed = data?.patterns.filter((pattern) => pattern.dismissal !== null) ?? [];
  const shown = showDismissed ? data?.patterns ?? [] : active;

  return (
    <div className="insight">
      <h1 id="area-heading">Insight</h1>
      <p className="hint">
        Patterns across agencies and years that incident-by-incident work can miss. Each rule is simple and
        its thresholds can be changed below; every pattern names the chronology entries it rests on and says
        only what they record.
      </p>
      <ErrorMessage error={report.error} />
      <ErrorMessage error={action.error} title="Not done" />
      {data === undefined ? (
        <p aria-busy="true">Loading…</p>
      ) : (
        <>
          <p className="insight-summary" ref={summaryRef} tabIndex={-1}>
            {active.length} pattern{active.length === 1 ? '' : 's'} found in {data.entryCount} chronology entries
            {dismissed.length > 0 ? `; ${dismissed.length} dismissed` : ''}. Rules version {data.rulesVersion},{' '}
            {data.thresholdsSource === 'review' ? "this review's own thresholds" : 'default thresholds'}.
          </p>
          {dismissed.length > 0 ? (
            <label className="insight-toggle">
              <input type="checkbox" checked={showDismissed} onChange={(event) => setShowDismissed(event.target.checked)} />
              Show dismissed patterns
            </label>
          ) : null}
          {INSIGHT_RULE_IDS.map((ruleId) => {
            const rule = data.rules.find((candidate) => candidate.ruleId === ruleId);
            const patterns = shown.filter((pattern) => pattern.ruleId === ruleId);
            if (rule === undefined || patterns.length === 0) return null;
            return (
              <section key={ruleId} className="insight-rule" aria-labelledby={`rule-${ruleId}`}>
                <h2 id={`rule-${ruleId}`}>
                  {rule.title} <span className="insight-count">({patterns.length})</span>
                </h2>
                <ul className="insight-patterns">
                  {patterns.map((pattern) => (
                    <li key={pattern.id}>
                      <PatternCard
                        pattern={pattern}
                        reviewId={reviewId}
                        busy={action.busy}
                        onCreateFinding={() => void createFinding(pattern)}
                        onDismiss={() => setDismissing(pattern)}
                        onRestore={() => void restore(pattern)}
                      />
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
          {shown.length === 0 ? <p>No patterns found with the current thresholds.</p> : null}
          <RuleCoverage rules={data.rules} patterns={data.patterns} />
          <ThresholdEditor />
        </>
      )}
      <DismissDialog
        pattern={dismissing}
        onCancel={() => setDismissing(null)}
        onConfirm={dismiss}
        onClosed={() => {
          if (!focusSummaryAfterDialog.current) return;
          focusSummaryAfterDialog.current = false;
          summaryRef.current?.focus();
        }}
      />
    </div>
  );
}

/** Says which rules ran and found nothing, and which are switched off, so silence is not misread. */
function RuleCoverage({ rules, patterns }: { rules: InsightReport['rules']; patterns: InsightReport['patterns'] }) {
  const quiet = rules.filter((rule) => rule.enabled && !patterns.some((pattern) => pattern.ruleId === rule.ruleId));
  const off = rules.filter((rule) => !rule.enabled);
  if (quiet.length === 0 && off.length === 0) return null;
  return (
    <p className="hint">
      {quiet.length > 0 ? `No patterns: ${quiet.map((rule) => rule.title).join('; ')}. ` : ''}
      {off.length > 0 ? `Switched off for this review: ${off.map((rule) => rule.title).join('; ')}.` : ''}
    </p>
  );
}
