/**
 * Loads the protected-characteristic value lists from `templates/characteristics/*.json`.
 *
 * The lists are data, not code: partnerships edit them and each file carries its own
 * version and source. Every file is validated on load; a bad file is refused with an
 * error that names the file and the field, so an edited template never half-loads.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CasewrightError, type Problem } from '../../shared/errors';
import { characteristicIds, type CharacteristicId, type CharacteristicTemplate } from '../../shared/domain/people';

const stableId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lower-case id such as "white-irish"');

const templateSchema = z
  .object({
    id: z.enum(characteristicIds),
    version: z.string().min(1),
    label: z.string().min(1),
    question: z.string().min(1),
    source: z.string().min(1),
    citations: z
      .array(
        z
          .object({
            document: z.string().trim().min(1),
            year: z
              .string()
              .regex(/^\d{4}$/, 'must be a year such as "2021"')
              .optional(),
            location: z.string().trim().min(1).optional(),
            url: z.string().url().optional(),
            checked: z.boolean(),
            comment: z.string().trim().min(1).optional(),
          })
          .strict(),
      )
      .optional(),
    minimumAge: z.number().int().min(0).nullable(),
    derivedFrom: z.literal('dateOfBirth').nullable(),
    groups: z.array(z.object({ id: stableId, label: z.string().min(1) }).strict()),
    options: z.array(
      z
        .object({
          id: stableId,
          label: z.string().min(1),
          group: stableId.optional(),
          writeIn: z.boolean().optional(),
        })
        .strict(),
    ),
    variants: z.record(
      z.string().regex(/^[a-z]+$/),
      z
        .object({
          label: z.string().min(1),
          question: z.string().min(1).optional(),
          groupLabels: z.record(z.string(), z.string().min(1)).optional(),
          optionLabels: z.record(z.string(), z.string().min(1)),
        })
        .strict(),
    ),
  })
  .strict()
  .superRefine((t, ctx) => {
    const ids = new Set<string>();
    const groupIds = new Set(t.groups.map((g) => g.id));
    t.options.forEach((o, i) => {
      if (ids.has(o.id))
        ctx.addIssue({ code: 'custom', path: ['options', i, 'id'], message: `duplicate option id "${o.id}"` });
      ids.add(o.id);
      if (o.group && !groupIds.has(o.group)) {
        ctx.addIssue({ code: 'custom', path: ['options', i, 'group'], message: `unknown group "${o.group}"` });
      }
    });
    for (const [variant, v] of Object.entries(t.variants)) {
      for (const groupId of Object.keys(v.groupLabels ?? {})) {
        if (!groupIds.has(groupId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['variants', variant, 'groupLabels', groupId],
            message: `unknown group id "${groupId}"`,
          });
        }
      }
      for (const optionId of Object.keys(v.optionLabels)) {
        if (!ids.has(optionId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['variants', variant, 'optionLabels', optionId],
            message: `unknown option id "${optionId}"`,
          });
        }
      }
    }
  });

/** Validates one template file's parsed JSON; throws a `validation` error naming the file. */
export function parseCharacteristicTemplate(fileName: string, json: unknown): CharacteristicTemplate {
  const result = templateSchema.safeParse(json);
  if (!result.success) {
    const problems: Problem[] = result.error.issues.map((issue) => ({
      file: fileName,
      field: issue.path.join('.') || undefined,
      reason: issue.message,
    }));
    const first = problems[0];
    throw new CasewrightError(
      'validation',
      `Characteristic template ${fileName} is not valid: ${first?.field ? `${first.field}: ` : ''}${first?.reason ?? 'unknown problem'}`,
      { problems },
    );
  }
  return result.data;
}

/**
 * Reads every `*.json` in `dir`, validates each, and checks that all nine characteristics
 * are present exactly once. Returned in the Equality Act order of `characteristicIds`.
 */
export function loadCharacteristicTemplates(dir: string): readonly CharacteristicTemplate[] {
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort();
  } catch (error) {
    throw new CasewrightError('io', `Cannot read the characteristic templates folder ${dir}: ${String(error)}`);
  }
  const byId = new Map<CharacteristicId, CharacteristicTemplate>();
  for (const file of files) {
    const path = join(dir, file);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new CasewrightError('validation', `Characteristic template ${path} is not valid JSON: ${String(error)}`, {
        problems: [{ file: path, reason: 'not valid JSON' }],
      });
    }
    const template = parseCharacteristicTemplate(path, json);
    if (byId.has(template.id)) {
      throw new CasewrightError('validation', `Characteristic template ${path} repeats "${template.id}"`, {
        problems: [{ file: path, field: 'id', reason: `"${template.id}" is defined by another file too` }],
      });
    }
    byId.set(template.id, template);
  }
  const missing = characteristicIds.filter((id) => !byId.has(id));
  if (missing.length > 0) {
    throw new CasewrightError('validation', `Characteristic templates in ${dir} are missing: ${missing.join(', ')}`, {
      problems: missing.map((id) => ({ file: dir, reason: `no template for "${id}"` })),
    });
  }
  return characteristicIds.map((id) => byId.get(id)!);
}

/** Templates directory under the application's `templates/` folder. */
export function characteristicTemplatesDir(templatesDir: string): string {
  return join(templatesDir, 'characteristics');
}
