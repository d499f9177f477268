import { z } from 'zod';
import suggestionsFile from '@templates/event-types/suggestions.json';

/**
 * Suggests an event type from a row's words, from the data list in
 * `templates/event-types/suggestions.json` (documented there). The suggestion is always shown as
 * suggested; only the reviewer makes it the entry's event type.
 */
const suggestionsSchema = z.object({
  version: z.string(),
  about: z.string(),
  rules: z.array(z.object({ eventType: z.string().min(1), phrases: z.array(z.string().min(1)).min(1) })),
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export type EventTypeSuggester = (text: string) => string | null;

export function createEventTypeSuggester(data: unknown = suggestionsFile): EventTypeSuggester {
  const { rules } = suggestionsSchema.parse(data);
  const compiled = rules.map((rule) => ({
    eventType: rule.eventType,
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${rule.phrases.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'iu'),
  }));
  return (text) => compiled.find((rule) => rule.pattern.test(text))?.eventType ?? null;
}
