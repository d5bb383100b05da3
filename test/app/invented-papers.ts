/** Invented papers shared by the export tests (a few people in two groups, one undated paper), as JSON Lines. */
export const INVENTED_PAPERS = [
  { id: 'p1', title: 'Old Lanterns', authors: ['Ada Quill', 'Bo Marsh'], year: 2016 },
  { id: 'p2', title: 'Harbour Tides', authors: ['Ada Quill', 'Bo Marsh', 'Cy Fenn'], year: 2019 },
  { id: 'p3', title: 'Salt Roads', authors: ['Ada Quill', 'Bo Marsh'], year: 2020 },
  { id: 'p4', title: 'Copper Kites', authors: ['Cy Fenn', 'Di Ward', 'Ed Lowe', 'Fay Orr'], year: 2020 },
  { id: 'p5', title: 'Paper Moons', authors: ['Di Ward', 'Ed Lowe'], year: 2021 },
  { id: 'p6', title: 'Glass Rivers', authors: ['Gil Stone', 'Hal Brook'], year: 2019 },
  { id: 'p7', title: 'Iron Gardens', authors: ['Gil Stone', 'Hal Brook', 'Ivy Lake'], year: 2020 },
  { id: 'p8', title: 'Undated Notes', authors: ['Ivy Lake', 'Jo Birch'], year: null },
  { id: 'p9', title: 'Late Letters', authors: ['Ada Quill', 'Cy Fenn'], year: 2021 },
];

/** `INVENTED_PAPERS` as a JSON Lines file's text (no venue, DOI or abstract). */
export const INVENTED_JSONL = INVENTED_PAPERS.map((r) => JSON.stringify({ ...r, venue: null, doi: null, abstract: null })).join('\n');
