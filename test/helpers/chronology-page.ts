/**
 * The chronology as the grid first shows it: the entries matching a filter, oldest first, from the
 * start (`page` with the sort and offset every test that is not about sorting or paging uses).
 */
import { page } from '@core/chronology/query';
import type { ReadableDb } from '@core/store/db-types';
import type { ChronologyFilter, ChronologyPage } from '@shared/domain/chronology';

export function entriesByDate(db: ReadableDb, filter: ChronologyFilter = {}, limit = 10): ChronologyPage {
  return page(db, { filter, sort: { field: 'date', direction: 'asc' }, offset: 0, limit });
}
