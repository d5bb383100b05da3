import { cleanText } from '../util/text-lines';
import type { Affiliation } from './types';

/*
 * Affiliations as the export formats write them: one address line "Organisation, Department, City, Country"
 * (WoS C1, Scopus, PubMed AD, Dimensions). The organisation is taken as the first comma part that names an
 * institution (a university, institute, hospital... or else the first part), the country as the last part,
 * without its postcode or a trailing e-mail, with WoS's abbreviations written out.
 */

const COUNTRY_NAMES: Record<string, string> = {
  'peoples r china': 'China',
  'pr china': 'China',
  "people's republic of china": 'China',
  'p.r. china': 'China',
  'u.s.a.': 'USA',
  'united states': 'USA',
  'united states of america': 'USA',
  'u arab emirates': 'United Arab Emirates',
  'rep congo': 'Republic of the Congo',
  'dem rep congo': 'Democratic Republic of the Congo',
  'north ireland': 'Northern Ireland',
};

const INSTITUTION = /\b(univ|universit|institut|inst\b|college|coll\b|school|hospital|hosp\b|centre|center|ctr\b|laborator|lab\b|academy|acad\b|council|agency|foundation|museum|observatory|company|corp|inc\b|ltd|gmbh|clinic|polytechn|ecole|école|hochschule|society|ministry|survey|service)/i;

/** Strip "Electronic address: x@y", e-mails and trailing dots. */
function tidyAddress(s: string): string {
  return cleanText(
    s
      .replace(/\belectronic address:\s*\S+@\S+/gi, '')
      .replace(/\S+@\S+\.\w+/g, '')
      .replace(/[\s.;,]+$/, ''),
  );
}

/** The country from an address's last comma part: "Berkeley, CA 94720 USA" -> "USA", "Oslo 0316, Norway" -> "Norway". */
export function countryOf(lastPart: string): string | null {
  let s = cleanText(lastPart.replace(/[.;]+$/, ''));
  if (/\bUSA$/.test(s)) return 'USA';
  s = s.replace(/^[\d\s-]+|[\d\s-]+$/g, '').replace(/^[A-Z]{1,3}[-\s]?\d[\dA-Z\s-]*\s+/, '').trim(); // postcodes
  if (!s || /\d/.test(s)) return null;
  return COUNTRY_NAMES[s.toLowerCase()] ?? s;
}

/**
 * One address to organisation and country. `address` is one affiliation ("Univ Oslo, Dept Biol, Oslo, Norway.").
 * Returns nulls for the parts it cannot find; never throws.
 */
export function parseAddress(address: string): Affiliation {
  const a = tidyAddress(address);
  if (!a) return { org: null, country: null };
  const parts = a.split(',').map((p) => p.trim()).filter(Boolean);
  const country = parts.length >= 2 ? countryOf(parts[parts.length - 1]!) : null;
  const orgPart = parts.slice(0, Math.max(1, parts.length - 1)).find((p) => INSTITUTION.test(p)) ?? parts[0]!;
  return { org: orgPart || null, country };
}

/** null when neither part is known. */
export function affiliationOrNull(a: Affiliation | null | undefined): Affiliation | null {
  return a && (a.org || a.country) ? a : null;
}
