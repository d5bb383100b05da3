/**
 * A DOI as every reader stores it, or null when `value` is not one. Taken off, in this order: blank space, a
 * resolver prefix (`https://doi.org/`, `http://dx.doi.org/`, `doi.org/`), a `doi:` / `DOI` / `DOI:` label, then
 * percent-escapes are decoded (`10.1000%2Fabc%281%29` -> `10.1000/abc(1)`; a malformed escape is left as written)
 * and a trailing period (a sentence's, `10.1000/abc(1).`) is dropped. What remains must be `10.<prefix>/<suffix>`
 * without spaces, else null (`javascript:alert(1)`, `n/a`). The case is kept as written: DOIs are case-insensitive,
 * so comparisons use `doiKey`. `value`: anything (a non-string is null). Throws nothing.
 * Source: the DOI Handbook (a DOI is `10.` prefix, `/`, suffix; case-insensitive; in a URL, percent-encoded).
 */
export function bareDoi(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const strip = (s: string) =>
    s
      .trim()
      .replace(/^(?:(?:https?:\/\/)?(?:dx\.|www\.)?doi\.org\/|doi\s*:\s*|doi\s+)/i, '')
      .trim();
  let doi = strip(value);
  if (/%[0-9a-f]{2}/i.test(doi)) {
    try {
      doi = strip(decodeURIComponent(doi));
    } catch {
      // a lone "%" that is no escape: kept as written
    }
  }
  doi = doi.replace(/\.+$/, '');
  return /^10\.[^\s/]+\/\S+$/.test(doi) ? doi : null;
}

/**
 * The form two DOIs are compared in (DOIs are case-insensitive: `10.1000/ABC` is `10.1000/abc`): `bareDoi`
 * lower-cased, or, for a value that is no DOI, the value trimmed and lower-cased. Throws nothing.
 */
export function doiKey(value: string): string {
  return (bareDoi(value) ?? value.trim()).toLowerCase();
}

/**
 * A reader's DOI field: `bareDoi(value)`, and, when the field holds something that is not a DOI, null with a note
 * through `note` (`doi "javascript:alert(1)" is not a DOI: left out`). An absent or blank field is null without
 * a note. `field`: the input's name for it (`doi`, `DO`, `DI`...). Throws nothing.
 */
export function readDoi(value: unknown, note: (text: string) => void, field = 'doi'): string | null {
  if (value == null || (typeof value === 'string' && !value.trim())) return null;
  const doi = bareDoi(value);
  if (doi === null) note(`${field} ${JSON.stringify(value)?.slice(0, 60)} is not a DOI: left out`);
  return doi;
}

/** ORCID iD without the https://orcid.org/ prefix ("0000-0002-1825-0097"); null when it is not one. */
export function bareOrcid(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = /^(?:https?:\/\/(?:www\.)?orcid\.org\/)?(\d{4}-\d{4}-\d{4}-\d{3}[\dXx])$/.exec(value.trim());
  return m ? m[1]!.toUpperCase() : null;
}

/** The first four-digit year in a date written any common way ("2020", "2020/05/01/", "May 2020"). */
export function yearFrom(value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 && value < 10000 ? value : null;
  if (typeof value !== 'string') return null;
  const m = /(?<!\d)(\d{4})(?!\d)/.exec(value);
  return m ? Number(m[1]) : null;
}

/**
 * The note on a year that cannot be read, in every format that notes one (JSON Lines, BibTeX):
 * `year "in press" is not a year: left out`. `field`: the input's name for it when not `year`.
 */
export function notAYear(value: unknown, field = 'year'): string {
  return `${field} ${JSON.stringify(value)?.slice(0, 40)} is not a year: left out`;
}

/**
 * A volume, issue or page value as the input writes it, for `RawPaper.volume` / `issue` / `pages`: a string
 * (white space cleaned; HTML tags left as they are) or a finite number written as text; null for anything else
 * or a blank. `value`: anything. Throws nothing.
 */
export function placeText(value: unknown): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (typeof value !== 'string') return null;
  const s = value.replace(/\s+/g, ' ').trim();
  return s || null;
}

/**
 * Pages from a first and a last page (`"101"`, `"110"` → `"101-110"`; the first alone when the last is missing or
 * the same), else the article number (`e0123`, Web of Science `AR`, Scopus `Art. No.`: an electronic article's
 * only "page"); null when none is given (a last page alone is no first page to compare). Each value is read with `placeText`. The duplicate check compares the
 * first page (or the article number). Throws nothing.
 */
export function pagesFrom(first: unknown, last: unknown, article: unknown = null): string | null {
  const a = placeText(first);
  const b = placeText(last);
  if (a) return b && b !== a ? `${a}-${b}` : a;
  return placeText(article);
}
