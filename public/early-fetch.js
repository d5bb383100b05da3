/*
 * Coauthor Atlas: the start-up's data requests, made by this small classic script in <head> before the app's
 * module (0.7 MB) is downloaded and evaluated: `?bundle=path` reads that bundle; otherwise (no dataset imported
 * in this browser named by `?ds=local-…`) the dataset list `data/index.json`, then the bundle it would open (the
 * `?ds=` entry, else the first). A bundle is fetched and decoded on a worker (public/bundle-reader.js). Only
 * same-site relative paths are read, and only what the app's loader (src/app/data/load-bundle.ts) is about to
 * ask for anyway; it takes each once through src/app/data/early-fetch.ts (`window.__atlasEarly`,
 * `window.__atlasEarlyText`) and checks and reports everything as before.
 * Also warms the page's WebGL up (below). Plain JavaScript, not bundled: Vite copies public/ as it is. The app's
 * base is this script's folder.
 */
(function () {
  'use strict';
  var early = new Map();
  window.__atlasEarly = early;
  var script = document.currentScript;
  var base = new URL('.', script && script.src ? script.src : window.location.href);
  var external = function (path) {
    return /^[a-z][a-z0-9+.-]*:/i.test(path) || path.indexOf('//') === 0 || path.indexOf('\\') === 0;
  };
  // a bundle is fetched and decoded on a worker (public/bundle-reader.js): receiving and decoding its 10–20 MB
  // took the page's thread 0.5–2 s at load 12; `window.__atlasEarlyText` holds a promise of { text } or null
  var parsed = new Map();
  window.__atlasEarlyText = parsed;
  // the preview file beside the bundle (preview.json: the first picture, src/core/bundle/preview.ts) on a page
  // opening on the plain overview (only bundle= or ds= in its address: src/app/data/load-bundle.ts
  // `opensPlainOverview`), fetched here on the page's thread: a few hundred KB, parsed by the app
  var plain = function () {
    var keys = [];
    new URLSearchParams(window.location.search).forEach(function (_v, k) {
      keys.push(k);
    });
    return keys.every(function (k) {
      return k === 'bundle' || k === 'ds';
    });
  };
  var startBundle = function (href) {
    if (new URL(href).origin !== window.location.origin) return;
    // only beside a file named as the build names bundles (`?bundle=index.html` is not one: its error screen is the message)
    if (plain() && /(^|\/)bundle\.json$/.test(new URL(href).pathname)) start(new URL('preview.json', href).href);
    if (typeof Worker !== 'function') return start(href);
    var worker;
    // the bundle worker's steps on the page's clock (ms after navigation start), for the benchmark: created,
    // started, requested, headers, lastByte, text (on the worker), received (its message handled here)
    var times = { created: performance.now() };
    window.__atlasBundleTimes = times;
    try {
      worker = new Worker(new URL('bundle-reader.js', base).href);
    } catch (err) {
      return start(href);
    }
    parsed.set(
      href,
      new Promise(function (resolve) {
        worker.onmessage = function (event) {
          times.received = performance.now();
          var steps = event.data && event.data.times;
          if (steps && typeof steps === 'object') {
            ['started', 'requested', 'headers', 'lastByte', 'text'].forEach(function (k) {
              if (typeof steps[k] === 'number') times[k] = steps[k] - performance.timeOrigin;
            });
          }
          worker.terminate();
          resolve(event.data && typeof event.data.text === 'string' ? { text: event.data.text } : null);
        };
        worker.onerror = function () {
          worker.terminate();
          resolve(null);
        };
        worker.postMessage({ href: href });
      }),
    );
  };
  var start = function (href) {
    if (new URL(href).origin !== window.location.origin) return null;
    var p = fetch(href);
    // a failure is the loader's to report (it fetches again when this one failed)
    p.catch(function () {
      early.delete(href);
    });
    early.set(href, p);
    return p;
  };
  try {
    var params = new URLSearchParams(window.location.search);
    var bundle = params.get('bundle');
    if (bundle !== null) {
      if (!external(bundle)) startBundle(new URL(bundle, base).href);
      return;
    }
    var ds = params.get('ds');
    var index = start(new URL('data/index.json', base).href);
    // datasets imported in this browser live in IndexedDB, not on the site (the list is still read, for the switcher)
    if (!index || (ds !== null && ds.indexOf('local-') === 0)) return;
    index
      .then(function (res) {
        return res.ok && (res.headers.get('content-type') || '').indexOf('json') >= 0 ? res.clone().json() : null;
      })
      .then(function (list) {
        if (!Array.isArray(list) || list.length === 0) return;
        var entry = ds === null ? list[0] : list.find(function (e) { return e && e.id === ds; });
        if (entry && typeof entry.bundle === 'string' && !external(entry.bundle)) startBundle(new URL(entry.bundle, base).href);
      })
      .catch(function () {});
  } catch (err) {
    // nothing fetched early: the app fetches as usual
  }
})();

/*
 * The page's first WebGL context, made and dropped while the app's module downloads (the main thread is idle
 * then): the page's first context also sets up its channel to the GPU process, which blocked the canvas's own
 * set-up (Sigma's two WebGL layers, src/app/graph/sigma-layers.ts) on the first frame's path. Two sized WebGL
 * contexts in headless Chromium (SwiftShader, load 9-14), after a 300 ms pause as for the module: 146-1650 ms
 * (median 218; 1.3-1.7 s twice in six) without this, 87-167 ms (median 138) after it.
 */
setTimeout(function () {
  'use strict';
  try {
    var canvas = document.createElement('canvas');
    canvas.width = 1;
    canvas.height = 1;
    var gl = canvas.getContext('webgl2', { antialias: false, depth: false }) || canvas.getContext('webgl', { antialias: false, depth: false });
    var lose = gl && gl.getExtension('WEBGL_lose_context');
    if (lose) lose.loseContext();
  } catch (err) {
    // no WebGL here: the canvas reports it when it is set up
  }
}, 0);
