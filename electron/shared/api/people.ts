import { z } from 'zod';
import { reviewCommand, reviewQuery } from './define';
import {
  characteristicIds,
  identifierKinds,
  parseIsoDay,
  personCategories,
  relationshipKinds,
  type CharacteristicRecord,
  type CharacteristicTemplate,
  type CompletenessReport,
  type Identifier,
  type NameWarning,
  type Person,
  type Relationship,
} from '../domain/people';

/**
 * The people register, protected characteristics, identifiers and the publication check.
 * Every input is validated here (zod) before a service sees it; the services add the checks
 * that need the database (unique pseudonyms, known option ids).
 */

const id = z.number().int().positive();
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((day) => parseIsoDay(day) !== null, 'not a real calendar date');
const text = z.string().trim();
const nonEmpty = (what: string) => z.string().trim().min(1, `${what} cannot be empty`).max(500);

const householdPeriodSchema = z
  .object({ from: isoDay, to: isoDay.optional() })
  .refine((p) => p.to === undefined || p.to >= p.from, {
    message: 'a household period cannot end before it starts',
    path: ['to'],
  });

/** Person fields without defaults: an update must leave out what it does not change. */
const personFields = {
  realName: nonEmpty('The real name'),
  aliases: z.array(nonEmpty('An alias')).max(50),
  pseudonym: nonEmpty('The pseudonym').max(40),
  category: z.enum(personCategories),
  role: text.max(200),
  relationshipToChild: text.max(200),
  dateOfBirth: isoDay.nullable(),
  householdPeriods: z.array(householdPeriodSchema).max(100),
  agencies: z.array(nonEmpty('An agency')).max(100),
};

export const personInputSchema = z.object({
  ...personFields,
  aliases: personFields.aliases.default([]),
  category: personFields.category.default('family'),
  role: personFields.role.default(''),
  relationshipToChild: personFields.relationshipToChild.default(''),
  dateOfBirth: personFields.dateOfBirth.default(null),
  householdPeriods: personFields.householdPeriods.default([]),
  agencies: personFields.agencies.default([]),
});
export type PersonInput = z.output<typeof personInputSchema>;

export const personUpdateSchema = z.object(personFields).partial().extend({ id });
export type PersonUpdate = z.output<typeof personUpdateSchema>;

export const relationshipInputSchema = z
  .object({
    from: id,
    to: id,
    kind: z.enum(relationshipKinds),
    fromDate: isoDay.nullable().default(null),
    toDate: isoDay.nullable().default(null),
    note: text.max(1000).default(''),
  })
  .refine((r) => r.from !== r.to, { message: 'a person cannot be related to themselves', path: ['to'] })
  .refine((r) => r.fromDate === null || r.toDate === null || r.toDate >= r.fromDate, {
    message: 'a relationship cannot end before it starts',
    path: ['toDate'],
  });
export type RelationshipInput = z.output<typeof relationshipInputSchema>;

const characteristicBase = {
  personId: id,
  characteristicId: z.enum(characteristicIds),
  source: text.max(500).default(''),
  /** The reviewer's words about it; left out, the stored detail is kept; null or empty clears it. */
  detail: text.max(1000).nullable().optional(),
};

/** Mirrors the `CharacteristicRecord` union: a value only when recorded, a reason when not applicable. */
export const characteristicInputSchema = z.discriminatedUnion('state', [
  z.object({
    ...characteristicBase,
    state: z.literal('recorded'),
    value: z
      .object({ optionId: z.string().min(1).nullable().default(null), writeIn: text.max(500).nullable().default(null) })
      .refine((v) => v.optionId !== null || (v.writeIn ?? '') !== '', 'a recorded characteristic needs a value'),
  }),
  z.object({ ...characteristicBase, state: z.literal('not-applicable'), reason: nonEmpty('The reason') }),
  z.object({ ...characteristicBase, state: z.enum(['not-recorded-by-agencies', 'not-asked', 'declined', 'unknown']) }),
]);
export type CharacteristicInput = z.output<typeof characteristicInputSchema>;

export const identifierInputSchema = z.object({
  text: nonEmpty('The identifier').max(300),
  kind: z.enum(identifierKinds).default('other'),
});
export type IdentifierInput = z.output<typeof identifierInputSchema>;

export const peopleApi = {
  'people.list': reviewQuery(() => z.object({})).returns<readonly Person[]>(),
  'people.add': reviewCommand(() => personInputSchema).returns<Person>(),
  'people.update': reviewCommand(() => personUpdateSchema).returns<Person>(),
  'people.remove': reviewCommand(() => z.object({ id })).returns<{ removed: boolean }>(),

  'people.listRelationships': reviewQuery(() => z.object({})).returns<readonly Relationship[]>(),
  'people.addRelationship': reviewCommand(() => relationshipInputSchema).returns<Relationship>(),
  'people.removeRelationship': reviewCommand(() => z.object({ id })).returns<{ removed: boolean }>(),

  'people.listCharacteristicTemplates': reviewQuery(() => z.object({})).returns<readonly CharacteristicTemplate[]>(),
  'people.listCharacteristics': reviewQuery(() => z.object({ personId: id.optional() })).returns<
    readonly CharacteristicRecord[]
  >(),
  'people.updateCharacteristic': reviewCommand(() => characteristicInputSchema).returns<CharacteristicRecord>(),
  'people.removeCharacteristic': reviewCommand(() =>
    z.object({ personId: id, characteristicId: z.enum(characteristicIds) }),
  ).returns<{ removed: boolean }>(),
  'people.getCompleteness': reviewQuery(() => z.object({})).returns<CompletenessReport>(),

  'people.listIdentifiers': reviewQuery(() => z.object({})).returns<readonly Identifier[]>(),
  'people.addIdentifier': reviewCommand(() => identifierInputSchema).returns<Identifier>(),
  'people.removeIdentifier': reviewCommand(() => z.object({ id })).returns<{ removed: boolean }>(),

  /** Likely unregistered names in everything the review holds (drafts included). */
  'people.listNameWarnings': reviewQuery(() => z.object({})).returns<readonly NameWarning[]>(),
  'people.dismissNameWarning': reviewCommand(() => z.object({ name: nonEmpty('The name').max(100) })).returns<{
    dismissed: boolean;
  }>(),
} as const;
