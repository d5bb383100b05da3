/** The Content-Security-Policy written into the built index.html, and the check the New map dialog makes against it. */
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, policyAllowsConnect } from '../../src/app/security/csp';

/** A document holding `policy` in a <meta>, at `base` (only what policyAllowsConnect reads). */
function docWith(policy: string | null, base = 'https://atlas.example.org/app/'): Document {
  return {
    baseURI: base,
    querySelector: () => (policy === null ? null : { getAttribute: () => policy }),
  } as unknown as Document;
}

describe('content security policy', () => {
  it('scripts, styles and workers from the site only; images also data: and blob:; connections to the site, OpenAlex and this machine', () => {
    const p = contentSecurityPolicy();
    expect(p).toContain("script-src 'self';");
    expect(p).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(p).toContain("img-src 'self' data: blob:");
    expect(p).toContain("worker-src 'self';");
    expect(p).toContain("connect-src 'self' https://api.openalex.org http://localhost:* http://127.0.0.1:*;");
    expect(p).toContain("object-src 'none'");
  });

  it('a mirror named at build time is added; anything but an origin stops the build', () => {
    expect(contentSecurityPolicy(['https://oa.mirror.example:8443'])).toContain('http://127.0.0.1:* https://oa.mirror.example:8443;');
    expect(() => contentSecurityPolicy(['*'])).toThrow(/ATLAS_CONNECT_SRC: "\*" is not an origin/);
    expect(() => contentSecurityPolicy(["https://x.example 'unsafe-inline'"])).toThrow(/not an origin/);
  });

  it('policyAllowsConnect reads the page policy: OpenAlex, the site, loopback on any port; not another host', () => {
    const doc = docWith(contentSecurityPolicy());
    expect(policyAllowsConnect('https://api.openalex.org', doc)).toBe(true);
    expect(policyAllowsConnect('https://api.openalex.org/works?x=1', doc)).toBe(true);
    expect(policyAllowsConnect('https://atlas.example.org/openalex-mirror/', doc)).toBe(true);
    expect(policyAllowsConnect('http://127.0.0.1:41234/', doc)).toBe(true);
    expect(policyAllowsConnect('http://localhost:8080/api', doc)).toBe(true);
    expect(policyAllowsConnect('https://mirror.example.net/', doc)).toBe(false);
    expect(policyAllowsConnect('http://api.openalex.org', doc)).toBe(false);
    expect(policyAllowsConnect('https://api.openalex.org:444/', doc)).toBe(false);
    expect(policyAllowsConnect('https://mirror.example.net/', docWith(contentSecurityPolicy(['https://mirror.example.net'])))).toBe(true);
    // no policy (the dev server): everything is left to the browser
    expect(policyAllowsConnect('https://mirror.example.net/', docWith(null))).toBe(true);
  });
});
