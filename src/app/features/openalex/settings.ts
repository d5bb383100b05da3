/**
 * Where OpenAlex requests go and who they say they are from: the base URL (the `?openalex=BASE` URL
 * parameter wins, then the saved setting, then https://api.openalex.org), the e-mail for the polite pool
 * and an optional API key. Saved in this browser's localStorage only when the user sets them.
 */
import { DEFAULT_OPENALEX_BASE, normaliseBase } from '../../../core/openalex/urls';

const KEY = 'atlas.openalex';

export interface OpenAlexSettings {
  base: string;
  /** The base came from `?openalex=` (shown, not saved). */
  baseFromUrl: boolean;
  mailto: string;
  apiKey: string;
}

interface Saved {
  base?: string;
  mailto?: string;
  apiKey?: string;
}

function readSaved(): Saved {
  try {
    const v = JSON.parse(window.localStorage.getItem(KEY) ?? '{}') as unknown;
    return v && typeof v === 'object' ? (v as Saved) : {};
  } catch {
    return {};
  }
}

/** The base URL from `?openalex=` when it is a plain http(s) URL; null otherwise. */
export function baseFromUrl(search = window.location.search): string | null {
  const v = new URLSearchParams(search).get('openalex');
  if (!v) return null;
  try {
    return normaliseBase(v);
  } catch {
    return null;
  }
}

export function loadSettings(): OpenAlexSettings {
  const saved = readSaved();
  const fromUrl = baseFromUrl();
  let base = DEFAULT_OPENALEX_BASE;
  if (fromUrl) base = fromUrl;
  else if (saved.base)
    try {
      base = normaliseBase(saved.base);
    } catch {
      base = DEFAULT_OPENALEX_BASE;
    }
  return { base, baseFromUrl: !!fromUrl, mailto: saved.mailto ?? '', apiKey: saved.apiKey ?? '' };
}

/** Keep the settings for next time (the base only when it did not come from the URL). */
export function saveSettings(s: OpenAlexSettings): void {
  const out: Saved = { mailto: s.mailto.trim() || undefined, apiKey: s.apiKey.trim() || undefined };
  if (!s.baseFromUrl && s.base !== DEFAULT_OPENALEX_BASE) out.base = s.base;
  try {
    window.localStorage.setItem(KEY, JSON.stringify(out));
  } catch {
    // no storage (private window): the settings hold for this page only
  }
}
