import { z } from 'zod';
import { reviewCommand, reviewQuery } from './define';
import { saveTargetSchema, type SavedOutput } from './save-target';
import type { AgencyRequest } from '../domain/agency-request';
import type { ImportPreview, ImportReport } from '../domain/chronology';

/**
 * Agency chronology requests: a workbook per agency (`requests.add` writes it where the user chose
 * and records the request), the tracking list, and importing a returned workbook with nothing to
 * map (the marker names the review and the agency; the columns are the template's).
 */
const id = z.number().int().positive();
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'give the return date as a day, e.g. 2021-02-03');

export const requestAddSchema = z.object({
  agency: z
    .string()
    .trim()
    .min(1, 'name the agency the request is for')
    .max(200, 'the agency name is longer than 200 characters'),
  dueDate: isoDay.nullable().default(null),
  /** Name the family (real names and dates of birth, which agencies need to find records) or use pseudonyms only. */
  naming: z.enum(['real-names', 'pseudonyms']),
  /** Who to send the workbook back to (name, email or address), printed on the instruction sheet. */
  contact: z.string().trim().max(500, 'the contact is longer than 500 characters').default(''),
  target: saveTargetSchema,
});

export const returnedRequestSchema = z.object({
  fileName: z.string().min(1),
  bytesBase64: z.string(),
});

export interface ReturnedRequestPreview extends ImportPreview {
  /** The tracked request this workbook answers, or null when it was removed from the list. */
  readonly requestId: number | null;
}

export const requestsApi = {
  'requests.list': reviewQuery(() => z.object({})).returns<readonly AgencyRequest[]>(),
  /** Generates the agency's workbook, saves it where the user chose, and adds it to the tracking list. */
  'requests.add': reviewCommand(() => requestAddSchema).returns<{
    readonly request: AgencyRequest;
    readonly saved: SavedOutput;
  }>(),
  'requests.remove': reviewCommand(() => z.object({ id })).returns<{ readonly deleted: number }>(),
  /** Reads a returned workbook: refused when it is not a request, is for another review, or its headings changed. */
  'requests.importPreview': reviewQuery(() => returnedRequestSchema).returns<ReturnedRequestPreview>(),
  'requests.importApply': reviewCommand(() =>
    returnedRequestSchema.extend({ skipInvalid: z.boolean().default(false), dryRun: z.boolean().default(false) }),
  ).returns<ImportReport>(),
  /** The tracking list as a spreadsheet for the panel. */
  'requests.export': reviewQuery(() => z.object({ target: saveTargetSchema })).returns<
    SavedOutput & { readonly rows: number }
  >(),
} as const;
