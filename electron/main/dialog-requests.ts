/**
 * The renderer asks for native open/save dialogs; main checks every argument before showing one.
 * The page may choose a title, a suggested file name and filters — never the folder, never a
 * path with separators — so a compromised page cannot steer the user into a location of its
 * choosing or make the dialog look like something else.
 */
import path from 'node:path';
import { z } from 'zod';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { containsControlCharacter } from './security';

const titleSchema = z.string().trim().min(1).max(200);

const fileFilterSchema = z.object({
  name: z.string().trim().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^(\*|[A-Za-z0-9]{1,10})$/, 'An extension is letters and digits, without the dot'))
    .min(1)
    .max(10),
});

/** A bare file name: no folders, no `..`, no characters Windows refuses in names. */
const fileNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(255)
  .refine((name) => !/[/\\:*?"<>|]/.test(name) && !containsControlCharacter(name), 'A file name only, without folders')
  .refine((name) => name !== '.' && name !== '..', 'A file name only, without folders');

export const dialogRequestSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('open'),
    options: z.object({ title: titleSchema, filters: z.array(fileFilterSchema).max(10) }).strict(),
  }),
  z.object({
    kind: z.literal('save'),
    options: z
      .object({ title: titleSchema, defaultName: fileNameSchema, filters: z.array(fileFilterSchema).max(10) })
      .strict(),
  }),
]);
export type ParsedDialogRequest = z.infer<typeof dialogRequestSchema>;

type ParsedFilters = ParsedDialogRequest['options']['filters'];

function electronFilters(filters: ParsedFilters): { name: string; extensions: string[] }[] {
  return filters.map((filter) => ({ name: filter.name, extensions: [...filter.extensions] }));
}

export function toOpenDialogOptions(
  options: Extract<ParsedDialogRequest, { kind: 'open' }>['options'],
  defaultFolder: string,
): OpenDialogOptions {
  return {
    title: options.title,
    defaultPath: defaultFolder,
    filters: electronFilters(options.filters),
    // One existing file: the renderer's API takes a single path.
    properties: ['openFile', 'dontAddToRecent'],
  };
}

export function toSaveDialogOptions(
  options: Extract<ParsedDialogRequest, { kind: 'save' }>['options'],
  defaultFolder: string,
): SaveDialogOptions {
  return {
    title: options.title,
    defaultPath: path.join(defaultFolder, options.defaultName),
    filters: electronFilters(options.filters),
    properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'],
  };
}

/** The chosen path from a dialog result, or null when the user cancelled. */
export function chosenPath(result: { canceled: boolean; filePaths?: string[]; filePath?: string }): string | null {
  if (result.canceled) return null;
  const chosen = result.filePath ?? result.filePaths?.[0];
  return chosen === undefined || chosen === '' ? null : chosen;
}
