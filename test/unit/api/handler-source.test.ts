/**
 * The command line loads only the handlers of the domains a command calls. Every method of the
 * contract must still reach the same handler as in the app, or a command would fail only from the
 * command line.
 */
import { describe, expect, it } from 'vitest';
import { everyHandler, handlerOfDomain } from '@api/handler-source';
import { api, type MethodName } from '@shared/api/contract';

describe('handlers loaded by domain', () => {
  it('give every method of the contract the same handler as loading them all', async () => {
    const methods = Object.keys(api) as MethodName[];
    expect(methods.length).toBeGreaterThan(100);
    for (const method of methods) {
      const handler = await handlerOfDomain(method);
      expect(typeof handler, method).toBe('function');
      expect(handler, method).toBe(await everyHandler(method));
    }
  });
});
