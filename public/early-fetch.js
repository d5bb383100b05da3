/*
 * Coauthor Atlas: the start-up's data requests, made by this small classic script in <head> before the app's
 * module (1.6 MB) is downloaded and evaluated: `?bundle=path` fetches that bundle; otherwise (no dataset
 * imported in this browser named by `?ds=local-…`) the dataset list `data/index.json`, then the bundle it would
 * open (the `?ds=` entry, else the first). Only same-site relative paths are fetched, and only what the app's
 * loader (src/app/data/load-bundle.ts) is about to ask for anyway; it takes each request once through
 * src/app/data/early-fetch.ts (`window.__atlasEarly`) and checks and reports everything as before.
 * Plain JavaScript, not bundled: Vite copies public/ as it is. The app's base is this script's folder.
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
      if (!external(bundle)) start(new URL(bundle, base).href);
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
        if (entry && typeof entry.bundle === 'string' && !external(entry.bundle)) start(new URL(entry.bundle, base).href);
      })
      .catch(function () {});
  } catch (err) {
    // nothing fetched early: the app fetches as usual
  }
})();
