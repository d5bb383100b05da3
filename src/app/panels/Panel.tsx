/** The one panel shell: a labelled region with a heading, an optional close button and scrollable content. */
import { useId, type ReactNode } from 'react';

interface PanelProps {
  /** Small line above the title: "Author", "Paper", "Communities"... */
  kicker?: string;
  title: ReactNode;
  onClose?: () => void;
  className?: string;
  testId?: string;
  children: ReactNode;
  actions?: ReactNode;
}

export function Panel({ kicker, title, onClose, className, testId, children, actions }: PanelProps) {
  const id = useId();
  return (
    <section className={`panel ${className ?? ''}`} aria-labelledby={id} data-testid={testId}>
      <header className="panel-header">
        <div className="panel-heading">
          {kicker && <div className="panel-kicker">{kicker}</div>}
          <h2 id={id} className="panel-title">
            {title}
          </h2>
        </div>
        {actions}
        {onClose && (
          <button type="button" className="icon-button" onClick={onClose} aria-label="Close panel" title="Close (Esc)">
            <span aria-hidden="true">×</span>
          </button>
        )}
      </header>
      <div className="panel-body">{children}</div>
    </section>
  );
}
