import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { freshSchema } from './schema-dump';

/** `npm run schema:snapshot`: rewrites the committed schema snapshot after a deliberate change. */
const target = fileURLToPath(new URL('./schema.snapshot.sql', import.meta.url));
writeFileSync(target, freshSchema());
process.stdout.write(`Wrote ${target}\n`);
