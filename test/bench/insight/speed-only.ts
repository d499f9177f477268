/** Times each rule on its own over the synthetic chronology: `npx tsx test/bench/insight/speed-only.ts [entries]`. */
import { loadDefaultThresholds } from '@core/insight/thresholds';
import { INSIGHT_RULES } from '@core/insight/rules/index';
import { INSIGHT_RULE_IDS } from '@shared/domain/insight';
import { syntheticInput } from './synthetic';
const n = Number(process.argv[2] ?? 2000);
const thresholds = loadDefaultThresholds(new URL('../../../templates/', import.meta.url).pathname);
const input = syntheticInput(n);
for (const id of INSIGHT_RULE_IDS) {
  const t = performance.now();
  const found = INSIGHT_RULES[id](input, thresholds);
  console.log(id, Math.round(performance.now() - t), 'ms', found.length, 'patterns');
}
