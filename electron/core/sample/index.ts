import type { WritableDb } from '../store/db-types';
import { seedReview } from './review';
import { seedPeople } from './people';
import { seedChronology } from './chronology';
import { seedFindings } from './findings';

/**
 * The built-in sample review: a wholly fictional case (the "Child R" family in Westmoor, a made-up
 * town) so a newcomer sees real content at once. Each domain adds its own seeder here, in the order
 * their tables depend on each other.
 */
export const sampleSeeders: readonly ((db: WritableDb) => void)[] = [
  seedReview,
  seedPeople,
  seedChronology,
  seedFindings,
];

export const SAMPLE_TITLE = 'Child R: Local Child Safeguarding Practice Review (sample)';

export function seedSample(db: WritableDb): void {
  for (const seed of sampleSeeders) seed(db);
}
