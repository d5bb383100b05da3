/**
 * Node keys of the author–paper graph, defined once for the build, the exports (GEXF) and the viewer:
 * "a12" is author 12, "p7" is paper 7 (indices into the bundle's author and paper columns).
 */
export const authorKey = (index: number): string => `a${index}`;
/** The graph key of paper `index` ("p7" is paper 7 of the bundle's paper columns). */
export const paperKey = (index: number): string => `p${index}`;
/** Whether `key` is an author's key (else a paper's). */
export const isAuthorKey = (key: string): boolean => key.charCodeAt(0) === 97; // 'a'
/** The bundle index a key stands for. */
export const keyIndex = (key: string): number => Number(key.slice(1));
