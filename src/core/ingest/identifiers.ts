/** DOI without resolver prefix or "doi:" label ("https://doi.org/10.1/x" -> "10.1/x"); null when it is not a DOI. */
export function bareDoi(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const doi = value.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '').trim();
  return /^10\.\S+\/\S+$/.test(doi) ? doi : null;
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
