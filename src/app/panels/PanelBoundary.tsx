/**
 * An error boundary around one part of the explorer (a panel, the canvas, a top-bar control): a bug in it shows
 * a short note in its place, with "Try again", and the rest of the page keeps working. Never a blank page.
 */
import { Component, type ReactNode } from 'react';

interface Props {
  /** What the part is called for the user ("Communities", "the graph"). */
  name: string;
  children: ReactNode;
}

export class PanelBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <section className="panel panel-failed" role="alert" data-testid="panel-failed">
        <p>
          <strong>{this.props.name}</strong> could not be shown ({error.message}). The rest of the explorer works.
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </section>
    );
  }
}
