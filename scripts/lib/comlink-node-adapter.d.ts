// comlink ships its Node adapter as an ES module (node-adapter.mjs) whose types sit beside it as node-adapter.d.ts,
// which TypeScript does not pair with a .mjs import: the same types, under the name the scripts import.
declare module 'comlink/dist/esm/node-adapter.mjs' {
  export { default } from 'comlink/dist/esm/node-adapter';
}
