import { z } from 'zod';
import { reviewCommand, reviewQuery } from './define';
import { recommendationPriorities, recommendationStatuses, type Recommendation } from '../domain/recommendations';

const id = z.number().int().positive();
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(
    (day) =>
      !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day),
    'not a real date',
  );

const recommendationFields = z.object({
  text: z.string().trim().min(1, 'the recommendation needs its text'),
  findingIds: z.array(id),
  ownerAgency: z.string().nullable(),
  successMeasure: z.string(),
  dueDate: isoDay.nullable(),
  priority: z.enum(recommendationPriorities).nullable(),
  status: z.enum(recommendationStatuses),
  boardResponse: z.string(),
});

export const recommendationAddSchema = recommendationFields.partial().required({ text: true });

export const recommendationsApi = {
  'recommendations.list': reviewQuery(() =>
    z.object({ status: z.enum(recommendationStatuses).optional(), flaggedOnly: z.boolean().optional() }),
  ).returns<readonly Recommendation[]>(),
  'recommendations.get': reviewQuery(() => z.object({ id })).returns<Recommendation>(),
  'recommendations.add': reviewCommand(() => recommendationAddSchema).returns<Recommendation>(),
  'recommendations.update': reviewCommand(() =>
    z.object({ id, changes: recommendationFields.partial() }),
  ).returns<Recommendation>(),
  'recommendations.remove': reviewCommand(() => z.object({ id })).returns<{ readonly deleted: number }>(),
  'recommendations.move': reviewCommand(() => z.object({ id, toNumber: z.number().int().min(1) })).returns<
    readonly Recommendation[]
  >(),
} as const;
