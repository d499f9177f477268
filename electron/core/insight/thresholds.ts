/**
 * Loading the rules' thresholds: the shipped defaults from `templates/insight/rules.json`
 * (validated on load, so a hand-edited file with a mistake is refused with the field named),
 * and checking a reviewer's own thresholds before they are kept in a review.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { CasewrightError, type Problem } from '../../shared/errors';
import { insightThresholdsSchema, type InsightThresholds } from '../../shared/domain/insight';

export const RULES_FILE = join('insight', 'rules.json');

function problemsOf(error: z.ZodError, file?: string): Problem[] {
  return error.issues.map((issue) => ({
    ...(file === undefined ? {} : { file }),
    field: issue.path.map(String).join('.'),
    reason: issue.message,
  }));
}

/** Validates thresholds from any source; `source` names it in the error message. */
export function parseThresholds(
  value: unknown,
  source: string,
  code: 'corrupt' | 'validation' = 'validation',
): InsightThresholds {
  const parsed = insightThresholdsSchema.safeParse(value);
  if (!parsed.success) {
    throw new CasewrightError(code, `The insight thresholds in ${source} are not valid`, {
      problems: problemsOf(parsed.error, source),
    });
  }
  return parsed.data;
}

const cache = new Map<string, InsightThresholds>();

/** The defaults shipped with the app; read once per templates directory. */
export function loadDefaultThresholds(templatesDir: string): InsightThresholds {
  const path = join(templatesDir, RULES_FILE);
  const cached = cache.get(path);
  if (cached !== undefined) return cached;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CasewrightError('io', `Cannot read the insight rules file ${path}`, {
      problems: [{ file: path, reason: error instanceof Error ? error.message : String(error) }],
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CasewrightError('corrupt', `The insight rules file ${path} is not valid JSON`, {
      problems: [{ file: path, reason: error instanceof Error ? error.message : String(error) }],
    });
  }
  const thresholds = parseThresholds(json, path, 'corrupt');
  cache.set(path, thresholds);
  return thresholds;
}
