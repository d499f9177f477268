import { z } from 'zod';
import { reviewCommand, reviewQuery } from './define';
import { saveTargetSchema, type SavedOutput } from './save-target';
import { jobIdSchema } from './jobs';
import type {
  Agency,
  ChronologyEntry,
  ChronologyPage,
  DuplicateCandidate,
  EventType,
  ImportPreview,
  ImportReport,
  KeyPracticeEpisode,
  RemovedImport,
  SearchResult,
  TimelineItem,
  WhoKnewReport,
  ColumnMapping,
} from '../domain/chronology';
import type { EventPersonRole, TriState } from '../domain/chronology';
import { EVENT_PERSON_ROLES, IMPORT_FIELDS, TRI_STATES } from '../domain/chronology';

/**
 * The chronology API. Dates travel as the text the reviewer typed ("Spring 2013", "03/02/2021");
 * the service parses them with `electron/shared/dates` and refuses impossible or empty dates with
 * a `validation` error naming the field. The UI may call `parseVagueDate` itself for live feedback.
 */

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO day YYYY-MM-DD');
const id = z.number().int().positive();
const triState = z.enum(TRI_STATES) satisfies z.ZodType<TriState>;

export const entryPersonSchema = z.object({
  personId: id,
  role: z.enum(EVENT_PERSON_ROLES) satisfies z.ZodType<EventPersonRole>,
});

export const childContactSchema = z.object({
  /** null: the child, not yet linked to the people register. */
  personId: id.nullable(),
  seen: triState,
  seenAlone: triState,
  spokenTo: triState,
  viewsRecorded: triState,
});

export const sharedWithInputSchema = z.object({
  /** Agency name; created when new. */
  agency: z.string().trim().min(1),
  /** Date text, as for entry dates. */
  when: z.string().nullable().optional(),
  how: z.string().nullable().optional(),
});

export const entrySourceSchema = z.object({
  document: z.string().nullable().optional(),
  role: z.string().nullable().optional(),
  reference: z.string().nullable().optional(),
});

/** Every editable entry field; none has a default, so the same shape serves add and patch. */
export const entryFieldsSchema = z.object({
  date: z.string().trim().min(1, 'a date is required'),
  /** `HH:MM`, or null. */
  time: z.string().nullable(),
  endDate: z.string().nullable(),
  /** Agency name; created when new. */
  agency: z.string().trim().min(1, 'an agency is required'),
  source: entrySourceSchema,
  eventTypeId: id.nullable(),
  summary: z.string(),
  actionTaken: z.string(),
  outcome: z.string(),
  analysis: z.string(),
  location: z.string().nullable(),
  risk: z.object({ tool: z.string().nullable(), level: z.string().trim().min(1) }).nullable(),
  people: z.array(entryPersonSchema),
  childContact: z.array(childContactSchema),
  sharedWith: z.array(sharedWithInputSchema),
  tags: z.array(z.string().trim().min(1)),
  significance: z.enum(['key', 'routine']),
});

/** Add: date and agency required, the rest optional (empty when left out). */
export const entryInputSchema = entryFieldsSchema.partial().required({ date: true, agency: true });
export const entryPatchSchema = entryFieldsSchema.partial();
export type ChronologyEntryInput = z.output<typeof entryInputSchema>;
export type ChronologyEntryPatch = z.output<typeof entryPatchSchema>;

export const chronologyFilterSchema = z.object({
  agencyIds: z.array(id).optional(),
  personIds: z.array(id).optional(),
  eventTypeIds: z.array(id).optional(),
  tags: z.array(z.string()).optional(),
  from: isoDay.optional(),
  to: isoDay.optional(),
  keyOnly: z.boolean().optional(),
  childNotSeen: z.boolean().optional(),
  childNotSeenAlone: z.boolean().optional(),
  riskRecorded: z.boolean().optional(),
  text: z.string().optional(),
  episodeId: id.optional(),
});

export const chronologySortSchema = z.object({
  field: z.enum(['date', 'agency', 'eventType', 'summary', 'significance', 'id']),
  direction: z.enum(['asc', 'desc']),
});

export const columnMappingSchema = z
  .object(
    Object.fromEntries(IMPORT_FIELDS.map((f) => [f, z.string().optional()])) as Record<
      (typeof IMPORT_FIELDS)[number],
      z.ZodOptional<z.ZodString>
    >,
  )
  .transform((m) => m as ColumnMapping);

export const importSourceSchema = z.object({
  fileName: z.string().min(1),
  bytesBase64: z.string(),
  agency: z.string().trim().min(1),
  mapping: columnMappingSchema.optional(),
  /** XLSX only: which sheet (defaults to the first). */
  sheet: z.string().optional(),
  /** Headers of columns the reviewer chose to leave out (recorded in the import report). */
  ignoreColumns: z.array(z.string()).optional(),
});

export const importApplySchema = importSourceSchema.extend({
  /** Import the valid rows and keep the rejected ones in the report; default: all or nothing. */
  skipInvalid: z.boolean().default(false),
  /** Validate and report without writing anything. */
  dryRun: z.boolean().default(false),
  /** Remember this mapping for the agency (default true). */
  rememberMapping: z.boolean().default(true),
  /** Use the event types suggested from the rows' text (shown as suggested in the preview). */
  acceptSuggestedEventTypes: z.boolean().optional(),
  /** Follow the rows written, and cancel, with `jobs.getProgress` and `jobs.cancel`. */
  jobId: jobIdSchema.optional(),
});

const episodeFields = z.object({
  title: z.string().trim().min(1, 'a title is required'),
  /** Date texts, or null. */
  periodFrom: z.string().nullable(),
  periodTo: z.string().nullable(),
  analysis: z.string(),
  entryIds: z.array(id),
});

