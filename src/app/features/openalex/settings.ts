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
  /**
   * Why the base cannot be used (`?openalex=` is not a plain http(s) URL), as shown to the user; null when it can.
   * The base then holds what the link says, so no request goes to a host the user did not choose.
   */
  baseProblem: string | null;
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

/**
 * The base URL `?openalex=` asks for: `{ base }` normalised when it is a plain http(s) URL, `{ base, problem }` with
 * the text as written and why it cannot be used otherwise; null without `?openalex=`.
 */
export function baseFromUrl(search = window.location.search): { base: string; problem: string | null } | null {
  const v = new URLSearchParams(search).get('openalex');
  if (v === null) return null;
  try {
    return { base: normaliseBase(v), problem: null };
  } catch (err) {
    return { base: v, problem: baseProblemText(v, err) };
  }
}

/** The sentence shown for a `?openalex=` that cannot be used: what it says, why, and what to do; nothing is sent. */
export function baseProblemText(written: string, err: unknown): string {
  const why = err instanceof Error ? err.message : String(err);
  return `This page's address asks for OpenAlex at "${written}" (?openalex=), which cannot be used: ${why}. Nothing was sent to OpenAlex. Fix the address under OpenAlex settings, or remove openalex= from the page's address.`;
}

/**
 * The settings in force: the base from `?openalex=` (even when it cannot be used: then `baseProblem` says why, and
 * nothing is sent anywhere else), else the saved one, else https://api.openalex.org; the saved e-mail and key.
 */
export function loadSettings(): OpenAlexSettings {
  const saved = readSaved();
  const fromUrl = baseFromUrl();
  let base = DEFAULT_OPENALEX_BASE;
  if (fromUrl) base = fromUrl.base;
  else if (saved.base)
    try {
      base = normaliseBase(saved.base);
    } catch {
      base = DEFAULT_OPENALEX_BASE;
    }
  return { base, baseFromUrl: !!fromUrl, baseProblem: fromUrl?.problem ?? null, mailto: saved.mailto ?? '', apiKey: saved.apiKey ?? '' };
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
