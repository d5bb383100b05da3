import { describe, expect, it } from 'vitest';
import { decodeDecisions, encodeDecisions } from '../../src/app/features/whoiswho/decisions-url';

describe('who-is-who decisions in the link', () => {
  it('round-trip merges, paper-level splits and verdicts, URL-safe', () => {
    const saved = {
      lines: [
        { variant: 'Ching-Yao Chung', canonical: 'Ching-Yao Chuang', paper: null },
        { variant: 'Jialiang Wang', canonical: 'Jialiang Wang (2)', paper: 'FaKnow: A Unified Library for Fake News Detection' },
        { variant: 'Zoë Ångström', canonical: 'Zoe Angstrom', paper: '10.1000/xyz?a=b&c' },
      ],
      decisions: { 'Ching-Yao Chuang\u0000Ching-Yao Chung': 'accepted' as const, 'A\u0000B': 'rejected' as const },
    };
    const value = encodeDecisions(saved);
    expect(value).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeDecisions(value)).toEqual(saved);
  });

  it('nothing to keep gives no parameter; a damaged or foreign value applies nothing', () => {
    expect(encodeDecisions({ lines: [], decisions: {} })).toBe('');
    expect(decodeDecisions('not-ours')).toBeNull();
    const value = encodeDecisions({ lines: [{ variant: 'A B', canonical: 'C D', paper: null }], decisions: {} });
    expect(decodeDecisions(value.slice(0, -4))).toBeNull();
  });
});
