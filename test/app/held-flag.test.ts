import { describe, expect, it } from 'vitest';
import { heldFlag } from '../../src/app/held-flag';

describe('a flag held while code runs', () => {
  it('is held inside, nested too, and released after a return or a throw', () => {
    const flag = heldFlag();
    expect(flag.held()).toBe(false);
    expect(flag.during(() => flag.during(() => flag.held()))).toBe(true);
    expect(flag.held()).toBe(false);
    expect(() => flag.during(() => { throw new Error('boom'); })).toThrow('boom');
    expect(flag.held()).toBe(false);
  });
});
