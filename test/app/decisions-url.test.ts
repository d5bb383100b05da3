import { describe, expect, it } from 'vitest';
import { decodeDecisions, encodeDecisions } from '../../src/app/features/whoiswho/decisions-url';

describe('who-is-who decisions in the link', () => {
  it('round-trip merges, paper-level splits, lines not applied yet and verdicts, URL-safe', () => {
    const saved = {
      lines: [
        { variant: 'Ching-Yao Chung', canonical: 'Ching-Yao Chuang', paper: null },
        { variant: 'Jialiang Wang', canonical: 'Jialiang Wang (2)', paper: 'FaKnow: A Unified Library for Fake News Detection' },
        { variant: 'Zoë Ångström', canonical: 'Zoe Angstrom', paper: '10.1000/xyz?a=b&c' },
      ],
      pending: [{ variant: 'Zhun Deng', canonical: 'Zhun Deng (2)', paper: 'Architecture Selection' }],
      dropped: [{ variant: 'A B', canonical: 'C D', paper: null }],
      decisions: { 'Ching-Yao Chuang\u0000Ching-Yao Chung': 'accepted' as const, 'A\u0000B': 'rejected' as const },
    };
    const value = encodeDecisions(saved);
    expect(value).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeDecisions(value)).toEqual(saved);
  });

  it('nothing to keep gives no parameter; a damaged or foreign value applies nothing', () => {
    expect(encodeDecisions({ lines: [], decisions: {} })).toBe('');
    expect(encodeDecisions({ lines: [], pending: [], dropped: [], decisions: {} })).toBe('');
    // accepted but not applied yet is worth keeping too
    const pendingOnly = encodeDecisions({ lines: [], pending: [{ variant: 'A B', canonical: 'C D', paper: null }], decisions: {} });
    expect(decodeDecisions(pendingOnly)).toEqual({ lines: [], pending: [{ variant: 'A B', canonical: 'C D', paper: null }], dropped: [], decisions: {} });
    expect(decodeDecisions('not-ours')).toBeNull();
    const value = encodeDecisions({ lines: [{ variant: 'A B', canonical: 'C D', paper: null }], decisions: {} });
    expect(decodeDecisions(value.slice(0, -4))).toBeNull();
  });
});
