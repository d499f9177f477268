import type { ComponentType } from 'react';
import { MentionsPlugin } from './MentionsPlugin';

/**
 * Plugins every rich-text editor runs beyond the basics (mentions with @, links to chronology
 * entries…). Each feature adds one entry.
 */
export const extraEditorPlugins: readonly ComponentType[] = [MentionsPlugin];
