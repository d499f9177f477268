/**
 * The command line loads only the domain a command calls (its argument schemas and handlers).
 * Every method of the contract must still reach the same declaration and handler as in the app,
 * or a command would fail only from the command line.
 */
import { describe, expect, it } from 'vitest';
import { everyMethod, methodOfDomain } from '@api/handler-source';
import { createDispatcher } from '@api/dispatcher';
import { createAppContext } from '@core/app/app-context';
import { api } from '@shared/api/contract';
import { tempDir } from '../../helpers/review-file';

describe('methods loaded by domain', () => {
  it('give every method of the contract its own declaration and the same handler as loading them all', async () => {
    const methods = Object.keys(api);
    expect(methods.length).toBeGreaterThan(100);
    for (const method of methods) {
      const byDomain = await methodOfDomain(method);
      const fromAll = await everyMethod(method);
      expect(typeof byDomain?.handler, method).toBe('function');
      expect(byDomain?.handler, method).toBe(fromAll?.handler);
      expect(byDomain?.spec, method).toBe(api[method as keyof typeof api]);
      expect(fromAll?.spec, method).toBe(api[method as keyof typeof api]);
    }
  });

  it('know no method outside the contract, whichever way they load', async () => {
    for (const name of ['review.nothing', 'nothing.list', 'toString', 'constructor.name', '__proto__.x', '']) {
      expect(await methodOfDomain(name), name).toBeNull();
      expect(await everyMethod(name), name).toBeNull();
    }
  });

  it('refuse an unknown method by name from the command line, as the app does', async () => {
    const app = createAppContext({ edition: 'cli', home: tempDir('method-source-') });
    for (const methods of [everyMethod, methodOfDomain]) {
      const response = await createDispatcher(app, () => undefined, methods)({ method: 'review.nothing', args: {} });
      expect(response).toEqual({
        ok: false,
        error: expect.objectContaining({
          code: 'invalid-arguments',
          message: 'There is no method called "review.nothing"',
        }),
      });
    }
  });
});
