/**
 * Report, briefing and panel-draft exports: gather → build the model → render → (publication:
 * leak check) → write. Publication exports are refused while the leak check fails; drafts skip
 * anonymisation and carry the watermark.
 */
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { ensureOwnerDir, writeOwnerFile } from '../../core/files/owner-only';
import { prepareOutput } from '../../core/files/output-path';
import { buildMatcher, type AnonymisationRegister } from '../../core/anonymise';
import {
  defaultReportTemplateId,
  findBriefingTemplate,
  findReportTemplate,
  pngSize,
  readTemplateLogo,
} from '../../core/report/templates';
import { readReportSettings } from '../../core/report/settings';
import { dismissedNameKeys } from '../../core/people/name-warnings';
import { loadAnonymisationRegister } from '../../core/people/register';
import type { ReadableDb } from '../../core/store/db-types';
import type { ExportResult, PublicationCheckResult, ReportTemplate } from '../../shared/domain/report';
import { CasewrightError } from '../../shared/errors';
import type { CancelSignal } from '../../shared/progress';
import { checkpoint, throwIfCancelled } from '../../core/jobs/work';
import { briefingReadiness, buildBriefingModel } from '../briefing/builder';
import { pdfWithExactContents } from '../pdf/contents-pages';
import { renderReportDocx } from '../docx/render';
import {
  assertPublishable,
  checkPublication,
  type BuiltPublication,
  type CheckedPublication,
} from '../publication-check';
import { buildReportModel, type BuiltReport } from './builder';
import { gatherReportSources, type Places } from './gather';
import type { TitlePage } from './model';
import { outputText } from './output-text';
import { readinessProblems } from './readiness';
import type { ReportSources } from './sources';

export interface ExportEnv {
  readonly db: ReadableDb;
  readonly places: Places;
  /** ISO day for the title page; tests fix it. */
  readonly today?: string;
  /** Fixed document timestamps for golden tests. */
  readonly createdAt?: Date;
  /** Progress for the UI: a fraction 0–1 and what is happening. */
  readonly onProgress?: (fraction: number, step: string) => void;
  /** Set when the reviewer cancels: the export stops at its next stage and writes nothing. */
  readonly signal?: CancelSignal;
  /**
   * Where the finished bytes go, when the caller has already settled it (a location the user
   * chose, or a browser download). Without it the export writes the file at the path given.
   */
  readonly writeOutput?: (path: string, buffer: Buffer) => void;
}

export interface ReportExportOptions {
  readonly templateId?: string;
  readonly draft: boolean;
  /** Append the full chronology (default: drafts only; publications carry the summary timeline). */
  readonly fullChronology?: boolean;
}

/** Reports a stage, then lets a poll or a cancel in: a cancelled export stops here, before any file is written. */
async function stage(env: ExportEnv, fraction: number, step: string): Promise<void> {
  env.onProgress?.(fraction, step);
  await checkpoint(env.signal);
}

const todayIso = (env: ExportEnv): string => env.today ?? new Date().toISOString().slice(0, 10);

function registerOf(env: ExportEnv): AnonymisationRegister {
  return loadAnonymisationRegister(env.db);
}

function chooseTemplate(
  env: ExportEnv,
  sources: ReportSources,
  templateId: string | undefined,
): { template: ReportTemplate; logo?: TitlePage['logo'] } {
  const stored = readReportSettings(env.db).templateId;
  const id = templateId ?? stored ?? defaultReportTemplateId(sources.meta.kind);
  const loaded = findReportTemplate(env.places.templatesDir, env.places.appHome, id);
  const logoSpec = loaded.template.style.logo;
  if (logoSpec === null) return { template: loaded.template };
  const png = readTemplateLogo(loaded.file, logoSpec.file);
  const size = pngSize(png);
  return {
    template: loaded.template,
    logo: { png, widthPx: size.width, heightPx: size.height, altText: logoSpec.altText },
  };
}

export interface BuiltReportWithTemplate extends BuiltReport {
  readonly template: ReportTemplate;
}

export function buildReport(
  env: ExportEnv,
  sources: ReportSources,
  options: ReportExportOptions,
): BuiltReportWithTemplate {
  const { template, logo } = chooseTemplate(env, sources, options.templateId);
  const text = outputText(options.draft ? 'draft' : 'publication', registerOf(env), sources.people, {
    ageReferenceDate: sources.meta.scopeEnd ?? todayIso(env),
  });
  const built = buildReportModel(template, sources, text, {
    draft: options.draft,
    today: todayIso(env),
    ...(logo === undefined ? {} : { logo }),
    ...(options.fullChronology === undefined ? {} : { fullChronology: options.fullChronology }),
  });
  return { ...built, template };
}

/** "~/…" means the home folder (the in-app save dialog accepts it); anything else must be absolute. */
export function resolveOutputPath(path: string): string {
  const expanded = path === '~' || path.startsWith('~/') ? join(homedir(), path.slice(1)) : path;
  if (!isAbsolute(expanded)) {
    throw new CasewrightError('invalid-arguments', `${path}: give the full path of the file to write`, {
      problems: [{ file: path, reason: 'not an absolute path' }],
    });
  }
  return expanded;
}

/**
 * Writes the finished document owner-only, straight to its path (no temporary file beside it to be
 * left behind), never replacing a file that is not an earlier Casewright export of the same kind.
 */
