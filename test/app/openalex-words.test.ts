import { describe, expect, it } from 'vitest';
import { missingImportProblem } from '../../src/app/features/import/missing-words';
import { recordsFrom } from '../../src/app/features/import/report-words';
import { baseFromUrl, baseProblemText } from '../../src/app/features/openalex/settings';
import { keptAfterFailure } from '../../src/app/features/openalex/words';
import { makeQuery, noWorksMessage } from '../../src/core/openalex/index';
import type { BuildReport } from '../../src/core/bundle/report-types';

describe('a link to an imported map this browser does not have', () => {
  it('an OpenAlex map: made in another browser, fetch it again from the link\'s server (not "removed")', () => {
    const p = missingImportProblem({ removed: null, openalex: { what: 'Nadia Ferreira (author A5100000009)', host: '127.0.0.1:5301' }, names: false });
    expect(p.title).toBe('This map was fetched from OpenAlex in another browser');
    expect(p.detail).toContain('Fetch it again from 127.0.0.1:5301 (the offer above)');
    expect(p.detail).not.toMatch(/was removed/);
  });

  it('an imported file with names= decisions: imported in another browser, its paper list on that machine; offers Import', () => {
    const p = missingImportProblem({ removed: null, openalex: null, names: true });
    expect(p.title).toBe('This map was imported in another browser');
    expect(p.detail).toContain('Its paper list is on the machine it was imported on');
    expect(p.detail).toContain('use Import');
    expect(p.detail).toContain('(and the alias file, if one was used)');
    expect(p.detail).not.toMatch(/was removed/);
  });

  it('one removed here (remembered): says so, with the date and name', () => {
    const p = missingImportProblem({ removed: { name: 'Reef survey 2024', at: Date.UTC(2026, 11, 1, 12) }, openalex: null, names: false });
    expect(p.title).toBe('This map was removed from this browser');
    expect(p.detail).toContain('"Reef survey 2024" was removed in the dataset switcher on 1 Dec 2026');
  });
});

describe('OpenAlex words', () => {
  it('a ?openalex= that is not a URL is kept as written with why it cannot be used (never swapped for api.openalex.org)', () => {
    const got = baseFromUrl('?openalex=not%20a%20url');
    expect(got?.base).toBe('not a url');
    expect(got?.problem).toContain('This page\'s address asks for OpenAlex at "not a url" (?openalex=), which cannot be used');
    expect(got?.problem).toContain('Nothing was sent to OpenAlex');
    expect(baseFromUrl('?openalex=http%3A%2F%2F127.0.0.1%3A5301%2F')).toEqual({ base: 'http://127.0.0.1:5301', problem: null });
    expect(baseFromUrl('?ds=x')).toBeNull();
    expect(baseProblemText('ftp://x', new Error('must start with https://'))).toContain('cannot be used: must start with https://.');
  });

  it('no works: one sentence for the explorer and the CLI, with the years asked', () => {
    expect(noWorksMessage(makeQuery({ kind: 'author', value: 'A5100000009', label: 'Nadia Ferreira', fromYear: '2030', toYear: '2031' }))).toBe(
      'OpenAlex has no works for Nadia Ferreira (author A5100000009) in 2030–2031.',
    );
    expect(noWorksMessage(makeQuery({ kind: 'search', value: 'kelp', fromYear: '2030' }))).toBe('OpenAlex has no works for search "kelp" from 2030 on.');
  });

  it('a failed fetch says the works fetched before it were discarded', () => {
    expect(keptAfterFailure(200)).toBe('The 200 works fetched before it were discarded: nothing was kept; Fetch map starts again.');
    expect(keptAfterFailure(0)).toBe('Nothing was fetched or kept.');
  });

  it('the build report of a fetched map says "from OpenAlex", not "from 1 file"', () => {
    const base = { inputs: [{ file: 'works.jsonl', format: 'openalex', records: 230 }] } as unknown as BuildReport;
    const fetched = { description: 'Nadia Ferreira (author A5100000009)' } as BuildReport['fetched'];
    expect(recordsFrom({ ...base, fetched })).toBe('from OpenAlex (the query above)');
    expect(recordsFrom({ ...base, inputs: [...base.inputs, { file: 'more.bib', format: 'bibtex', records: 3 }], fetched } as BuildReport)).toBe('from OpenAlex and 1 file');
    expect(recordsFrom(base)).toBe('from 1 file');
  });
});
