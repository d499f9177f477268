/** The "Open Recent" list, read from the `review.listRecent` API result (checked, not trusted). */
import { z } from 'zod';
import type { RecentItem } from './menu-template';

const recentListSchema = z.array(z.object({ path: z.string().min(1), title: z.string(), exists: z.boolean() }).loose());

export function recentItemsFrom(result: unknown): readonly RecentItem[] {
  const parsed = recentListSchema.safeParse(result);
  if (!parsed.success) return [];
  return parsed.data.map((item) => ({ path: item.path, title: item.title || 'Untitled review', exists: item.exists }));
}

/** Calls after which the recent list (and so the menu) may have changed. */
const RECENT_CHANGING_METHODS: ReadonlySet<string> = new Set([
  'review.create',
  'review.open',
  'review.openSample',
  'review.saveAs',
  'review.updateMeta',
]);

export function changesRecentList(method: string): boolean {
  return RECENT_CHANGING_METHODS.has(method);
}
