/**
 * A live region for a screen reader that says a line only once it has stopped changing: the review list's count line
 * changes with every key typed in its name filter ("Finding “M”…", a figure, "Finding “Ma”…", …), and a live region
 * on it had each of those announced in turn. The line shown stays as it is (and keeps describing the box); this one,
 * out of sight, takes its text once it has held for `quietMs`.
 */
import { useEffect, useState } from 'react';

/** How long a line must hold (ms) before it is announced: a pause in typing (keys come 100–300 ms apart). */
export const QUIET_MS = 700;

/**
 * A visually hidden `role="status"` element holding `text` once it has not changed for `quietMs` milliseconds
 * (empty until then, and while `text` is empty). Props: `text`, the line (plain text); `quietMs`, the pause (ms,
 * default QUIET_MS); `testId`. Throws nothing.
 */
export function QuietStatus({ text, quietMs = QUIET_MS, testId }: { text: string; quietMs?: number; testId?: string }) {
  const [said, setSaid] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setSaid(text), quietMs);
    return () => window.clearTimeout(timer);
  }, [text, quietMs]);
  return (
    <p className="visually-hidden" role="status" data-testid={testId}>
      {said}
    </p>
  );
}