export const chronologyApi = {
  /** One page of the grid. `highlights` is filled when `filter.text` is set. */
  'chronology.list': reviewQuery(() =>
    z.object({
      filter: chronologyFilterSchema.default({}),
      sort: chronologySortSchema.default({ field: 'date', direction: 'asc' }),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(5000).default(200),
    }),
  ).returns<ChronologyPage>(),
  /** Full-text search with short highlighted snippets, best match first. */
  'chronology.search': reviewQuery(() =>
    z.object({
      query: z.string(),
      filter: chronologyFilterSchema.default({}),
      limit: z.number().int().min(1).max(1000).default(50),
    }),
  ).returns<SearchResult>(),
  'chronology.get': reviewQuery(() => z.object({ id })).returns<ChronologyEntry>(),
  'chronology.add': reviewCommand(() => entryInputSchema).returns<ChronologyEntry>(),
  'chronology.update': reviewCommand(() => z.object({ id, changes: entryPatchSchema })).returns<ChronologyEntry>(),
  'chronology.remove': reviewCommand(() => z.object({ ids: z.array(id).min(1) })).returns<{
    readonly deleted: number;
  }>(),
  /** Every (filtered) entry in compact form, date order. */
  'chronology.getTimeline': reviewQuery(() => z.object({ filter: chronologyFilterSchema.default({}) })).returns<
    readonly TimelineItem[]
  >(),
  /** Who had recorded / been told of which events by `date`. `keyOnly` defaults to true. */
  'chronology.getWhoKnew': reviewQuery(() =>
    z.object({ date: isoDay, keyOnly: z.boolean().default(true) }),
  ).returns<WhoKnewReport>(),

  'chronology.listAgencies': reviewQuery(() => z.object({})).returns<readonly Agency[]>(),
  'chronology.addAgency': reviewCommand(() => z.object({ name: z.string().trim().min(1) })).returns<Agency>(),
  'chronology.listEventTypes': reviewQuery(() => z.object({})).returns<readonly EventType[]>(),
  'chronology.addEventType': reviewCommand(() => z.object({ name: z.string().trim().min(1) })).returns<EventType>(),
  'chronology.updateEventType': reviewCommand(() =>
    z.object({ id, name: z.string().trim().min(1) }),
  ).returns<EventType>(),

  'chronology.listEpisodes': reviewQuery(() => z.object({})).returns<readonly KeyPracticeEpisode[]>(),
  'chronology.addEpisode': reviewCommand(() =>
    episodeFields.partial().required({ title: true }),
  ).returns<KeyPracticeEpisode>(),
  'chronology.updateEpisode': reviewCommand(() =>
    z.object({ id, changes: episodeFields.partial() }),
  ).returns<KeyPracticeEpisode>(),
  'chronology.removeEpisode': reviewCommand(() => z.object({ id })).returns<{ readonly deleted: number }>(),
  /** Add (or with `remove: true`, take out) entries from an episode. */
  'chronology.assignEpisode': reviewCommand(() =>
    z.object({ episodeId: id, entryIds: z.array(id).min(1), remove: z.boolean().default(false) }),
  ).returns<KeyPracticeEpisode>(),

  /** Parse and validate a file without writing; proposes a column mapping. */
  'chronology.importPreview': reviewQuery(() =>
    /** Follow the file read and the rows checked, and cancel, with `jobs.getProgress` and `jobs.cancel`. */
    importSourceSchema.extend({ jobId: jobIdSchema.optional() }),
  ).returns<ImportPreview>(),
  'chronology.importApply': reviewCommand(() => importApplySchema).returns<ImportReport>(),
  /** Reports of past imports (kept in the file), newest first. */
  'chronology.listImports': reviewQuery(() => z.object({})).returns<readonly ImportReport[]>(),
  /** Takes a whole import out again (audited, undoable); the report stays, marked removed. */
  'chronology.removeImport': reviewCommand(() => z.object({ importId: id })).returns<RemovedImport>(),
  /** Puts a removed import back exactly as it was (also after the review was reopened). */
  'chronology.restoreImport': reviewCommand(() => z.object({ importId: id })).returns<RemovedImport>(),
  'chronology.getMapping': reviewQuery(() =>
    z.object({ agency: z.string().trim().min(1) }),
  ).returns<ColumnMapping | null>(),

  'chronology.listDuplicates': reviewQuery(() =>
    z.object({ status: z.enum(['open', 'linked', 'merged', 'dismissed']).optional() }),
  ).returns<readonly DuplicateCandidate[]>(),
  /** Keep both entries, recorded as the same event. */
  'chronology.linkDuplicate': reviewCommand(() => z.object({ id })).returns<DuplicateCandidate>(),
  /** Fold the other entry into `keepEntryId` (people, tags, shared-with, episodes); the other is hidden, not lost. */
  'chronology.mergeDuplicate': reviewCommand(() => z.object({ id, keepEntryId: id })).returns<DuplicateCandidate>(),
  'chronology.dismissDuplicate': reviewCommand(() => z.object({ id })).returns<DuplicateCandidate>(),

  /** Write the merged chronology (all entries, date order) to a spreadsheet. */
  'chronology.export': reviewQuery(() =>
    z.object({
      target: saveTargetSchema,
      format: z.enum(['xlsx', 'csv']),
      filter: chronologyFilterSchema.default({}),
      /** Follow the rows written, and cancel (no file is written), with `jobs.getProgress` and `jobs.cancel`. */
      jobId: jobIdSchema.optional(),
    }),
  ).returns<SavedOutput & { readonly rows: number }>(),
} as const;
