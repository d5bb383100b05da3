/**
 * Crossref REST API responses and Crossref's fields in CSL-JSON (a tester's finding 7 and 9: a /works response
 * was "no authors and no title", published-print years and author ORCIDs were lost). Invented names.
 */
import { describe, expect, it } from 'vitest';
import { readCslJson } from '../../../src/core/ingest/csl-json';
import { IngestError } from '../../../src/core/ingest/errors';
import { detectFormat, readInput } from '../../../src/core/ingest/index';
import { buildText } from '../helpers';

const work = (title: string, authors: object[], more: object = {}) => ({ DOI: `10.5555/${title.length}`, type: 'journal-article', title: [title], 'container-title': ['Journal of Invented Results'], author: authors, ...more });
const petra = { given: 'Petra', family: 'Marlowe', sequence: 'first', affiliation: [] };
const ines = { given: 'Ines', family: 'Quandt', sequence: 'additional', affiliation: [] };

/** A /works response as Crossref writes it: the envelope on line 1, one work per line. */
function workList(items: object[], total = items.length): string {
  return `{"status":"ok","message-type":"work-list","message-version":"1.0.0","message":{"facets":{},"total-results":${total},"items":[\n${items.map((w) => JSON.stringify(w)).join(',\n')}\n]}}`;
}

describe('Crossref REST API responses', () => {
  it('a /works response (message.items) is read like the bare list, each work with its line, and a note names the envelope and the pages not in the file', () => {
    const text = workList(
      [work('Cold springs of the north', [petra, ines], { issued: { 'date-parts': [[2021, 3]] } }), work('Warm springs of the south', [ines], { issued: { 'date-parts': [[2022]] } })],
      45,
    );
    expect(detectFormat({ name: 'works.json', text })).toBe('csl-json');
    const { bundle, report } = buildText('works.json', text, { labeler: null });
    expect(bundle.papers.title).toEqual(['Cold springs of the north', 'Warm springs of the south']);
    expect(bundle.papers.year).toEqual([2021, 2022]);
    expect([...bundle.authors.name].sort()).toEqual(['Ines Quandt', 'Petra Marlowe']);
    expect(report.notes).toContainEqual(
      expect.objectContaining({
        line: 1,
        note: 'a Crossref REST API response ("message-type": "work-list"): the 2 works in message.items are read; "total-results" is 45: the other 43 are on other pages of the API, not in this file',
      }),
    );
    // an item's line is where it starts: a second work without authors is skipped on line 3
    const r = readCslJson({ name: 'works.json', text: workList([work('Cold springs of the north', [petra]), work('Nobody wrote this', [])]) });
    expect(r.skipped).toEqual([expect.objectContaining({ line: 3, reason: 'no authors or editors' })]);
  });

  it('a /works/{doi} response (one work in "message") is read, with a note', () => {
    const text = JSON.stringify({ status: 'ok', 'message-type': 'work', 'message-version': '1.0.0', message: work('Cold springs of the north', [petra], { issued: { 'date-parts': [[2021]] } }) });
    const { bundle, report } = buildText('one-work.json', text, { labeler: null });
    expect(bundle.papers.title).toEqual(['Cold springs of the north']);
    expect(bundle.authors.name).toEqual(['Petra Marlowe']);
    expect(report.notes).toContainEqual(expect.objectContaining({ line: 1, note: 'a Crossref REST API response ("message-type": "work"): the work in "message" is read' }));
  });

  it('an error response, another message-type, an empty page and an object of no known shape each say what they are', () => {
    const failed = JSON.stringify({ status: 'failed', 'message-type': 'validation-failure', message: [{ type: 'filter-not-available', value: 'colour', message: 'Filter colour specified but there is no such filter' }] });
    expect(detectFormat({ name: 'failed.json', text: failed })).toBe('csl-json');
    expect(() => readInput({ name: 'failed.json', text: failed })).toThrowError(
      new IngestError('failed.json', 1, 'a Crossref API error response ("status": "failed", "message-type": "validation-failure"), not works: Filter colour specified but there is no such filter'),
    );
    const member = JSON.stringify({ status: 'ok', 'message-type': 'member', message: { id: 98, 'primary-name': 'Invented Press' } });
    expect(() => readInput({ name: 'member.json', text: member })).toThrowError(/^member\.json:1: a Crossref API response of "message-type": "member", not works/);
    expect(() => readInput({ name: 'empty.json', text: workList([], 0) })).toThrowError(
      new IngestError('empty.json', 1, 'a Crossref API response ("message-type": "work-list") with no works in message.items ("total-results": 0)'),
    );
    expect(() => readCslJson({ name: 'other.json', text: '{"meta": {"count": 2}, "records": []}' })).toThrowError(/^other\.json:1: a JSON object with no "title", "author" or "editor": neither a CSL-JSON item nor a Crossref API response/);
  });
});

