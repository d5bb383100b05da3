/**
 * The part of the map a shared link shows (`at=x,y,span`): where the sender looked, in the map's own coordinates
 * (the layout's, the nodes' `x`/`y`: the same on any screen, view or level of detail; in an ego view laid out as
 * rings, whose scale in those coordinates is each canvas's own, from the ego author in the rings' own units:
 * CameraController `fromLinkPlace`), and how much of it: `span`,
 * the length (same units) of the shorter side of the part of the sender's canvas the panels leave (above a phone's
 * sheet, left of a card: canvas-covers.ts `clearPart`). The link opens with (x, y) in the middle of the reader's such
 * part and `span` across its shorter side, so a phone and a desktop show the same part of the map. Written
 * only into the shared link (url/share-link.ts), when the camera is not where the link would frame it by itself;
 * never into the address bar as the camera moves (an entry per drag). A link opened with one keeps it in the
 * address while the camera shows that place (a reload opens on it again), and loses it, in one write, once the
 * camera leaves it, or a step Back or Forward comes to it with the camera elsewhere (CameraController).
 */

/** A place on the map: centre (x, y) and the span across the shorter side of the canvas, in layout units. */
export interface MapPlace {
  x: number;
  y: number;
  span: number;
}

/** The URL parameter of a shared link's place on the map. */
export const AT_PARAM = 'at';

/**
 * `value` (the `at` parameter: `x,y,span`, decimal numbers, `span` > 0) read, or null when it is not that (three
 * finite numbers, the last positive). Throws nothing.
 */
export function parseMapPlace(value: string | null): MapPlace | null {
  if (value === null) return null;
  const parts = value.split(',');
  if (parts.length !== 3 || parts.some((p) => !/^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(p.trim()))) return null;
  const [x, y, span] = parts.map(Number) as [number, number, number];
  return [x, y, span].every(Number.isFinite) && span > 0 ? { x, y, span } : null;
}

/**
 * The `at` value of `place`, rounded short: the span to 3 significant digits, the centre to a thousandth of the
 * span (well under a pixel on any screen). `-0` is written `0`. Throws nothing for finite values.
 */
export function formatMapPlace(place: MapPlace): string {
  const span = Number(place.span.toPrecision(3));
  const decimals = Math.min(20, Math.max(0, 3 - Math.floor(Math.log10(place.span))));
  const text = (v: number) => String(Number(v.toFixed(decimals)) + 0);
  return `${text(place.x)},${text(place.y)},${span}`;
}

/**
 * `search` (`?…` or '') without its `at` parameter, the others kept: the address once the camera has left a shared
 * link's place (it would go on saying that place after the reader moves; the reader's own Share link writes where
 * they are).
 */
export function withoutMapPlace(search: string): string {
  const params = new URLSearchParams(search);
  if (!params.has(AT_PARAM)) return search;
  params.delete(AT_PARAM);
  const s = params.toString();
  return s === '' ? '' : `?${s}`;
}
