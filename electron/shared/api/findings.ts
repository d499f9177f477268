import { z } from 'zod';
import { reviewCommand, reviewQuery } from './define';
import { richTextSchema } from './review';
import { findingTypes, type EntryTag, type Finding, type TagMatrix } from '../domain/findings';
import { tagDirections } from '../domain/taxonomy';

const id = z.number().int().positive();

export const tagSpecSchema = z.object({
  taxonomyId: z.string().trim().min(1),
  termId: z.string().trim().min(1),
  direction: z.enum(tagDirections).nullable().optional(),
  /** Pin this version rather than the one the review already uses (or the newest). */
  version: z.string().trim().min(1).optional(),
});
export type TagSpec = z.output<typeof tagSpecSchema>;

export const evidenceSpecSchema = z.object({
  kind: z.enum(['entry', 'episode']),
  targetId: id,
  note: z.string().optional(),
});

const findingFields = z.object({
  title: z.string().trim().min(1, 'a title is required'),
  body: richTextSchema.nullable(),
  type: z.enum(findingTypes),
  inBriefing: z.boolean(),
});

export const findingAddSchema = findingFields
  .partial()
  .required({ title: true })
  .extend({
    tags: z.array(tagSpecSchema).default([]),
    evidence: z.array(evidenceSpecSchema).default([]),
  });
export type FindingAddInput = z.output<typeof findingAddSchema>;

export const findingsApi = {
  'findings.list': reviewQuery(() => z.object({})).returns<readonly Finding[]>(),
  'findings.get': reviewQuery(() => z.object({ id })).returns<Finding>(),
  'findings.add': reviewCommand(() => findingAddSchema).returns<Finding>(),
  'findings.update': reviewCommand(() => z.object({ id, changes: findingFields.partial() })).returns<Finding>(),
  'findings.remove': reviewCommand(() => z.object({ id })).returns<{ readonly deleted: number }>(),
  /** Move one finding to a position (1-based); every number after it follows. */
  'findings.move': reviewCommand(() => z.object({ id, toNumber: z.number().int().min(1) })).returns<
    readonly Finding[]
  >(),

  'findings.addEvidence': reviewCommand(() => evidenceSpecSchema.extend({ findingId: id })).returns<Finding>(),
  'findings.removeEvidence': reviewCommand(() => z.object({ id })).returns<{ readonly deleted: number }>(),
  'findings.addTag': reviewCommand(() => tagSpecSchema.extend({ findingId: id })).returns<Finding>(),
  'findings.removeTag': reviewCommand(() => z.object({ id })).returns<{ readonly deleted: number }>(),
  'findings.getTagMatrix': reviewQuery(() =>
    z.object({ usedOnly: z.boolean().default(true), taxonomyId: z.string().optional() }),
  ).returns<TagMatrix>(),
  /** Findings that rest on an entry (directly or through an episode). */
  'findings.listCiting': reviewQuery(() => z.object({ entryId: id })).returns<
    readonly { readonly id: number; readonly number: number; readonly title: string }[]
  >(),

  /** Taxonomy tags on chronology entries (free labels stay with the chronology). */
  'findings.listEntryTags': reviewQuery(() => z.object({ entryIds: z.array(id).optional() })).returns<
    readonly EntryTag[]
  >(),
  'findings.addEntryTag': reviewCommand(() => tagSpecSchema.extend({ entryId: id })).returns<readonly EntryTag[]>(),
  'findings.removeEntryTag': reviewCommand(() => z.object({ id })).returns<{ readonly deleted: number }>(),
} as const;
