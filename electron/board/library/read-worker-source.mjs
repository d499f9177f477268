/**
 * Starts the board's reading helper from its TypeScript source, where nothing is bundled (tests,
 * benchmarks, `tsx` scripts): tsx is registered in the worker first. The bundled command and app
 * start their bundled helper instead.
 */
import { register } from 'tsx/esm/api';

register();
await import(new URL('./read-worker.ts', import.meta.url).href);
