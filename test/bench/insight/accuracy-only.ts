/** Scores the cases without the speed run: `npx tsx test/bench/insight/accuracy-only.ts`. */
import { scoreAllCases } from '../insight';
await scoreAllCases();
