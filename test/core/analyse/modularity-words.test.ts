/** The modularity as the sidebar and the build report write it (a tester saw "MODULARITY -0.00" on a one-community map). */
import { describe, expect, it } from 'vitest';
import { bundleModularity, modularityFixed, modularityWords } from '../../../src/core/analyse/communities';
import { buildFiles, fixture } from '../helpers';

describe('modularity shown: never "-0.00"', () => {
  it('a value that rounds to zero is written 0, others as toFixed writes them', () => {
    expect(modularityFixed(-0, 2)).toBe('0.00');
    expect(modularityFixed(-1e-17, 4)).toBe('0.0000');
    expect(modularityFixed(-0.004, 2)).toBe('0.00');
    expect(modularityFixed(-0.25, 2)).toBe('-0.25');
    expect(modularityFixed(0.6789, 2)).toBe('0.68');
  });

  it('the one-community map of cases/01 reads "modularity 0.0000", not "-0.0000"', () => {
    const { bundle } = buildFiles([fixture('cases/01-ris-semicolon-authors.ris')]);
    const words = modularityWords(bundleModularity(bundle));
    expect(words).toMatch(/^modularity 0\.0000 /);
    expect(modularityWords({ ...bundleModularity(bundle), modularity: -0 }, 2)).toMatch(/^modularity 0\.00 /);
  });
});
