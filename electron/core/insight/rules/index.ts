/** The rule set, in the order the Insight view and CLI present it. */
import type { InsightPattern, InsightRuleId, InsightThresholds } from '@shared/domain/insight';
import type { InsightInput } from '../input';
import { childSeen } from './child-seen';
import { closureCommunication } from './closure-communication';
import { minimisingLanguage } from './minimising-language';
import { nonEngagement } from './non-engagement';
import { repeatedIncidents } from './repeated-incidents';
import { separationReconciliation } from './separation-reconciliation';
import { triggerEvents } from './trigger-events';
import { unsharedInformation } from './unshared-information';
import { victimSeenAlone } from './victim-seen-alone';

export type InsightRule = (input: InsightInput, thresholds: InsightThresholds) => InsightPattern[];

export const INSIGHT_RULES: Readonly<Record<InsightRuleId, InsightRule>> = {
  'repeated-incidents': repeatedIncidents,
  'trigger-events': triggerEvents,
  'closure-communication': closureCommunication,
  'child-seen': childSeen,
  'victim-seen-alone': victimSeenAlone,
  'non-engagement': nonEngagement,
  'separation-reconciliation': separationReconciliation,
  'unshared-information': unsharedInformation,
  'minimising-language': minimisingLanguage,
};
