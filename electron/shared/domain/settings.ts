import { z } from 'zod';

/** Per-user settings, kept outside any review file. */
export interface Settings {
  /** Who is recorded in each review's audit log for changes made here. */
  readonly displayName: string;
  /** Paths only, never titles: titles often name the child or victim, and settings are not encrypted. */
  readonly recent: readonly { readonly path: string; readonly openedAt: string }[];
  /** Set once the sample review has been offered on first start. */
  readonly sampleOffered: boolean;
}

export const settingsPatchSchema = z
  .object({
    displayName: z.string().trim().min(1, 'Enter the name to record in the audit log').max(120),
  })
  .partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
