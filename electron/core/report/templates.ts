/**
 * Report and briefing templates: built-in files in `templates/reports|briefings/`, plus a
 * partnership's own copies in `<app home>/templates/reports|briefings/`. A user file with the same
 * id replaces the built-in one. Every file is validated on load; a bad file is reported by name
 * rather than silently skipped, because a partnership editing its template needs to know why it
 * does not appear.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import type { z } from 'zod';
import {
  briefingTemplateSchema,
  reportTemplateSchema,
  type BriefingTemplate,
  type ReportTemplate,
  type TemplateSummary,
} from '../../shared/domain/report';
import { CasewrightError, type Problem } from '../../shared/errors';
import { readJsonFile } from '../files/read-json';

export type TemplateKind = 'reports' | 'briefings';

export interface Loaded<T> {
  readonly template: T;
  readonly file: string;
  readonly origin: 'built-in' | 'user';
}

function problemsOf(error: z.ZodError, file: string): Problem[] {
  return error.issues.map((issue) => ({ file, field: issue.path.join('.') || undefined, reason: issue.message }));
}

export function parseTemplateFile<T>(schema: z.ZodType<T>, file: string): T {
  const raw = readJsonFile(
    file,
    (reason) =>
      new CasewrightError('validation', `${file} is not valid JSON: ${reason}`, { problems: [{ file, reason }] }),
  );
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const problems = problemsOf(parsed.error, file);
    const first = problems[0];
    throw new CasewrightError(
      'validation',
      `${file} is not a valid template: ${first?.field ?? ''} ${first?.reason ?? ''}`.trim(),
      { problems },
    );
  }
  return parsed.data;
}

export function userTemplateDir(appHome: string, kind: TemplateKind): string {
  return join(appHome, 'templates', kind);
}

function loadFolder<T>(dir: string, schema: z.ZodType<T>, origin: 'built-in' | 'user'): Loaded<T>[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      return { template: parseTemplateFile(schema, file), file, origin };
    });
}

function loadAll<T extends { readonly id: string }>(
  templatesDir: string,
  appHome: string,
  kind: TemplateKind,
  schema: z.ZodType<T>,
): Loaded<T>[] {
  const byId = new Map<string, Loaded<T>>();
  for (const loaded of [
    ...loadFolder(join(templatesDir, kind), schema, 'built-in'),
    ...loadFolder(userTemplateDir(appHome, kind), schema, 'user'),
  ]) {
    byId.set(loaded.template.id, loaded);
  }
  return [...byId.values()];
}

export function loadReportTemplates(templatesDir: string, appHome: string): Loaded<ReportTemplate>[] {
  return loadAll(templatesDir, appHome, 'reports', reportTemplateSchema);
}

export function loadBriefingTemplates(templatesDir: string, appHome: string): Loaded<BriefingTemplate>[] {
  return loadAll(templatesDir, appHome, 'briefings', briefingTemplateSchema);
}

function pick<T extends { readonly id: string }>(all: readonly Loaded<T>[], id: string, what: string): Loaded<T> {
  const found = all.find((loaded) => loaded.template.id === id);
  if (found === undefined) {
    throw new CasewrightError(
      'not-found',
      `No ${what} template "${id}". Available: ${all.map((l) => l.template.id).join(', ')}`,
    );
  }
  return found;
}

export function findReportTemplate(templatesDir: string, appHome: string, id: string): Loaded<ReportTemplate> {
  return pick(loadReportTemplates(templatesDir, appHome), id, 'report');
}

export function findBriefingTemplate(templatesDir: string, appHome: string, id: string): Loaded<BriefingTemplate> {
  return pick(loadBriefingTemplates(templatesDir, appHome), id, 'briefing');
}

/** The default report template for a kind of review. */
export function defaultReportTemplateId(kind: string): string {
  if (kind === 'dhr') return 'dhr';
  if (kind === 'susr') return 'susr-wales';
  if (kind === 'cpr') return 'cpr-wales';
  return 'lcspr-england';
}

export function summarise<T extends { readonly id: string; readonly version: string; readonly title: string }>(
  loaded: Loaded<T>,
  reviewKinds?: readonly string[],
): TemplateSummary {
  return {
    id: loaded.template.id,
    version: loaded.template.version,
    title: loaded.template.title,
    origin: loaded.origin,
    ...(reviewKinds === undefined ? {} : { reviewKinds }),
  };
}

/** Reads the logo a template names, refusing paths that climb out of the template's folder. */
export function readTemplateLogo(templateFile: string, logoFile: string): Uint8Array {
  const base = resolve(dirname(templateFile));
  const path = resolve(base, logoFile);
  if (path !== base && !path.startsWith(base + sep)) {
    throw new CasewrightError('validation', `${templateFile}: the logo must sit next to the template`, {
      problems: [{ file: templateFile, field: 'style.logo.file', reason: 'Path leaves the template folder' }],
    });
  }
  if (!existsSync(path)) {
    throw new CasewrightError('validation', `${templateFile}: logo ${logoFile} was not found`, {
      problems: [{ file: templateFile, field: 'style.logo.file', reason: 'File not found' }],
    });
  }
  return readFileSync(path);
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): { readonly width: number; readonly height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  if (png.byteLength < 24 || view.getUint32(0) !== 0x89504e47)
    throw new CasewrightError('validation', 'The logo is not a PNG file');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
