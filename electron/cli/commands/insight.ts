import type { Command } from 'commander';
import { ukDay } from '../../shared/domain/board';
import type { InsightPatternView, InsightReport } from '../../shared/domain/insight';
import type { CliContext } from '../cli-context';

/** Plain-text report: one block per rule with patterns, each with its evidence entries. */
export function formatInsightReport(report: InsightReport, includeDismissed: boolean): string {
  const lines: string[] = [
    `Practice insight — rules version ${report.rulesVersion} (${report.thresholdsSource === 'review' ? "this review's thresholds" : 'default thresholds'}), ${report.entryCount} chronology entries.`,
  ];
  const shown = report.patterns.filter((pattern) => includeDismissed || pattern.dismissal === null);
  const dismissed = report.patterns.length - report.patterns.filter((pattern) => pattern.dismissal === null).length;
  for (const rule of report.rules) {
    const patterns = shown.filter((pattern) => pattern.ruleId === rule.ruleId);
    if (patterns.length === 0) continue;
    lines.push('', `== ${rule.title} (${patterns.length}) ==`);
    for (const pattern of patterns) lines.push(...formatPattern(pattern));
  }
  if (shown.length === 0) lines.push('', 'No patterns found.');
  if (dismissed > 0 && !includeDismissed)
    lines.push('', `${dismissed} dismissed pattern${dismissed === 1 ? '' : 's'} not shown (use --include-dismissed).`);
  const disabled = report.rules.filter((rule) => !rule.enabled).map((rule) => rule.title);
  if (disabled.length > 0) lines.push('', `Rules switched off for this review: ${disabled.join('; ')}.`);
  return lines.join('\n');
}

/**
 * One pattern: title, explanation and evidence. Under each entry the rule matched, why it was
 * found — the words it matched and the sentence they are in, verbatim — as the Insight area shows.
 */
export function formatPattern(pattern: InsightPatternView): string[] {
  const lines = [
    '',
    `* [${pattern.severity}] ${pattern.title}`,
    `  id: ${pattern.id}`,
    `  ${pattern.explanation}`,
    '  Evidence:',
  ];
  const matches = new Map(pattern.matches.map((match) => [match.entryId, match]));
  for (const entry of pattern.evidence) {
    lines.push(`    - entry ${entry.id} | ${entry.dateText} | ${entry.agency ?? '(no agency)'} | ${entry.summary}`);
    const match = matches.get(entry.id);
    if (match === undefined) continue;
    lines.push(`      matched: ${match.words.map((word) => `"${word}"`).join(', ')}`);
    if (match.sentence.trim() !== '') lines.push(`      in: "${match.sentence.trim()}"`);
    for (const note of match.notes ?? []) lines.push(`      ${note}`);
  }
  if (pattern.dismissal !== null) {
    lines.push(
      `  Dismissed by ${pattern.dismissal.dismissedBy} on ${ukDay(pattern.dismissal.dismissedAt)}: ${pattern.dismissal.reason}`,
    );
  }
  return lines;
}

export function registerInsightCommands(program: Command, cli: CliContext): void {
  program
    .command('insight')
    .description("Show practice-insight patterns found in a review's chronology, with the entries each rests on")
    .argument('<file.cwr>', 'the review file')
    .option('--json', 'print JSON (every pattern, dismissed ones included, with their dismissal)')
    .option('--include-dismissed', 'also list patterns the reviewer dismissed, with the reason')
    .action(async (file: string, options: { json?: boolean; includeDismissed?: boolean }) => {
      await cli.withReview(file, async (ctx) => {
        const report = await cli.call('insight.run', {}, ctx.review.id);
        if (options.json === true) cli.printJson(report);
        else cli.print(formatInsightReport(report, options.includeDismissed === true));
      });
    });
}
