import { loadDefaultThresholds } from '../../../electron/core/insight/thresholds';
import { INSIGHT_RULES } from '../../../electron/core/insight/rules/index';
import { syntheticInput } from './synthetic';
const n = Number(process.argv[2] ?? 2000);
const thresholds = loadDefaultThresholds(new URL('../../../templates/', import.meta.url).pathname);
const input = syntheticInput(n);
const t = performance.now();
INSIGHT_RULES['repeated-incidents'](input, thresholds);
console.log(Math.round(performance.now() - t), 'ms');
