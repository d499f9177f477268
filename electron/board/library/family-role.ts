import type { FamilyRole } from '../../shared/domain/board';

/**
 * Boards count by family role, but a review records role and relationship as free text
 * ("mother", "mother's partner", "subject child"). The first rule that matches wins, so
 * "mother's partner" is a partner and "grandmother" is other family.
 */
const rules: readonly (readonly [FamilyRole, RegExp])[] = [
  ['victim', /\bvictim\b/],
  ['perpetrator', /\b(perpetrator|abuser)\b/],
  ['partner', /\b(partner|ex-partner|boyfriend|girlfriend|husband|wife|spouse)\b/],
  ['parent', /\b(mother|father|mum|dad|parent|carer|step-?(mother|father|parent)|guardian)\b/],
  ['sibling', /\b(sibling|half-sibling|brother|sister)\b/],
  ['child', /\b(child|baby|infant|son|daughter)\b/],
];

export function familyRoleOf(role: string, relationshipToChild: string): FamilyRole {
  for (const text of [role.toLowerCase(), relationshipToChild.toLowerCase()]) {
    for (const [familyRole, pattern] of rules) if (pattern.test(text)) return familyRole;
  }
  return 'other-family';
}
