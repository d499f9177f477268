/**
 * The numbers a reviewer can tune per rule, with labels in plain words. Getters and setters keep
 * the editor typed without indexing the thresholds object by strings.
 */
import type { InsightRuleId, InsightThresholds } from '@shared/domain/insight';

export interface NumberField {
  readonly id: string;
  readonly ruleId: InsightRuleId;
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  get(thresholds: InsightThresholds): number;
  set(thresholds: InsightThresholds, value: number): void;
}

export const NUMBER_FIELDS: readonly NumberField[] = [
  {
    id: 'ri-min',
    ruleId: 'repeated-incidents',
    label: 'Incidents with the same people before a pattern',
    min: 1,
    max: 1000,
    step: 1,
    get: (t) => t.rules['repeated-incidents'].minIncidents,
    set: (t, v) => {
      t.rules['repeated-incidents'].minIncidents = v;
    },
  },
  {
    id: 'te-window',
    ruleId: 'trigger-events',
    label: 'Days after a trigger event to look at',
    min: 0,
    max: 3650,
    step: 1,
    get: (t) => t.rules['trigger-events'].windowDays,
    set: (t, v) => {
      t.rules['trigger-events'].windowDays = v;
    },
  },
  {
    id: 'te-min',
    ruleId: 'trigger-events',
    label: 'Entries that must follow',
    min: 1,
    max: 1000,
    step: 1,
    get: (t) => t.rules['trigger-events'].minFollowing,
    set: (t, v) => {
      t.rules['trigger-events'].minFollowing = v;
    },
  },
  {
    id: 'cc-notify',
    ruleId: 'closure-communication',
    label: 'Days allowed to tell other agencies of a closure',
    min: 0,
    max: 3650,
    step: 1,
    get: (t) => t.rules['closure-communication'].notifyWithinDays,
    set: (t, v) => {
      t.rules['closure-communication'].notifyWithinDays = v;
    },
  },
  {
    id: 'cc-active',
    ruleId: 'closure-communication',
    label: 'Months before a closure that count as "involved"',
    min: 0,
    max: 240,
    step: 1,
    get: (t) => t.rules['closure-communication'].activeWithinMonths,
    set: (t, v) => {
      t.rules['closure-communication'].activeWithinMonths = v;
    },
  },
  {
    id: 'cs-min',
    ruleId: 'child-seen',
    label: 'Contacts needed',
    min: 1,
    max: 1000,
    step: 1,
    get: (t) => t.rules['child-seen'].minContacts,
    set: (t, v) => {
      t.rules['child-seen'].minContacts = v;
    },
  },
  {
    id: 'cs-share',
    ruleId: 'child-seen',
    label: "Lowest acceptable share of contacts with the child's views recorded (0–1)",
    min: 0,
    max: 1,
    step: 0.05,
    get: (t) => t.rules['child-seen'].minViewsRecordedShare,
    set: (t, v) => {
      t.rules['child-seen'].minViewsRecordedShare = v;
    },
  },
  {
    id: 'cs-age',
    ruleId: 'child-seen',
    label: 'Youngest age (years) at which seen alone, spoken to and views count',
    min: 0,
    max: 18,
    step: 1,
    get: (t) => t.rules['child-seen'].minAgeYears,
    set: (t, v) => {
      t.rules['child-seen'].minAgeYears = v;
    },
  },
  {
    id: 'vs-min',
    ruleId: 'victim-seen-alone',
    label: 'Contacts with the partner present before a pattern',
    min: 1,
    max: 1000,
    step: 1,
    get: (t) => t.rules['victim-seen-alone'].minContacts,
    set: (t, v) => {
      t.rules['victim-seen-alone'].minContacts = v;
    },
  },
  {
    id: 'ne-days',
    ruleId: 'non-engagement',
    label: 'Days for the same agency to follow up (reported in the pattern)',
    min: 0,
    max: 3650,
    step: 1,
    get: (t) => t.rules['non-engagement'].followUpWithinDays,
    set: (t, v) => {
      t.rules['non-engagement'].followUpWithinDays = v;
    },
  },
  {
    id: 'ne-min',
    ruleId: 'non-engagement',
    label: 'Instances of non-engagement by one agency before a pattern',
    min: 1,
    max: 1000,
    step: 1,
    get: (t) => t.rules['non-engagement'].minUnanswered,
    set: (t, v) => {
      t.rules['non-engagement'].minUnanswered = v;
    },
  },
  {
    id: 'sr-min',
    ruleId: 'separation-reconciliation',
    label: 'Separations and reconciliations before a pattern',
    min: 1,
    max: 1000,
    step: 1,
    get: (t) => t.rules['separation-reconciliation'].minEvents,
    set: (t, v) => {
      t.rules['separation-reconciliation'].minEvents = v;
    },
  },
  {
    id: 'ui-months',
    ruleId: 'unshared-information',
    label: 'Months before a decision to look back',
    min: 0,
    max: 240,
    step: 1,
    get: (t) => t.rules['unshared-information'].lookbackMonths,
    set: (t, v) => {
      t.rules['unshared-information'].lookbackMonths = v;
    },
  },
  {
    id: 'ml-days',
    ruleId: 'minimising-language',
    label: 'Days either side to compare with other agencies',
    min: 0,
    max: 3650,
    step: 1,
    get: (t) => t.rules['minimising-language'].windowDays,
    set: (t, v) => {
      t.rules['minimising-language'].windowDays = v;
    },
  },
];
