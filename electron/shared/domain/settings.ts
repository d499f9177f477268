import { z } from 'zod';

/** Per-user settings, kept outside any review file. */
export interface Settings {
  /** Who is recorded in each review's audit log for changes made here. */
  readonly displayName: string;
  readonly recent: readonly { readonly path: string; readonly title: string; readonly openedAt: string }[];
  /** Set once the sample review has been offered on first start. */
  readonly sampleOffered: boolean;
}

export const settingsPatchSchema = z
  .object({
    displayName: z.string().trim().min(1, 'Enter the name to record in the audit log').max(120),
  })
  .partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
