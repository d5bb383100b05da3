/**
 * The build options' rules, defined once: the pipeline (`resolveOptions`), the CLI (`scripts/build-graph.ts`)
 * and the browser's import dialog all check options here, so a value refused in one is refused in all
 * with the same words. Defaults are `DEFAULT_BUILD_OPTIONS`; what a valid value is comes from the bundle schema
 * (schema.ts `BuildOptionsSchema`), which also checks them when a bundle is loaded.
 */
import * as v from 'valibot';
import { BuildOptionsSchema } from './schema';
import { DEFAULT_BUILD_OPTIONS, type BuildOptions } from './types';

export type BuildOptionName = keyof BuildOptions;

/** How each option is named in the CLI (`--flag`) and what a valid value is, as said to the user. */
export const BUILD_OPTION_RULES: Record<BuildOptionName, { flag: string; expects: string }> = {
  counting: { flag: 'counting', expects: '"fractional" or "full"' },
  maxAuthors: { flag: 'max-authors', expects: 'a whole number of at least 2, or "none" (or empty) for no cap' },
  resolution: { flag: 'resolution', expects: 'a positive number (1 is the usual)' },
  seed: { flag: 'seed', expects: 'a whole number' },
};

/**
 * Whether `value` is a valid value of option `name` (null is valid only for `maxAuthors`: no cap), by the
 * bundle schema's own rule for that option (`BuildOptionsSchema`, valibot), so the two cannot drift apart.
 */
export function validOption(name: BuildOptionName, value: unknown): boolean {
  return v.is(BuildOptionsSchema.entries[name], value);
}

/**
 * Options as typed (CLI flags, form fields): strings, or undefined for "not given" (the default).
 * A `maxAuthors` of "none" or empty means no cap; any other empty or invalid value is a problem, worded from
 * `BUILD_OPTION_RULES`. Returns the options (defaults where a value is missing or invalid) and the problems.
 */
export function parseBuildOptions(typed: Partial<Record<BuildOptionName, string>>): {
  options: BuildOptions;
  problems: Partial<Record<BuildOptionName, string>>;
} {
  const options: BuildOptions = { ...DEFAULT_BUILD_OPTIONS };
  const problems: Partial<Record<BuildOptionName, string>> = {};
  for (const name of Object.keys(BUILD_OPTION_RULES) as BuildOptionName[]) {
    const raw = typed[name];
    if (raw === undefined) continue;
    const text = raw.trim();
    const value = name === 'counting' ? text : name === 'maxAuthors' && (text === '' || text === 'none') ? null : text === '' ? NaN : Number(text);
    if (validOption(name, value)) (options as Record<BuildOptionName, unknown>)[name] = value;
    else problems[name] = BUILD_OPTION_RULES[name].expects;
  }
  return { options, problems };
}

/**
 * Options of a build request with defaults filled in. Throws an Error naming the first invalid option
 * and what it expects (e.g. `resolution must be a positive number (1 is the usual)`).
 */
export function resolveOptions(req: Partial<BuildOptions>): BuildOptions {
  const o: BuildOptions = {
    counting: req.counting ?? DEFAULT_BUILD_OPTIONS.counting,
    // null is 'no cap', undefined is 'the default'
    maxAuthors: req.maxAuthors === undefined ? DEFAULT_BUILD_OPTIONS.maxAuthors : req.maxAuthors,
    resolution: req.resolution ?? DEFAULT_BUILD_OPTIONS.resolution,
    seed: req.seed ?? DEFAULT_BUILD_OPTIONS.seed,
  };
  for (const name of Object.keys(BUILD_OPTION_RULES) as BuildOptionName[]) {
    if (!validOption(name, o[name])) throw new Error(`${BUILD_OPTION_RULES[name].flag.replace('-', ' ')} must be ${BUILD_OPTION_RULES[name].expects}, not ${JSON.stringify(o[name])}`);
  }
  return o;
}
