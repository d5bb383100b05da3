/** Messages between the explorer and the export worker (GEXF and CSV are written off the main thread). */
import type { Abstracts, Bundle } from '../../core/bundle/types';

export type ExportJob =
  | { kind: 'gexf'; authors: number[] | null; includePapers: boolean; authorColours: string[] }
  | { kind: 'authors-csv' }
  | { kind: 'papers-csv'; abstracts: Abstracts | null }
  | { kind: 'pairs-csv' };

export type ExportRequest = { id: number; bundle: Bundle | null; bundleToken: number; job: ExportJob };

export type ExportReply = { id: number; ok: true; text: string } | { id: number; ok: false; message: string; needBundle?: boolean };
