import type { WritableDb } from '../db-types';

/**
 * One step of the review file format. Never edit a migration after it has shipped: review files
 * move between versions of the app, so each step must always do exactly what it did.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: WritableDb): void;
}