describe('Crossref dates in CSL-JSON', () => {
  const item = (id: string, dates: object) => ({ id, type: 'article-journal', title: `Paper ${id}`, author: [{ family: 'Marlowe', given: 'Petra' }], ...dates });
  const r = readCslJson({
    name: 'dates.json',
    text: `[\n${[
      item('issued', { issued: { 'date-parts': [[2019, 5]] }, 'published-print': { 'date-parts': [[2020]] } }),
      item('print', { 'published-print': { 'date-parts': [[2016, 3]] } }),
      item('earliest', { issued: { 'date-parts': [[null]] }, 'published-print': { 'date-parts': [[2018, 1]] }, 'published-online': { 'date-parts': [[2017, 11]] } }),
      item('published', { published: { 'date-parts': [[2015]] } }),
      item('created', { created: { 'date-parts': [[2014, 2, 1]], 'date-time': '2014-02-01T00:00:00Z' } }),
      item('year', { year: '2013' }),
      item('unreadable', { issued: { literal: 'forthcoming' } }),
    ]
      .map((x) => JSON.stringify(x))
      .join(',\n')}\n]`,
  });

  it('the year is issued, else the earliest of published-print, published-online and published (Crossref\'s own fields: no note)', () => {
    expect(r.papers.map((p) => [p.id, p.year])).toEqual([
      ['issued', 2019],
      ['print', 2016],
      ['earliest', 2017],
      ['published', 2015],
      ['created', null],
      ['year', 2013],
      ['unreadable', null],
    ]);
    expect(r.notes.filter((n) => ['issued', 'print', 'earliest', 'published'].includes(n.record!))).toEqual([]);
  });

  it('a created date is not a year, a non-CSL "year" is taken, an unreadable issued is left out: each a note with its line', () => {
    expect(r.notes).toEqual([
      expect.objectContaining({ line: 6, record: 'created', note: 'no "issued" or "published" date: "created" (2014) is when the DOI was registered, not when the work appeared; no year' }),
      expect.objectContaining({ line: 7, record: 'year', note: 'no "issued" date: the year is taken from "year" (2013), which is not a CSL-JSON field' }),
      expect.objectContaining({ line: 8, record: 'unreadable', note: 'issued {"literal":"forthcoming"} is not a year: left out' }),
    ]);
  });
});

describe('ORCIDs in Crossref CSL-JSON', () => {
  it('an author\'s "ORCID" joins two spellings into one person; a bad check digit is a note and joins no one', () => {
    const orcid = 'http://orcid.org/0000-0002-1825-0097';
    const items = [
      work('Cold springs of the north', [{ ...petra, ORCID: orcid, 'authenticated-orcid': false }, ines], { issued: { 'date-parts': [[2021]] } }),
      work('Springs revisited', [{ given: 'Petra', family: 'Marlowe-Ekdahl', ORCID: 'https://orcid.org/0000-0002-1825-0097', 'authenticated-orcid': true }], { issued: { 'date-parts': [[2023]] } }),
      work('Springs once more', [{ given: 'Petra', family: 'Ekdahl', ORCID: 'http://orcid.org/0000-0002-1825-009X' }], { issued: { 'date-parts': [[2024]] } }),
    ];
    const { bundle, report } = buildText('orcid.json', `[\n${items.map((w) => JSON.stringify(w)).join(',\n')}\n]`, { labeler: null });
    expect(bundle.authors.name).toHaveLength(3);
    const k = bundle.authors.orcid.indexOf('0000-0002-1825-0097');
    expect(bundle.authors.paperCount[k]).toBe(2);
    expect(bundle.authors.orcid.filter(Boolean)).toEqual(['0000-0002-1825-0097']);
    expect(report.notes).toContainEqual(
      expect.objectContaining({ line: 4, note: expect.stringMatching(/^ORCID "http:\/\/orcid\.org\/0000-0002-1825-009X" on "Ekdahl, Petra": its check digit is wrong .*; not used to tell who is who$/) }),
    );
  });
});
