/**
 * The preview file (core/bundle/preview.ts, `preview.json` beside the bundle): the build writes it, and what the
 * viewer draws from it before the bundle is there is what it draws from the bundle (graph/lod.ts `previewDisplay`,
 * the overview's first picture) for the same page: the same nodes in the same order with the same attributes,
 * the same links, the same frame, the same community labels' places and colours. A file that does not belong to
 * the bundle is noticed (`previewMatches`), and a click on its picture before the bundle is in opens that author
 * only when it does (acl_2020_main: a big map; the seed: drawn whole, no picture).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makePreviewFile, previewMatches, readPreviewFile, type PreviewFile } from '../../src/core/bundle/preview';
import { PREVIEW_FILE } from '../../src/core/bundle/file-names';
import type { Bundle } from '../../src/core/bundle/types';
import { previewDisplay, previewFromFile } from '../../src/app/graph/lod';
import { nodeAttrFactory, type AtlasGraph } from '../../src/app/graph/sigma-graph';
import { communityNodeColours, labelDotColours, nodeColours } from '../../src/app/graph/colours';
import { communityExtents } from '../../src/app/graph/label-placement';
import { computeVisibility, DEFAULT_FILTERS } from '../../src/app/graph/visibility';
import { prepareDataset } from '../../src/app/data/dataset';
import { createAtlasStore } from '../../src/app/store';
import { writeDataset } from '../../scripts/lib/write-dataset';
import { aclMain, buildFiles, SEED_PATH } from '../core/helpers';

const acl = aclMain();
const dirs: string[] = [];
const tmp = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-preview-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Nodes and edges in insertion order (Sigma draws in that order within a z-index), with their attributes. */
const contents = (g: AtlasGraph) => ({
  nodes: g.mapNodes((n, a) => [n, { ...a }]),
  edges: g.mapEdges((e, a, s, t) => [e, s, t, { ...a }]),
});

/** The file the build wrote into `dir`, read back as the viewer reads it. */
const written = (dir: string): PreviewFile => readPreviewFile(JSON.parse(readFileSync(path.join(dir, PREVIEW_FILE), 'utf8')))!;

describe('the preview file', () => {
  const out = path.join(tmp(), 'acl');
  writeDataset(out, acl);
  const file = written(out);

  it('is written beside the bundle, small, of its format, and what makePreviewFile gives for that bundle', () => {
    expect(file).not.toBeNull();
    expect(file).toEqual(makePreviewFile(acl.bundle));
    expect(file.bundle).toEqual({ format: acl.bundle.format, authors: acl.bundle.authors.name.length, papers: acl.bundle.papers.title.length, links: acl.bundle.coauthorLinks.source.length });
    const bytes = readFileSync(path.join(out, PREVIEW_FILE)).length;
    expect(bytes).toBeLessThan(readFileSync(path.join(out, 'bundle.json')).length / 5);
    expect(file.picture!.authors.index.length).toBe(1500);
  });

  it("draws, in either theme, the picture the bundle's own first picture is on a plain page: nodes, order, attributes, links, frame", () => {
    const visibility = computeVisibility(acl.bundle, DEFAULT_FILTERS, 'papers');
    for (const theme of ['light', 'dark'] as const) {
      const fromBundle = previewDisplay(acl.bundle, nodeAttrFactory(acl.bundle, theme, 'community'), visibility.author)!;
      const fromFile = previewFromFile(file.picture!, theme);
      expect(fromFile.display.order).toBe(1500);
      expect(fromFile.display.size).toBeGreaterThan(500);
      expect(contents(fromFile.display)).toEqual(contents(fromBundle.display));
      expect(fromFile.bbox).toEqual(fromBundle.bbox);
      // the community labels: same places (extents) and dot colours as from the bundle
      expect(communityNodeColours(file.picture!.communities.size, theme).author).toEqual(labelDotColours(acl.bundle, theme, 'community'));
      expect(communityNodeColours(file.picture!.communities.size, theme).authorDim).toEqual(
        acl.bundle.communities.map((c) => nodeColours(acl.bundle, theme, 'community').authorDim[acl.bundle.authors.community.indexOf(c.id)]),
      );
    }
    const extents = communityExtents(acl.bundle, visibility.author);
    expect(file.picture!.extents.map((e, i) => e ?? (i % 4 < 2 ? Infinity : -Infinity))).toEqual(Array.from(extents));
    expect(file.picture!.communities.label).toEqual(acl.bundle.communities.map((c) => c.label));
  });

  it('is told apart from a bundle it was not made for, and refused when of another format or inconsistent', () => {
    expect(previewMatches(file, acl.bundle)).toBe(true);
    const moved = structuredClone(acl.bundle) as Bundle;
    moved.authors.x[file.picture!.authors.index[700]!] += 1;
    expect(previewMatches(file, moved)).toBe(false);
    const relabelled = structuredClone(acl.bundle) as Bundle;
    relabelled.communities[3]!.label = 'something else';
    expect(previewMatches(file, relabelled)).toBe(false);
    const reweighted = structuredClone(acl.bundle) as Bundle;
    reweighted.coauthorLinks.weight[file.picture!.links.index[10]!] += 0.5;
    expect(previewMatches(file, reweighted)).toBe(false);
    const seed = buildFiles([SEED_PATH]).bundle;
    expect(previewMatches(file, seed)).toBe(false);

    expect(readPreviewFile({ ...file, format: 2 })).toBeNull();
    expect(readPreviewFile({ ...file, picture: { ...file.picture!, authors: { ...file.picture!.authors, x: file.picture!.authors.x.slice(1) } } })).toBeNull();
    // a link whose end is not drawn
    const links = { ...file.picture!.links, source: [...file.picture!.links.source] };
    links.source[0] = acl.bundle.authors.name.length - 1 === file.picture!.authors.index[0] ? 0 : acl.bundle.authors.name.length - 1;
    expect(readPreviewFile({ ...file, picture: { ...file.picture!, links } })).toBeNull();
    expect(readPreviewFile('not a preview')).toBeNull();
  });

  it('holds no picture for a map drawn whole (the seed)', () => {
    const dir = path.join(tmp(), 'seed');
    const seed = buildFiles([SEED_PATH]);
    writeDataset(dir, seed);
    const small = written(dir);
    expect(small.picture).toBeNull();
    expect(previewMatches(small, seed.bundle)).toBe(true);
  });

  it('an author clicked on the picture before the bundle is in opens with the dataset, only when the file is that bundle’s', () => {
    const author = file.picture!.authors.index[42]!;
    const open = (bundle: Bundle) => {
      const store = createAtlasStore();
      store.getState().showPreview(file);
      expect(store.getState().preview).toBe(file);
      store.getState().pickOnPreview({ kind: 'author', index: author });
      store.getState().openDataset(prepareDataset(bundle, async () => [], null), { selection: null, view: 'papers' });
      return store.getState();
    };
    const right = open(acl.bundle);
    expect(right.selection).toEqual({ kind: 'author', index: author });
    expect(right.preview).toBe(file);
    const other = structuredClone(acl.bundle) as Bundle;
    other.authors.name[author] = 'Someone Else';
    const wrong = open(other);
    expect(wrong.selection).toBeNull();
    expect(wrong.preview).toBeNull();
  });
});
