import type { WritableDb } from '../store/db-types';
/**
 * When the chronology merges a duplicate entry into another, the findings side follows: evidence
 * links, taxonomy tags and panel comments on the hidden entry move to the kept one (a link the kept
 * entry already has is dropped rather than doubled). For chronology `mergeDuplicate` to call
 * inside its write; undo of the merge reverts these rows too (they are audited).
 */
export declare function moveEntryReferences(db: WritableDb, fromEntryId: number, toEntryId: number): {
    readonly evidence: number;
    readonly tags: number;
    readonly annotations: number;
};
