/**
 * How long one author's same-person check takes (core `suggestSamePerson` with `only`, what an author card asks
 * first) against every name's, on a built map, and whether it gives the same suggestions in the same order as the
 * whole list's for that author (the card must not change when the whole list's answer comes).
 *   npx tsx scripts/own-suggestions.ts <dir with bundle.json> [name…]   (default names: Yang Liu, Wei Zhang, Tim Baldwin)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadavg } from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import { parseBundleJson, validateBundle } from '../src/core/bundle/validate';
import { suggestSamePerson } from '../src/core/queries/synonyms';

const [dir, ...asked] = process.argv.slice(2);
if (!dir) throw new Error('usage: npx tsx scripts/own-suggestions.ts <dir with bundle.json> [name…]');
const file = path.join(dir, 'bundle.json');
const bundle = validateBundle(parseBundleJson(readFileSync(file, 'utf8'), file), file);
const names = asked.length ? asked : ['Yang Liu', 'Wei Zhang', 'Tim Baldwin'];
const ms = (t0: number) => Math.round(performance.now() - t0);
let t0 = performance.now();
const all = suggestSamePerson(bundle);
console.log(`every name: ${all.length} suggestions in ${ms(t0)} ms (load ${loadavg()[0]!.toFixed(1)})`);
let differ = 0;
for (const name of names) {
  const author = bundle.authors.name.indexOf(name);
  if (author < 0) {
    console.log(`${name}: not on the map`);
    continue;
  }
  t0 = performance.now();
  const own = suggestSamePerson(bundle, { only: author });
  const took = ms(t0);
  const expected = all.filter((s) => s.keep === author || s.merge === author);
  const same = isDeepStrictEqual(own, expected);
  if (!same) differ++;
  console.log(`${name}: ${own.length} suggestions in ${took} ms (${own.map((s) => s.names.join(' ⇄ ')).join('; ')}), ${same ? 'same as' : 'NOT the same as'} every name's`);
}
process.exitCode = differ ? 1 : 0;
