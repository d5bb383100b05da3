/** Messages between the explorer and the rebuild worker. */
import type { InputFile } from '../../core/ingest/types';
import type { BuildRequest, BuildResult, Stage } from '../../core/pipeline';

export interface RebuildRequest {
  inputs: InputFile[];
  /** Everything but callbacks (they cannot cross to the worker). */
  request: Omit<BuildRequest, 'onProgress' | 'labeler'>;
}

export type RebuildMessage =
  | { type: 'progress'; stage: Stage; fraction: number }
  | { type: 'done'; result: BuildResult }
  | { type: 'error'; message: string };
