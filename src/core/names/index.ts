export { parseName, displayName, foldName, foldText, nameKey } from './parse-name';
export type { PersonName } from './parse-name';
export { mergeKey } from './merge-key';
export { parseAliasFile } from './aliases';
export type { AliasRule } from './aliases';
export { countAuthorNames, nameParts, resolvePeople } from './resolve-people';
export type { KnownNameParts, NameParts, Person, ResolvedPeople, ShownSpellings } from './resolve-people';
