import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/pipeline';
import { properlyMarked } from '../../../src/core/names/marked-spelling';

/**
 * The shown name of a merged person: a less frequent spelling that only adds the marks the most frequent one lacks
 * (on the 30k ACL map "Frederic Bechet" was shown over "Frédéric Béchet", 73 people so). Invented names.
 */
function shown(names: string[]) {
  const text = names.map((n, i) => JSON.stringify({ title: `Paper ${i}`, authors: [n, 'Bo Lindqvist'], year: 2020 })).join('\n') + '\n';
  const { bundle, report } = buildDataset([{ name: 't.jsonl', text }]);
  const i = bundle.authors.name.findIndex((n) => n !== 'Bo Lindqvist');
  const merge = report.merged.find((m) => m.kind === 'person' && m.kept === bundle.authors.name[i]);
  return { name: bundle.authors.name[i], aliases: bundle.authors.aliases[i], people: bundle.authors.name.length, reason: merge?.reason ?? '' };
}

describe('a spelling that only adds marks is shown over the more frequent plain one (a tester: "Frederic Bechet" over "Frédéric Béchet")', () => {
  it('the marked spelling is shown, the plain one listed as another spelling, and the merge entry says why', () => {
    const r = shown(['Ladislav Kovac', 'Ladislav Kovac', 'Ladislav Kovac', 'Ladislav Kováč']);
    expect(r.name).toBe('Ladislav Kováč');
    expect(r.aliases).toEqual(['Ladislav Kovac']);
    expect(r.people).toBe(2);
    expect(r.reason).toContain('shown as "Ladislav Kováč" (written 1×) rather than the more frequent "Ladislav Kovac" (3×): the same letters with the marks it leaves out');
  });
  it('of several, the one whose marks hold all the others\' ("Hélène Brévart" over "Hélène Brevart"), in any order', () => {
    const names = ['Helene Brevart', 'Hélène Brevart', 'Helene Brevart', 'Hélène Brévart', 'Helene Brevart'];
    expect(shown(names).name).toBe('Hélène Brévart');
    expect(shown([...names].reverse()).name).toBe('Hélène Brévart');
  });
  it('marks added to a most frequent spelling that has some already, and capitals whole in the plain one', () => {
    expect(shown(['Hélène Brevart', 'Hélène Brevart', 'Hélène Brévart']).name).toBe('Hélène Brévart');
    expect(shown(['HELENE BREVART', 'HELENE BREVART', 'Hélène Brévart']).name).toBe('Hélène Brévart');
  });
  it('ő or ű is shown over a more frequent stand-in for it (õ, ô, ũ, û)', () => {
    expect(shown(['Pál Kõvári', 'Pál Kõvári', 'Pál Kővári']).name).toBe('Pál Kővári');
    expect(shown(['B Szûts', 'B Szûts', 'B Szuts', 'B Szűts']).name).toBe('B Szűts');
  });
  it('õ and ũ where they are letters: Vietnamese "Vũ", Portuguese "Simões"', () => {
    expect(shown(['Thanh Vu', 'Thanh Vu', 'Thanh Vũ']).name).toBe('Thanh Vũ');
    expect(shown(['Rita Simoes', 'Rita Simoes', 'Rita Simões']).name).toBe('Rita Simões');
  });
});

describe('marks that are doubtful are not shown over the more frequent spelling', () => {
  it('a tilde put for the double acute ("B Szũts", BibTeX \\~{u} for \\H{u}) loses to the plain spelling and to the proper one', () => {
    expect(shown(['B Szuts', 'B Szuts', 'B Szũts']).name).toBe('B Szuts');
    expect(shown(['B Szuts', 'B Szuts', 'B Szuts', 'B Szũts', 'B Szũts', 'B Szűts']).name).toBe('B Szűts');
    expect(shown(['Kata Gombos', 'Kata Gombos', 'Kata Gõmbos']).name).toBe('Kata Gombos');
  });
  it('a mark that does not compose under NFC (u + combining dot above, "Gu̇nay"): not chosen, nor does it stand against the proper one', () => {
    const r = shown(['Cemal Gunay', 'Cemal Gunay', 'Cemal Gu\u0307nay']);
    expect(r.name).toBe('Cemal Gunay');
    expect(r.aliases).toEqual(['Cemal Gu\u0307nay']);
    // (were it a candidate, "Gu̇nay" and "Günay", marked otherwise and written once each, would leave "Gunay")
    expect(shown(['Cemal Gunay', 'Cemal Gunay', 'Cemal Gu\u0307nay', 'Cemal Günay']).name).toBe('Cemal Günay');
  });
  it('two spellings marked otherwise, written equally often: neither is chosen blindly, the plain one stays; a third holding both marks is', () => {
    expect(shown(['Imre Vasky', 'Imre Vasky', 'Imre Vasky', 'Imre Vásky', 'Imre Vaský']).name).toBe('Imre Vasky');
    expect(shown(['Imre Vasky', 'Imre Vasky', 'Imre Vasky', 'Imre Vásky', 'Imre Vaský', 'Imre Váský']).name).toBe('Imre Váský');
  });
  it('two spellings marked otherwise: the one written more often, the other named in the merge entry', () => {
    const r = shown(['Imre Vasky', 'Imre Vasky', 'Imre Vasky', 'Imre Vásky', 'Imre Vásky', 'Imre Vaský']);
    expect(r.name).toBe('Imre Vásky');
    expect(r.reason).toContain('not "Imre Vaský" (1×), marked otherwise and written less often');
  });
  it('a marked spelling in capitals whole does not beat mixed case, nor stand against the mixed-case one', () => {
    expect(shown(['Emile Roux', 'Emile Roux', 'ÉMILE ROUX']).name).toBe('Emile Roux');
    expect(shown(['Emile Roux', 'Emile Roux', 'ÉMILE ROUX', 'Émile Roux']).name).toBe('Émile Roux');
  });
  it('a spelling that changes a mark rather than adding one (à / á) stays behind the more frequent; one that adds to it wins', () => {
    expect(shown(['Pàl Dusa', 'Pàl Dusa', 'Pál Dúsa']).name).toBe('Pàl Dusa');
    expect(shown(['Pàl Dusa', 'Pàl Dusa', 'Pál Dúsa', 'Pàl Dúsa']).name).toBe('Pàl Dúsa');
  });
});

describe('properlyMarked', () => {
  it('a spelling only an alias file renamed (written 0 times) is not chosen: the file named the person', () => {
    expect(properlyMarked([['Emile Roux', 3], ['Émile Roux', 0]], 'Emile Roux')).toBeNull();
    expect(properlyMarked([['Emile Roux', 3], ['Émile Roux', 1]], 'Emile Roux')?.spelling).toBe('Émile Roux');
  });
  it('other letters than marks: not chosen', () => {
    expect(properlyMarked([['Ana Lopes', 3], ['Ana López', 1]], 'Ana Lopes')).toBeNull();
    expect(properlyMarked([['Ana Lopes', 3], ['Ana Lópes Ruiz', 1]], 'Ana Lopes')).toBeNull();
  });
  it('Estonian õ is read as a stand-in too: the plain spelling is kept, as before (conservative)', () => {
    expect(properlyMarked([['Tiit Pold', 2], ['Tiit Põld', 1]], 'Tiit Pold')).toBeNull();
  });
});
