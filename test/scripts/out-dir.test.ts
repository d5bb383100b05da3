import { spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { checkOutDir, readDatasetAbstracts, recoverOutDir, registerDataset, writeDataset } from '../../scripts/lib/write-dataset';
import { previewMatches, readPreviewFile } from '../../src/core/bundle/preview';
import { PREVIEW_FILE } from '../../src/core/bundle/file-names';
import { validateBundle } from '../../src/core/bundle/validate';
import { aclMain, buildFiles, ROOT, SEED_PATH } from '../core/helpers';
import { runCli } from './cli-in-process';

/** The CLI in this process (cli-in-process.ts; build-graph-cli.test.ts keeps a spawned run of it). */
const cli = (args: string[]) => runCli(args);

/** The papers count of the one whole build `dir` holds; throws when its files come from different builds. */
function wholeBuild(dir: string): number {
  const bundle = validateBundle(JSON.parse(readFileSync(join(dir, 'bundle.json'), 'utf8')), 'bundle.json');
  const n = bundle.papers.title.length;
  const abstracts = readDatasetAbstracts(dir, bundle);
  if (abstracts.some((a, i) => (a !== null) !== (bundle.papers.hasAbstract[i] === 1))) throw new Error('the abstracts are not of the bundle\'s build');
  const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { papers: number; authors: number };
  if (report.papers !== n || report.authors !== bundle.authors.name.length) throw new Error(`report.json (${report.papers} papers) is not of the bundle's build (${n})`);
  // the first picture the viewer draws before the bundle: of this build too
  const preview = readPreviewFile(JSON.parse(readFileSync(join(dir, PREVIEW_FILE), 'utf8')));
  if (!preview || !previewMatches(preview, bundle)) throw new Error(`${PREVIEW_FILE} is not of the bundle's build (${n})`);
  return n;
}

describe('--out problems are one build-graph: line, never a stack trace', () => {
  const input = join(ROOT, 'test', 'fixtures', 'break', 'jsonl-fractional-year.jsonl');
  const dir = mkdtempSync(join(tmpdir(), 'atlas-out-'));
  const file = join(dir, 'a-file.txt');
  writeFileSync(file, 'x');

  it.each([
    ['an existing file', file, `build-graph: --out ${file} is a file, not a folder`],
    ['a path below a file', join(file, 'below'), `build-graph: --out ${join(file, 'below')}: ${file} is a file, so no folder can be made below it`],
  ])('%s', (_what, out, message) => {
    const r = cli([input, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a folder the user cannot write', () => {
    // As root every folder is writable, but /sys is not; otherwise a folder without write permission.
    let out = '/sys/coauthor-atlas-test';
    if (process.getuid?.() !== 0) {
      const locked = join(dir, 'locked');
      mkdirSync(locked);
      chmodSync(locked, 0o555);
      out = join(locked, 'out');
    }
    const r = cli([input, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^build-graph: cannot write --out ${out}: no permission to write there`));
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('--out where no folder can be made', () => {
  // /proc refuses new entries with ENOENT; Node's recursive mkdir looped forever there and the build hung silently
  it.runIf(existsSync('/proc/self'))('a folder in /proc is refused at once, in one sentence', () => {
    expect(() => checkOutDir('/proc/coauthor-atlas-test')).toThrow('cannot write --out /proc/coauthor-atlas-test: no folder can be made there');
    expect(() => checkOutDir('/proc/coauthor-atlas-test/deeper/still')).toThrow('no folder can be made there');
  });
});

describe('a dataset is written as a whole', () => {
  it('files beside the build (works.jsonl.gz, the user\'s own) are kept, stale leftovers of killed runs are cleaned', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'atlas-out-')), 'ds');
    const seed = buildFiles([SEED_PATH]);
    writeDataset(out, seed);
    writeFileSync(join(out, 'works.jsonl.gz'), 'kept');
    writeFileSync(join(out, 'bundle.json.99999999.tmp'), 'partial');
    writeFileSync(join(out, 'abstracts.json'), '[] (a format-2 build\'s single abstracts file: replaced, not kept)');
    mkdirSync(join(out, '..', '.ds.building-99999999'));
    // the writability probe of a run killed while making it (the kill test below met one)
    mkdirSync(join(out, '..', '.ds.probe-99999999'));
    writeDataset(out, aclMain());
    expect(readdirSync(out).sort()).toEqual(['abstracts', 'bundle.json', 'preview.json', 'report.json', 'works.jsonl.gz']);
    expect(readFileSync(join(out, 'works.jsonl.gz'), 'utf8')).toBe('kept');
    expect(readdirSync(join(out, '..'))).toEqual(['ds']);
    expect(wholeBuild(out)).toBe(3022);
  });

  it('SIGKILL at random moments of the write phase: --out always holds one whole build (or, between the two renames, the next run restores it)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-kill-'));
    const out = join(dir, 'ds');
    const small = join(dir, 'small.json');
    const big = join(dir, 'big.json');
    const seed = buildFiles([SEED_PATH]);
    writeFileSync(small, JSON.stringify(seed));
    // --out starts with a whole earlier build, as a rebuild finds it (a kill before the first write finished would
    // otherwise leave nothing to keep, and the check below would depend on how fast the child started)
    writeDataset(out, seed);
    writeFileSync(big, JSON.stringify(aclMain()));
    // The writer bundled once into plain JavaScript (esbuild, as scripts/bundled.mjs does for the CLI), so each of
    // the nine writers is a bare node process: through tsx each spent ~1 CPU-s starting its loader and
    // transpiling the writer's modules, most of this test's CPU. Node itself runs it, so the SIGKILL hits the
    // writing process, not a wrapper.
    const writerJs = join(dir, 'write-child.mjs');
    await build({ entryPoints: [join(ROOT, 'test', 'scripts', 'write-child.ts')], outfile: writerJs, bundle: true, platform: 'node', format: 'esm', logLevel: 'error' });
    const seen = new Map<string, number>();
    const start = (into: string) => {
      const child = spawn(process.execPath, [writerJs, into, small, big], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
      const lines: number[] = [];
      child.stdout.setEncoding('utf8').on('data', (text: string) => {
        for (const _ of text.split('\n').filter(Boolean)) lines.push(performance.now());
      });
      const until = (n: number) => new Promise<void>((resolve) => {
        const check = () => (lines.length >= n ? resolve() : setTimeout(check, 5));
        check();
      });
      const kill = () => {
        child.kill('SIGKILL');
        return new Promise((r) => child.once('exit', r));
      };
      return { lines, until, kill };
    };
    // One writer's cycle (a write of the 9-paper build, then one of the 3k build) measured on this machine, so the
    // kills below fall at spread moments of both writes, whatever the machine's speed or load.
    const probe = start(out);
    await probe.until(3); // ready, wrote (9 papers), wrote (3k)
    const cycleMs = probe.lines[2]! - probe.lines[0]!;
    await probe.kill();
    recoverOutDir(out);
    // The kills run side by side, each writer into its own --out that starts as a copy of the whole earlier build
    // (starting a writer, node + tsx + parsing the 3k build, is most of this test's time)
    const KILLS = 8;
    const outs = Array.from({ length: KILLS }, (_, k) => {
      const o = join(dir, `ds${k}`);
      cpSync(out, o, { recursive: true });
      return o;
    });
    await Promise.all(
      outs.map(async (o, k) => {
        const writer = start(o);
        await writer.until(1);
        await new Promise((r) => setTimeout(r, ((k + 0.5) / KILLS) * cycleMs));
        await writer.kill();
      }),
    );
    for (const o of outs) {
      let state: string;
      if (existsSync(join(o, 'bundle.json'))) state = `whole build of ${wholeBuild(o)} papers`;
      else if (!existsSync(o)) state = 'missing (killed between the two renames)';
      else throw new Error(`--out exists without bundle.json: ${readdirSync(o).join(', ')}`);
      seen.set(state, (seen.get(state) ?? 0) + 1);
      recoverOutDir(o);
      expect([9, 3022]).toContain(wholeBuild(o));
      expect(readdirSync(o).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    }
    expect(readdirSync(dir).sort()).toEqual(['big.json', 'ds', ...outs.map((o) => o.slice(dir.length + 1)), 'small.json', 'write-child.mjs'].sort());
    console.log(`kill test, one write cycle ${cycleMs.toFixed(0)} ms, ${KILLS} kills: ${[...seen].map(([s, n]) => `${n}x ${s}`).join('; ')}`);
    expect([...seen.values()].reduce((a, b) => a + b, 0)).toBe(KILLS);
  });
});

describe('public/data/index.json: a sample rebuilt stays a sample', () => {
  it("the seed rebuilt into its own folder by the README's build:graph line keeps its sample mark; another dataset gets none", () => {
    const data = join(mkdtempSync(join(tmpdir(), 'atlas-index-')), 'data');
    const seed = buildFiles([SEED_PATH]);
    registerDataset(join(data, 'wang-jialiang'), seed, null, true);
    // the user's rebuild (the CLI passes no sample mark)
    registerDataset(join(data, 'wang-jialiang'), seed, null);
    registerDataset(join(data, 'lab'), seed, null);
    const entries = JSON.parse(readFileSync(join(data, 'index.json'), 'utf8')) as { id: string; sample?: boolean }[];
    expect(entries.map((e) => [e.id, e.sample === true])).toEqual([
      ['wang-jialiang', true],
      ['lab', false],
    ]);
  });
});
