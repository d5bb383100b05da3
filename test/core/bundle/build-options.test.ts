/** The build options' one set of rules: what the CLI, the import dialog and the pipeline accept and refuse. */
import { describe, expect, it } from 'vitest';
import { parseBuildOptions, resolveOptions } from '../../../src/core/bundle/build-options';
import { DEFAULT_BUILD_OPTIONS } from '../../../src/core/bundle/types';

describe('build options', () => {
  it('values not given are the defaults; an empty author cap is no cap', () => {
    expect(parseBuildOptions({})).toEqual({ options: DEFAULT_BUILD_OPTIONS, problems: {} });
    expect(parseBuildOptions({ counting: 'full', maxAuthors: '', resolution: ' 1.5 ', seed: '7' })).toEqual({
      options: { counting: 'full', maxAuthors: null, resolution: 1.5, seed: 7 },
      problems: {},
    });
    expect(parseBuildOptions({ maxAuthors: '25' }).options.maxAuthors).toBe(25);
    expect(parseBuildOptions({ maxAuthors: 'none' }).options.maxAuthors).toBeNull();
    expect(resolveOptions({ maxAuthors: null }).maxAuthors).toBeNull();
  });

  it('each bad value is named with what it expects', () => {
    const { problems } = parseBuildOptions({ counting: 'half', maxAuthors: '1', resolution: '0', seed: '1.5' });
    expect(problems).toEqual({
      counting: '"fractional" or "full"',
      maxAuthors: 'a whole number of at least 2, or "none" (or empty) for no cap',
      resolution: 'a positive number (1 is the usual)',
      seed: 'a whole number',
    });
    expect(parseBuildOptions({ resolution: '' }).problems.resolution).toBeDefined();
    expect(parseBuildOptions({ seed: 'x' }).problems.seed).toBeDefined();
  });

  it('the pipeline refuses what the forms refuse', () => {
    expect(resolveOptions({ resolution: 2 })).toEqual({ ...DEFAULT_BUILD_OPTIONS, resolution: 2 });
    expect(() => resolveOptions({ maxAuthors: 1 })).toThrow(/max authors must be a whole number of at least 2/);
    expect(() => resolveOptions({ resolution: -1 })).toThrow(/resolution must be a positive number/);
    expect(() => resolveOptions({ counting: 'half' as 'full' })).toThrow(/counting must be "fractional" or "full"/);
  });
});
