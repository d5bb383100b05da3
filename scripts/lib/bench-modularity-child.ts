/**
 * Modularity of the product's own co-author graph under full counting (weight = papers shared), resolution 1,
 * as the build computes it (Leiden, seed 1): the figure compared with igraph's Leiden in the benchmark.
 * Prints a JSON line { modularity, communities, authors, pairs }.
 */
import { detectCommunities } from '../../src/core/analyse/communities';
import { coauthorLinks } from '../../src/core/graph/coauthor-weights';
import { resolvePeople } from '../../src/core/names/index';
import { ingestPapers } from '../../src/core/pipeline';
import { readInputPath } from './read-input';

const file = process.argv[2]!;
const ingested = ingestPapers([readInputPath(file)]);
const people = resolvePeople(ingested.papers, [], null, undefined, null);
const n = people.people.length;
const links = coauthorLinks(people.paperAuthors, n, 'full', null);
const comm = detectCommunities(n, links, 1, 1);
process.stdout.write(`${JSON.stringify({ modularity: comm.modularity, communities: comm.count, authors: n, pairs: links.source.length })}\n`);
