export interface LabelPaper {
  title: string;
  abstract: string | null;
  /** Community index, 0 ≤ community < communityCount; anything else is ignored. */
  community: number;
}

export interface CommunityTerms {
  /** Distinctive terms, best first (may be fewer than `minTerms` for communities with little text). */
  terms: string[];
}

export interface LabelOptions {
  /** At most this many terms (default 4). */
  maxTerms?: number;
  /** Always give this many when the text has them (default 2). */
  minTerms?: number;
  /** Beyond `minTerms`, a term is kept only if it scores at least this share of the best term (default 0.4). */
  relativeCutoff?: number;
  /** More words to ignore (lower case). */
  extraStopWords?: readonly string[];
}

