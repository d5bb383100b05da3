// graphology-gexf's writer alone: its browser entry also loads a parser that needs DOMParser at import
// time, which Node and Web Workers do not have.
declare module 'graphology-gexf/common/writer.js' {
  const write: typeof import('graphology-gexf/browser').write;
  export default write;
}
