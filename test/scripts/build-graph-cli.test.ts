import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ROOT, SEED_PATH } from '../core/helpers';
import { stderrProgress } from '../../scripts/lib/progress';
import { viewQuery } from '../../scripts/view';
import { readDatasetAbstracts } from '../../scripts/lib/write-dataset';
import { validateBundle } from '../../src/core/bundle/validate';
import type { Stage } from '../../src/core/pipeline';
import { runCli } from './cli-in-process';

/** One real process, to check the script runs as users start it (npm run build:graph: from its bundle; exit code, streams). */
const spawn = (args: string[]) => spawnSync(process.execPath, [join(ROOT, 'scripts', 'bundled.mjs'), 'build-graph', ...args], { cwd: ROOT, encoding: 'utf8' });

/** The CLI run in this process (cli-in-process.ts). */
const run = runCli;

afterEach(() => vi.restoreAllMocks());

describe('npm run build:graph', () => {
  it('builds the seed: bundle, abstracts and report, with a summary on stdout', () => {
    const out = mkdtempSync(join(tmpdir(), 'atlas-cli-'));
    const r = run([SEED_PATH, '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/9 papers .*109 authors/);
    expect(r.stdout).toMatch(/3926 co-author pairs/);
    // ends with how to open the result
    expect(r.stdout.trim().split('\n').at(-1)).toBe(`open it: npm run view -- ${out}`);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    for (const key of ['papers', 'authorNames', 'authors', 'authorships', 'coauthorPairs', 'communities', 'modularity', 'merged', 'skipped', 'timingsMs'])
      expect(report).toHaveProperty(key);
    const bundle = JSON.parse(readFileSync(join(out, 'bundle.json'), 'utf8'));
    expect(bundle.kind).toBe('coauthor-atlas');
    expect(bundle.format).toBe(3);
    // the seed's 9 abstracts, in one chunk file (abstracts in chunks: bundle format 3)
    expect(bundle.abstractChunks).toEqual({ dir: 'abstracts/', size: 200, count: 1 });
    expect(readdirSync(join(out, 'abstracts'))).toEqual(['0.json']);
    const abstracts = readDatasetAbstracts(out, validateBundle(bundle, 'bundle.json'));
    expect(abstracts).toHaveLength(9);
    expect(abstracts.filter((a) => a !== null)).toHaveLength(bundle.papers.hasAbstract.filter((h: number) => h === 1).length);
    expect(abstracts.every((a) => a === null || a.length > 50)).toBe(true);
    expect(readdirSync(out).sort()).toEqual(['abstracts', 'bundle.json', 'preview.json', 'report.json']);
    // Built twice: byte-identical bundle.
    const first = readFileSync(join(out, 'bundle.json'));
    // Built again by the real script in its own process: exit 0 and a byte-identical bundle.
    const again = spawn([SEED_PATH, '--out', out]);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/9 papers .*109 authors/);
    expect(readFileSync(join(out, 'bundle.json')).equals(first)).toBe(true);
  });

  it('an alias file that maps one name to two people: the build goes on, with a note naming the file and line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-alias-'));
    const papers = join(dir, 'orla.jsonl');
    writeFileSync(
      papers,
      [
        { id: 'p1', title: 'Lattice kites', authors: ['Orla P. Vennick', 'Tam Ruiz'], year: 2019 },
        { id: 'p2', title: 'Kite lattices', authors: ['Orla Vennick', 'Tam Ruiz'], year: 2020 },
      ]
        .map((p) => JSON.stringify(p))
        .join('\n'),
    );
    const aliases = join(dir, 'aliases.tsv');
    writeFileSync(aliases, 'Orla Vennick\tOrla P. Vennick\nOrla Vennick\tOrla Pia Vennick\n');
    const r = run([papers, '--out', join(dir, 'out'), '--aliases', aliases]);
    expect(r.status).toBe(0);
    // files are named by their names, not their folders (report.json is shared; the terminal says the same)
    expect(r.stderr).toContain(`note: ${basename(aliases)}:2: alias line 2 maps "Orla Vennick" to "Orla Pia Vennick", line 1 to "Orla P. Vennick": one name, two people`);
  });

  it('bad input: exit code 1, a one-line reason with file and line, and no bundle written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-bad-'));
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, 'Doe, Jane\nA title\nDoe, Jane, Roe\nAbstract');
    const out = join(dir, 'out');
    const r = run([bad, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`build-graph: ${basename(bad)}:3: no paper could be read from this plain paper list file: authors line has 3 comma-separated parts`);
    expect(existsSync(join(out, 'bundle.json'))).toBe(false);
  });

  it('a plain paper list with one broken authors line: the others build, and the summary names the skipped record by file:line and problem (as the page does)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-skip-'));
    const list = join(dir, 'list.txt');
    writeFileSync(list, 'Doe, Jane\nA title\nDoe, Jane, Roe, Rick\nAbstract\nKelp at night\nDoe, Jane, Roe\nKelp grows.\nThird\nRoe, Rick, Doe, Jane\nMore.\n');
    const out = join(dir, 'out');
    const r = run([list, '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('skipped list.txt:6: authors line has 3 comma-separated parts, an odd number: names must come in "Last, First" pairs (Kelp at night)');
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.papers).toBe(2);
    expect(report.skipped).toEqual([{ file: 'list.txt', line: 6, reason: 'authors line has 3 comma-separated parts, an odd number: names must come in "Last, First" pairs', record: 'Kelp at night' }]);
  });

  it('a missing file and bad options are clear one-line errors', () => {
    const out = mkdtempSync(join(tmpdir(), 'atlas-x-'));
    expect(run(['nope.txt', '--out', out]).stderr).toMatch(/cannot read nope\.txt: no such file/);
    expect(run([SEED_PATH, '--out', out, '--counting', 'half']).stderr).toMatch(/--counting must be/);
    expect(run([SEED_PATH]).stderr).toMatch(/--out DIR is required/);
  });

  it('progress: each slow stage once; in a log (not a terminal) no runs of percentages', () => {
    const lines: string[] = [];
    let clock = 0;
    const report = stderrProgress({ write: (t) => lines.push(t), isTTY: false, now: () => clock });
    const run = (stage: Stage, ms: number, steps: number[]) => {
      report(stage, 0);
      for (const f of steps) {
        clock += ms / (steps.length + 1);
        report(stage, f);
      }
      clock += ms / (steps.length + 1);
      report(stage, 1);
    };
    run('ingest', 1500, [0.33, 0.67]);
    report('ingest', 1); // a second "done" for a stage is not printed again
    run('names', 200, []);
    run('layout', 30_000, Array.from({ length: 35 }, (_, i) => (i + 1) / 36));
    expect(lines.join('')).toBe('ingest: done in 1.5 s\nlayout…\nlayout: done in 30.0 s\n');
  });

  it('view: the address opens a bundle under public/ by its path, any other folder through /_view/', () => {
    expect(viewQuery(join(ROOT, 'public', 'data', 'lab'))).toBe('?bundle=data/lab/bundle.json');
    expect(viewQuery(join(tmpdir(), 'lab'))).toBe('?bundle=_view/bundle.json');
  });

  it('a map written under a data/ folder gets copies of its paper lists, so the explorer can apply decisions to it', () => {
    // a site of its own (app root / data / lab), the paper lists elsewhere (as ../shared/corpora is)
    const site = mkdtempSync(join(tmpdir(), 'atlas-site-'));
    const lists = mkdtempSync(join(tmpdir(), 'atlas-lists-'));
    const seed = join(lists, 'lab.txt');
    writeFileSync(seed, readFileSync(SEED_PATH));
    const aliases = join(lists, 'lab-aliases.tsv');
    writeFileSync(aliases, 'Ching-Yao Chung\tChing-Yao Chuang\n');
    const out = join(site, 'data', 'lab');
    const r = run([seed, '--aliases', aliases, '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`2 files copied into ${join(out, 'sources')}/`);
    expect(r.stdout).toContain('so the explorer can apply who-is-who decisions to this map (--no-sources: leave them out)');
    // byte for byte, and listed in the site's index where the explorer fetches them from
    expect(readFileSync(join(out, 'sources', 'lab.txt'))).toEqual(readFileSync(seed));
    expect(readFileSync(join(out, 'sources', 'lab-aliases.tsv'), 'utf8')).toBe('Ching-Yao Chung\tChing-Yao Chuang\n');
    const entry = (JSON.parse(readFileSync(join(site, 'data', 'index.json'), 'utf8')) as { id: string; inputs?: string[]; aliases?: string }[]).find((e) => e.id === 'lab');
    expect(entry?.inputs).toEqual(['data/lab/sources/lab.txt']);
    expect(entry?.aliases).toBe('data/lab/sources/lab-aliases.tsv');
    // built again from its own copy (the old sources/ folder is replaced): the copy is kept, not lost
    const again = run([join(out, 'sources', 'lab.txt'), '--out', out]);
    expect(again.status).toBe(0);
    expect(readFileSync(join(out, 'sources', 'lab.txt'))).toEqual(readFileSync(seed));
    expect(existsSync(join(out, 'sources', 'lab-aliases.tsv'))).toBe(false);
    // --no-sources: no copies, and the index lists no paper list (the explorer offers the alias file only)
    const bare = run([seed, '--out', out, '--no-sources']);
    expect(bare.status).toBe(0);
    expect(bare.stdout).not.toContain('copied into');
    expect(existsSync(join(out, 'sources'))).toBe(false);
    expect((JSON.parse(readFileSync(join(site, 'data', 'index.json'), 'utf8')) as { id: string; inputs?: string[] }[]).find((e) => e.id === 'lab')?.inputs).toBeUndefined();
    // a folder not under data/ is no site's map: nothing copied
    const loose = join(site, 'loose');
    expect(run([seed, '--out', loose]).stdout).not.toContain('copied into');
    expect(existsSync(join(loose, 'sources'))).toBe(false);
  });

  it('--help lists the options', () => {
    const r = run(['--help']);
    expect(r.status).toBe(0);
    const help = r.stdout;
    for (const flag of ['--out', '--format', '--counting', '--max-authors', '--resolution', '--seed', '--aliases', '--no-sources']) expect(help).toContain(flag);
  });
});
