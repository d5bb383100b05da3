/**
 * Web of Science OI (ORCID iDs, "Surname, Given/0000-0002-1825-0097; ..."), a tester's finding 9: every author's
 * ORCID was null. Invented names; the iDs are valid ones (ISO 7064 MOD 11-2) unless a test says otherwise.
 */
import { describe, expect, it } from 'vitest';
import { buildText } from '../helpers';

const A = '0000-0002-1825-0097';
const B = '0000-0001-5109-3700';
const C = '0000-0003-4821-916X';

function plain(records: string[][]): string {
  return ['FN Clarivate Analytics Web of Science', 'VR 1.0', ...records.flatMap((r) => [...r, 'ER', '']), 'EF'].join('\n');
}

describe('Web of Science OI (ORCID iDs)', () => {
  it('plain text: OI iDs go to the AF names they match (also over continuation lines), and join one person across two spellings; RI is not an ORCID', () => {
    const text = plain([
      [
        'PT J',
        'AU Okafor, AN',
        '   Brandt, L',
        '   Sato, K',
        'AF Okafor, Adaeze N.',
        '   Brandt, Lukas',
        '   Sato, Kenji',
        'TI Peat moisture in a warm decade',
        'PY 2019',
        'RI Sato, Kenji/A-1234-2010',
        `OI Okafor, Adaeze N./${A};`,
        `   Brandt, Lukas/${B}`,
        'UT WOS:000000000000101',
      ],
      ['PT J', 'AU Okafor-Lind, A', 'AF Okafor-Lind, Adaeze', 'TI Peat moisture, ten years on', 'PY 2024', `OI Okafor-Lind, Adaeze/https://orcid.org/${A}`, 'UT WOS:000000000000102'],
    ]);
    const { bundle, report } = buildText('wos.txt', text, { labeler: null });
    const orcidOf = (n: string) => bundle.authors.orcid[bundle.authors.name.indexOf(n)];
    // "Okafor, Adaeze N." and "Okafor-Lind, Adaeze" share one ORCID: one person on two papers
    const k = bundle.authors.orcid.indexOf(A);
    expect(k).toBeGreaterThanOrEqual(0);
    expect(bundle.authors.paperCount[k]).toBe(2);
    expect(bundle.authors.name).toHaveLength(3);
    expect(orcidOf('Lukas Brandt')).toBe(B);
    expect(orcidOf('Kenji Sato')).toBeNull();
    expect(report.notes).toEqual([]);
  });

  it('an OI entry that matches no author, a bad check digit, an entry without a name, one iD given to two authors: each a note with its line, no iD used', () => {
    const text = plain([
      [
        'PT J',
        'AU Okafor, AN',
        '   Brandt, L',
        'AF Okafor, Adaeze N.',
        '   Brandt, Lukas',
        'TI Peat moisture in a warm decade',
        `OI Haddad, Rami/${C}; Okafor, Adaeze N./0000-0002-1825-009X`,
        `   ${B}`,
        `   Okafor, Adaeze N./${A}; Brandt, Lukas/${A}`,
        'UT WOS:000000000000101',
      ],
    ]);
    const { bundle, report } = buildText('wos.txt', text, { labeler: null });
    expect(bundle.authors.orcid[bundle.authors.name.indexOf('Adaeze N. Okafor')]).toBe(A);
    expect(bundle.authors.orcid[bundle.authors.name.indexOf('Lukas Brandt')]).toBeNull();
    expect(report.notes).toEqual([
      expect.objectContaining({ line: 9, record: 'WOS:000000000000101', note: `OI "Haddad, Rami/${C}" matches no author of this record (AF, AU); its ORCID is not used` }),
      expect.objectContaining({ line: 9, note: expect.stringMatching(/^ORCID "0000-0002-1825-009X" on "Okafor, Adaeze N\.": its check digit is wrong/) }),
      expect.objectContaining({ line: 10, note: `OI entry "${B}" has no author name before its ORCID: cannot tell whose it is; not used` }),
      expect.objectContaining({ line: 11, note: `OI gives ORCID ${A} to both "Okafor, Adaeze N." and "Brandt, Lukas"; kept for "Okafor, Adaeze N." only (one iD is one person)` }),
    ]);
  });

  it('a record with AU only: OI full names match surname and initials ("Zhang, Wei" is "Zhang, W")', () => {
    const text = plain([['PT J', 'AU Zhang, W', '   Zhang, X', '   Li, XY', 'TI Short names only', `OI Zhang, Wei/${A}; Li, Xiao-Yu/${B}`, 'UT WOS:000000000000103']]);
    const { bundle, report } = buildText('wos.txt', text, { labeler: null });
    expect(bundle.authors.orcid[bundle.authors.name.indexOf('W. Zhang')]).toBe(A);
    expect(bundle.authors.orcid[bundle.authors.name.indexOf('X. Y. Li')]).toBe(B);
    expect(bundle.authors.orcid[bundle.authors.name.indexOf('X. Zhang')]).toBeNull();
    expect(report.notes).toEqual([]);
  });

  it('tab-delimited: the OI column is read the same way, matched to AF names written in capitals, notes on the row\'s line', () => {
    const header = ['PT', 'AU', 'AF', 'TI', 'PY', 'RI', 'OI', 'UT'];
    const rows = [
      ['J', 'Zhang, W; Li, X', 'ZHANG, WEI; LI, XIAO-YU', 'Second record', '2019', 'Zhang, Wei/B-2222-2012', `Zhang, Wei/${A}; Moreau, Elise/${B}`, 'WOS:000000000000104'],
      ['J', 'Zhang, W', 'Zhang, Wei', 'Third record', '2020', '', `Zhang, Wei/${A}`, 'WOS:000000000000105'],
    ];
    const text = '\uFEFF' + [header, ...rows].map((r) => r.join('\t')).join('\r\n') + '\r\n';
    const { bundle, report } = buildText('wos-tab.txt', text, { labeler: null });
    expect(report.inputs[0]!.format).toBe('wos');
    const k = bundle.authors.orcid.indexOf(A);
    expect(bundle.authors.paperCount[k]).toBe(2);
    expect(bundle.authors.orcid.filter(Boolean)).toEqual([A]);
    expect(report.notes).toEqual([
      expect.objectContaining({ line: 2, record: 'WOS:000000000000104', field: 'OI', note: `OI "Moreau, Elise/${B}" matches no author of this record (AF, AU); its ORCID is not used` }),
      // the AF name in capitals: its reading is a guess, said (the given name "WEI", not the initials W. E. I.)
      expect.objectContaining({ line: 2, field: 'AF', note: 'AF: "ZHANG, WEI" is written in capitals; its given part "WEI" reads as a syllable: taken as a given name, not as the initials W. E. I. (shown "WEI ZHANG")' }),
    ]);
  });
});
