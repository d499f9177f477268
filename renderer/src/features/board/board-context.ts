import { createContext, useContext } from 'react';
import type { BoardFilter } from '@shared/domain/board';

/** The library the Boards area is looking at, the reviews chosen, and a counter bumped after every change. */
export interface BoardState {
  readonly roots: readonly string[];
  readonly filter: BoardFilter;
  readonly revision: number;
  readonly changed: () => void;
}

export const BoardContext = createContext<BoardState | null>(null);

export function useBoard(): BoardState {
  const state = useContext(BoardContext);
  if (state === null) throw new Error('useBoard needs a BoardContext');
  return state;
}

/** Libraries are remembered on this computer only (paths, never case data). */
const STORAGE_KEY = 'casewright.board.roots';

export function rememberedRoots(): readonly string[] {
  try {
    const value = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '[]') as unknown;
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

export function rememberRoots(roots: readonly string[]): void {
  window.localStorage.setItem(STORAGE_KEY, JSON.stringify(roots));
}