async function writeToPath(path: string, buffer: Buffer): Promise<void> {
  const kind = path.toLowerCase().endsWith('.pdf') ? 'pdf' : 'docx';
  if (kind === 'docx' && !path.toLowerCase().endsWith('.docx')) {
    throw new CasewrightError('invalid-arguments', `${path}: an export must end in .docx (Word) or .pdf`, {
      problems: [{ file: path, reason: 'not a .docx or .pdf path' }],
    });
  }
  ensureOwnerDir(dirname(path));
  const { replace } = await prepareOutput(path, kind, { replaceConfirmed: false });
  try {
    writeOwnerFile(path, buffer, { replace });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new CasewrightError('io', `Cannot write ${path} (${code})`, {
      problems: [{ file: path, reason: 'write failed' }],
    });
  }
}

/** Saves the finished Word document, or, for a path ending in .pdf, a tagged PDF LibreOffice makes from it. */
async function saveOutput(env: ExportEnv, path: string, docx: Buffer): Promise<Buffer> {
  const bytes = path.toLowerCase().endsWith('.pdf') ? await pdfWithExactContents(docx) : docx;
  // LibreOffice can take a while: a cancel during it still writes nothing.
  throwIfCancelled(env.signal);
  if (env.writeOutput === undefined) await writeToPath(path, bytes);
  else env.writeOutput(path, bytes);
  return bytes;
}

async function publicationPipeline(
  env: ExportEnv,
  build: () => Promise<BuiltPublication>,
): Promise<CheckedPublication> {
  const register = registerOf(env);
  const dismissed = dismissedNameKeys(env.db);
  return checkPublication({ register, matcher: buildMatcher(register), dismissed, build });
}

async function renderBuilt(
  env: ExportEnv,
  built: BuiltReport | { model: BuiltReport['model']; omitted: readonly string[]; imageText?: readonly string[] },
  purpose: 'save' | 'check-only' = 'save',
): Promise<BuiltPublication> {
  await stage(env, 0.4, 'Writing the Word document');
  const buffer = await renderReportDocx(built.model, {
    ...(env.createdAt === undefined ? {} : { createdAt: env.createdAt }),
    pageNumbers: purpose === 'save',
  });
  return { buffer, imageText: built.imageText ?? [], omitted: built.omitted };
}

/** Runs the leak check on the publication version without writing anything. */
export async function checkReportPublication(env: ExportEnv, templateId?: string): Promise<PublicationCheckResult> {
  const sources = gatherReportSources(env.db, env.places);
  const built = buildReport(env, sources, { draft: false, ...(templateId === undefined ? {} : { templateId }) });
  const { result } = await publicationPipeline(env, () => renderBuilt(env, built, 'check-only'));
  return { ...result, readiness: readinessProblems(built.template, sources, built) };
}

/**
 * The steps every document export takes: read the review, build and check the document
 * (`produce`, which says what it left out), then save it (or make the PDF from it).
 */
async function exportDocument(
  env: ExportEnv,
  target: string,
  what: 'report' | 'briefing',
  draft: boolean,
  produce: (sources: ReportSources) => Promise<{ readonly buffer: Buffer; readonly omitted: readonly string[] }>,
): Promise<ExportResult> {
  const path = env.writeOutput === undefined ? resolveOutputPath(target) : target;
  const started = performance.now();
  await stage(env, 0.05, 'Reading the review');
  const sources = gatherReportSources(env.db, env.places);
  await stage(env, 0.2, `Building the ${what}`);
  const { buffer, omitted } = await produce(sources);
  await stage(env, 0.9, path.toLowerCase().endsWith('.pdf') ? 'Making the PDF' : 'Saving');
  const written = await saveOutput(env, path, buffer);
  env.onProgress?.(1, 'Done');
  return { path, bytes: written.length, milliseconds: Math.round(performance.now() - started), draft, omitted };
}

export async function exportReport(
  env: ExportEnv,
  target: string,
  options: ReportExportOptions,
): Promise<ExportResult> {
  return exportDocument(env, target, 'report', options.draft, async (sources) => {
    const built = buildReport(env, sources, options);
    if (options.draft) return { buffer: (await renderBuilt(env, built)).buffer, omitted: built.omitted };
    await stage(env, 0.3, 'Checking for identifying information');
    const checked = await publicationPipeline(env, () => renderBuilt(env, built));
    assertPublishable({ ...checked.result, readiness: readinessProblems(built.template, sources, built) }, 'report');
    return { buffer: checked.buffer, omitted: built.omitted };
  });
}

export interface BriefingExportOptions {
  readonly templateId?: string;
  readonly onePage: boolean;
}

/** Briefings are always anonymised and always pass the leak check. */
export async function exportBriefing(
  env: ExportEnv,
  target: string,
  options: BriefingExportOptions,
): Promise<ExportResult> {
  return exportDocument(env, target, 'briefing', false, async (sources) => {
    const stored = readReportSettings(env.db).briefingTemplateId;
    const id = options.templateId ?? (options.onePage ? 'one-page' : (stored ?? 'seven-minute'));
    const template = findBriefingTemplate(env.places.templatesDir, env.places.appHome, id).template;
    const built = buildBriefingModel(
      template,
      sources,
      outputText('publication', registerOf(env), sources.people, {
        ageReferenceDate: sources.meta.scopeEnd ?? todayIso(env),
      }),
      { today: todayIso(env) },
    );
    await stage(env, 0.3, 'Checking for identifying information');
    const checked = await publicationPipeline(env, () => renderBuilt(env, built));
    // A briefing is published from the findings marked for it; the report's own gate is the report's.
    assertPublishable({ ...checked.result, readiness: briefingReadiness(template, sources) }, 'briefing');
    return { buffer: checked.buffer, omitted: built.omitted };
  });
}
