import { loadCase } from '/work/wt/i13/test/bench/insight/cases';
import { runReviewInsight } from '/work/wt/i13/electron/core/insight/service';
const name = process.argv[2]!;
const c = await loadCase(name);
const r = runReviewInsight(c.review.db, c.templatesDir);
for (const p of r.patterns) {
  console.log(`\n[${p.salience}] ${p.title}  also=${p.also.map(a=>a.ruleId)}`);
  for (const m of p.matches) console.log(`   ${c.refOf.get(m.entryId)}: ${JSON.stringify(m.words)}`);
  console.log('   evidence:', p.evidenceEntryIds.map(id=>c.refOf.get(id)).join(' '));
}
