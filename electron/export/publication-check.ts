/**
 * The publication pipeline's gate. `checkPublication` builds the publication report in memory,
 * reads the finished .docx back (`readDocxSegments`: body, tables, headers, footers, alt text,
 * properties) and runs the leak check over it, plus the words drawn inside images, which a
 * text read-back cannot see. `assertPublishable` turns leaks into a `refused` error that lists
 * each leak with its location, so the file is never written while anything identifying remains.
 */
import {
  findLeaks,
  findUnregisteredNames,
  readDocxSegments,
  type AnonymisationRegister,
  type Matcher,
  type TextSegment,
} from '../core/anonymise';
import type { PublicationCheckResult } from '../shared/domain/report';
import { CasewrightError } from '../shared/errors';
import { describeReadinessProblem } from './report/readiness';

export interface BuiltPublication {
  readonly buffer: Buffer;
  /** Words drawn in images (timeline lanes, labels). */
  readonly imageText: readonly string[];
  readonly omitted: readonly string[];
}

export interface PublicationCheckContext {
  readonly register: AnonymisationRegister;
  readonly matcher: Matcher;
  /** Name warnings the reviewer has dismissed (folded keys). */
  readonly dismissed?: ReadonlySet<string>;
  /** Builds the publication version (anonymised, no watermark) in memory. */
  build(): Promise<BuiltPublication>;
}

export interface CheckedPublication {
  readonly result: Omit<PublicationCheckResult, 'readiness'>;
  readonly buffer: Buffer;
}

export async function checkBuiltPublication(
  built: BuiltPublication,
  ctx: PublicationCheckContext,
): Promise<Omit<PublicationCheckResult, 'readiness'>> {
  const segments: TextSegment[] = await readDocxSegments(built.buffer);
  built.imageText.forEach((text, index) =>
    segments.push({ location: `Figure text ${index + 1} (inside an image)`, text }),
  );
  const leaks = findLeaks(segments, ctx.register, ctx.matcher);
  const warnings = findUnregisteredNames(segments, ctx.matcher, ctx.dismissed ?? new Set());
  return { ok: leaks.length === 0, leaks, warnings, omitted: built.omitted };
}

export async function checkPublication(ctx: PublicationCheckContext): Promise<CheckedPublication> {
  const built = await ctx.build();
  return { result: await checkBuiltPublication(built, ctx), buffer: built.buffer };
}

/**
 * Refuses a publication while anything identifying remains (the leak check) or anything is
 * unfinished (the readiness gate), listing every problem with where to fix it.
 */
export function assertPublishable(
  result: Pick<PublicationCheckResult, 'ok' | 'leaks' | 'readiness'>,
  what: string,
): void {
  const readiness = result.readiness;
  if (result.ok && readiness.length === 0) return;
  const parts: string[] = [];
  if (readiness.length > 0) {
    parts.push(
      `${readiness.length} thing${readiness.length === 1 ? '' : 's'} to finish before it can be published:`,
      ...readiness.map(describeReadinessProblem),
    );
  }
  if (!result.ok) {
    const shown = result.leaks.slice(0, 20).map((leak) => `${leak.location}: "${leak.matched}" (${leak.description})`);
    const more = result.leaks.length > shown.length ? `\n… and ${result.leaks.length - shown.length} more` : '';
    parts.push(
      `The leak check found ${result.leaks.length} identifying item${result.leaks.length === 1 ? '' : 's'}:`,
      `${shown.join('\n')}${more}`,
    );
  }
  throw new CasewrightError('refused', `The ${what} was not saved.\n${parts.join('\n')}`, {
    problems: [
      ...readiness.map((p) => ({ field: p.section, reason: `${p.problem} Fix it in ${p.fix}.` })),
      ...result.leaks.map((leak) => ({ field: leak.location, reason: `"${leak.matched}" — ${leak.description}` })),
    ],
    leaks: result.leaks,
    readiness,
  });
}
