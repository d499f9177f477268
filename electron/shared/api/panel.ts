import { z } from 'zod';
import { reviewCommand, reviewQuery } from './define';
import type { PanelMember } from '../domain/panel';

const id = z.number().int().positive();
const field = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `the panel member needs their ${what}`)
    .max(200, `the ${what} is longer than 200 characters`);

const panelMemberFields = z.object({
  name: field('name'),
  role: field('role'),
  agency: field('agency'),
  independenceNote: z.string().trim().max(2000, 'the independence note is longer than 2,000 characters'),
});

export const panelMemberAddSchema = panelMemberFields.partial({ independenceNote: true });

export const panelApi = {
  'panel.list': reviewQuery(() => z.object({})).returns<readonly PanelMember[]>(),
  'panel.add': reviewCommand(() => panelMemberAddSchema).returns<PanelMember>(),
  'panel.update': reviewCommand(() => z.object({ id, changes: panelMemberFields.partial() })).returns<PanelMember>(),
  'panel.remove': reviewCommand(() => z.object({ id })).returns<{ readonly deleted: number }>(),
} as const;
