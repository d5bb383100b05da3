/**
 * What every OpenAlex test file shares: the mock API's lifecycle (started before the file's tests, closed after,
 * its request log and faults cleared before each test unless the file's tests run as one story), the world's two
 * namesakes, and the reference counts of people and co-author pairs taken straight from the fixture works.
 */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startMockOpenAlex, type MockOpenAlex } from './mock-server';

/** Maria Okafor of Lakeside University (230 works, ORCID): the researcher the tests map. */
export const MARIA = 'A5100000001';
/** Another Maria Okafor (Northfield Institute of Technology, 14 works, no ORCID): the namesake to tell apart. */
export const NAMESAKE = 'A5100000002';

/**
 * Registers the mock OpenAlex API for this test file and returns it. The returned object forwards to the running
 * server, so it can be used inside tests as the server itself (`mock.url`, `mock.requests`, `mock.faults`); used
 * outside a test it throws. `resetEachTest: false` keeps the request log and faults across tests (a story of tests).
 */
export function useMockOpenAlex({ resetEachTest = true }: { resetEachTest?: boolean } = {}): MockOpenAlex {
  let server: MockOpenAlex | null = null;
  beforeAll(async () => {
    server = await startMockOpenAlex();
  });
  afterAll(() => server?.close());
  if (resetEachTest) {
    beforeEach(() => {
      server!.requests.length = 0;
      server!.faults.length = 0;
    });
  }
  return new Proxy({} as MockOpenAlex, {
    get(_target, key) {
      if (!server) throw new Error('the mock OpenAlex API is used outside a test (it starts in beforeAll)');
      const value = Reflect.get(server, key) as unknown;
      return typeof value === 'function' ? value.bind(server) : value;
    },
  });
}

/** Distinct people (OpenAlex author ids) and co-author pairs on a set of OpenAlex works, counted from the works themselves. */
export function reference(works: Record<string, unknown>[]): { people: number; pairs: number } {
  const people = new Set<string>();
  const pairs = new Set<string>();
  for (const w of works) {
    const ids = [...new Set((w.authorships as { author: { id: string } }[]).map((a) => a.author.id))];
    ids.forEach((a) => people.add(a));
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) pairs.add([ids[i], ids[j]].sort().join(' '));
  }
  return { people: people.size, pairs: pairs.size };
}
