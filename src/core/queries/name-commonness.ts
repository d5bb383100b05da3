/**
 * How likely a name is to be shared by several people, before looking at any paper: the name
 * commonness prior of the homonym check.
 *
 * Two parts: (1) within the dataset, the expected number of people carrying this exact given name and
 * surname if names were drawn independently: (people with the given name) × (people with the surname)
 * / people; (2) from outside the dataset, whether the surname is one of the world's most common
 * (a short list from public surname statistics: the Chinese "hundred surnames" leaders Wang, Li, Zhang,
 * Liu, Chen each carried by roughly 5–7% of China's population, Kim/Lee/Park by about 45% of Koreans,
 * Nguyen by about 38% of Vietnamese, and the most frequent Indian, Japanese, Western and Arabic
 * surnames). The second part lets a small list (one lab, one author) know that "Wang" is common.
 */
import { foldName, parseName } from '../names/index';
import type { Bundle } from '../bundle/types';

const VERY_COMMON = new Set('wang li zhang liu chen kim lee park nguyen singh kumar'.split(' '));
const COMMON = new Set(
  (
    'yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song tang han feng deng cao peng ' +
    'zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su ding ren lu yao shen zhong cui tan fan ' +
    'choi jung kang cho yoon jang lim tran le pham hoang sharma patel gupta shah khan ali ahmed mohammed ' +
    'smith johnson williams brown jones garcia miller davis rodriguez martinez hernandez lopez gonzalez ' +
    'wilson anderson taylor moore jackson martin white thompson silva santos tanaka suzuki sato takahashi ' +
    'watanabe ito yamamoto nakamura kobayashi muller schmidt'
  ).split(' '),
);

export interface NamePrior {
  /** Expected other people with this exact name in a dataset of this size (independence model). */
  expectedInDataset: number;
  surnameTier: 'very common' | 'common' | null;
  /** log(expected + 0.05) + 1.5 (very common surname) or + 0.75 (common): higher, more likely shared. */
  logPrior: number;
}

const cache = new WeakMap<Bundle, { given: Map<string, number>; family: Map<string, number>; parts: { g: string; f: string }[] }>();

function counts(bundle: Bundle) {
  let c = cache.get(bundle);
  if (c) return c;
  const given = new Map<string, number>();
  const family = new Map<string, number>();
  const parts = bundle.authors.name.map((n) => {
    const p = parseName(n, 'first-last');
    const g = foldName(p.given);
    const f = foldName(p.family);
    given.set(g, (given.get(g) ?? 0) + 1);
    family.set(f, (family.get(f) ?? 0) + 1);
    return { g, f };
  });
  cache.set(bundle, (c = { given, family, parts }));
  return c;
}

/** The name commonness prior of `author` (see the module comment). */
export function namePrior(bundle: Bundle, author: number): NamePrior {
  const c = counts(bundle);
  const { g, f } = c.parts[author]!;
  const expectedInDataset = ((c.given.get(g) ?? 1) * (c.family.get(f) ?? 1)) / Math.max(1, c.parts.length);
  const surnameTier = VERY_COMMON.has(f) ? 'very common' : COMMON.has(f) ? 'common' : null;
  const logPrior = Math.log(expectedInDataset + 0.05) + (surnameTier === 'very common' ? 1.5 : surnameTier === 'common' ? 0.75 : 0);
  return { expectedInDataset, surnameTier, logPrior };
}
