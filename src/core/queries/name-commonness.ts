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
 *
 * Given name and surname are not independent across a whole dataset: a Chinese given name goes with a
 * Chinese surname. So (1) is counted within the name's class: East Asian romanised names (the surname is
 * one of `EAST_ASIAN_SURNAMES`: Chinese pinyin, Korean and Vietnamese surnames) and all others, and with the
 * person left out (in a list of five people the only Wei Chen is no evidence of another):
 * expected = (other people of the class with this given name) × (other people of the class with this surname)
 * / (other people of the class). On acl_2016_2021_all this makes "Yao Yao" about 0.07 expected namesakes
 * rather than 0.02 (about one person in three there has an East Asian surname); a Western name barely moves.
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
  /** Expected other people with this exact name in the dataset (independence model within the name's class, this person left out). */
  expectedInDataset: number;
  surnameTier: 'very common' | 'common' | null;
  /** log(expected + 0.05) + 1.5 (very common surname) or + 0.75 (common): higher, more likely shared. */
  logPrior: number;
}

/** Surnames that mark an East Asian romanised name (Chinese pinyin, Korean, Vietnamese): the class of the name prior. */
export const EAST_ASIAN_SURNAMES = new Set(
  (
    'wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song tang ' +
    'han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su ding ren lu yao shen ' +
    'zhong cui tan fan jin shi yan dai jia xia fu fang bai zou meng qin qiu hou jiang xiong qian yin kong ' +
    'chang mao hao gu gong shao wan qi duan lei long tao he mo bao kang hong lai wen niu ou zhan chu ' +
    'geng guan ji lan mu ni nie pang qiao rao sang tong xing xue yi zang zhai zhuang miao ' +
    'kim lee park choi jung jeong kang cho yoon jang lim shin oh seo kwon hwang ahn song hong ' +
    'nguyen tran le pham hoang phan vu vo dang bui do ho ngo duong ly'
  ).split(' '),
);

interface Counts {
  /** Per class (0: East Asian romanised, 1: other): given name → people, surname → people, people. */
  given: Map<string, number>[];
  family: Map<string, number>[];
  size: number[];
  parts: { g: string; f: string; c: number }[];
}

const cache = new WeakMap<Bundle, Counts>();

function counts(bundle: Bundle): Counts {
  let c = cache.get(bundle);
  if (c) return c;
  const given = [new Map<string, number>(), new Map<string, number>()];
  const family = [new Map<string, number>(), new Map<string, number>()];
  const size = [0, 0];
  const parts = bundle.authors.name.map((n) => {
    const p = parseName(n, 'first-last');
    const g = foldName(p.given);
    const f = foldName(p.family);
    const k = EAST_ASIAN_SURNAMES.has(f) ? 0 : 1;
    given[k]!.set(g, (given[k]!.get(g) ?? 0) + 1);
    family[k]!.set(f, (family[k]!.get(f) ?? 0) + 1);
    size[k]!++;
    return { g, f, c: k };
  });
  cache.set(bundle, (c = { given, family, size, parts }));
  return c;
}

/** The name commonness prior of `author` (see the module comment). */
export function namePrior(bundle: Bundle, author: number): NamePrior {
  const c = counts(bundle);
  const { g, f, c: k } = c.parts[author]!;
  // leave this person out: the others of the class with this given name × with this surname / the others
  const expectedInDataset = (((c.given[k]!.get(g) ?? 1) - 1) * ((c.family[k]!.get(f) ?? 1) - 1)) / Math.max(1, c.size[k]! - 1);
  const surnameTier = VERY_COMMON.has(f) ? 'very common' : COMMON.has(f) ? 'common' : null;
  const logPrior = Math.log(expectedInDataset + 0.05) + (surnameTier === 'very common' ? 1.5 : surnameTier === 'common' ? 0.75 : 0);
  return { expectedInDataset, surnameTier, logPrior };
}
