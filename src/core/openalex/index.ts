/**
 * Fetching works from the OpenAlex API (https://docs.openalex.org): a query model, URL building with
 * `select=` and cursor paging, retries with backoff, progress and Cancel. Pure apart from the injected
 * `fetch`, so the CLI (Node) and the explorer (browser) run the same code. The works go through the
 * OpenAlex reader (../ingest/openalex.ts) and buildDataset like any imported file.
 */
export * from './query';
export * from './urls';
export * from './http';
export * from './fetch-works';
export * from './autocomplete';
export * from './build';
