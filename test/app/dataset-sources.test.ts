/**
 * A served dataset rebuilt in the browser reads its alias file as the CLI does (core's decodeInput): a
 * Latin-1 alias file keeps its accents (issue 8: the rebuild decoded it as UTF-8 on its own and garbled it).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../src/app/data/dataset';
import type { DatasetEntry } from '../../src/app/data/load-bundle';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('sourcesOf', () => {
  it('decodes a Latin-1 alias file of a served dataset as Latin-1, with the note the CLI gives', async () => {
    // "Müller, Jörg\tMuller, Jorg" in Windows-1252: ü = 0xFC, ö = 0xF6
    const latin1 = Uint8Array.from([...'M', 0xfc, ...'ller, J', 0xf6, ...'rg\tMuller, Jorg\n'].map((c) => (typeof c === 'number' ? c : c.charCodeAt(0))));
    const served: Record<string, Uint8Array> = { 'data/x/papers.bib': new TextEncoder().encode('@article{a, title={T}, author={A, B}}\n'), 'data/x/aliases.tsv': latin1 };
    // the page's URL helpers read window.location when loaded: imported below, once it is there
    vi.stubGlobal('window', { location: { href: 'http://atlas.test/', search: '' } });
    const { sourcesOf } = await import('../../src/app/data/dataset-sources');
    vi.stubGlobal('fetch', async (url: string) => {
      const path = new URL(url).pathname.slice(1);
      const bytes = served[path];
      return bytes ? new Response(new Blob([bytes as Uint8Array<ArrayBuffer>])) : new Response('missing', { status: 404 });
    });
    const entry: DatasetEntry = { id: 'x', name: 'X', bundle: 'data/x/bundle.json', inputs: ['data/x/papers.bib'], aliases: 'data/x/aliases.tsv' };
    const sources = await sourcesOf({ id: 'x' } as Dataset, [entry]);
    expect(sources.aliases?.text).toBe('Müller, Jörg\tMuller, Jorg\n');
    expect(sources.aliases?.notes?.[0]?.note).toMatch(/not valid UTF-8 .*: read as Windows-1252/);
    expect(sources.inputs).toHaveLength(1);
    expect(sources.inputs[0]).toMatchObject({ kind: 'bytes', name: 'data/x/papers.bib' });
  });
});
