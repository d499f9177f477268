import { readFileSync } from 'node:fs';
import type { CasewrightError } from '../../shared/errors';

/**
 * The parsed contents of a JSON file the reviewer or a template folder supplies (a mapping, a
 * template, the glossary), or the error `refuse` words from why it could not be read or parsed.
 */
export function readJsonFile(path: string, refuse: (reason: string) => CasewrightError): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (error) {
    throw refuse(error instanceof Error ? error.message : String(error));
  }
}
