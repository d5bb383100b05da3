/**
 * An error boundary around one part of the explorer (a panel, the canvas, a top-bar control): a bug in it shows
 * a short note in its place, with "Try again", and the rest of the page keeps working. Never a blank page.
 * A part whose code could not be fetched (the site was updated since the page opened: site-updated.ts) says
 * that instead, with Reload ("Try again" would ask the updated site for the same missing file); a top-bar
 * control or an overlay (`quiet`) leaves its place empty, the page-wide notice (SiteUpdatedNotice) saying why.
 */
import { Component, type ReactNode } from 'react';
import { ChunkLoadError } from '../site-updated';
import { SiteUpdatedNote } from './SiteUpdatedNotice';
import { Panel } from './Panel';
import { useAtlas } from '../store';

interface Props {
  /** What the part is called for the user ("Communities", "the graph"). */
  name: string;
  /**
   * Where a sentence has no room (a top-bar control, an overlay on the map, a dialog layer): a chunk that could
   * not load leaves the place empty, the page-wide notice (SiteUpdatedNotice) saying why.
   */
  quiet?: boolean;
  /** A card in the details panel's place: its failure is said as a card there, with its close button. */
  card?: boolean;
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
    if (error instanceof ChunkLoadError) return this.props.quiet ? null : <SiteUpdatedNote name={this.props.name} card={this.props.card} />;
    const body = (
      <>
        <p role={this.props.card ? 'alert' : undefined}>
          <strong>{this.props.name}</strong> could not be shown ({error.message}). The rest of the explorer works.
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </>
    );
    if (this.props.card)
      return (
        <Panel kicker={this.props.name} title="Could not be shown" onClose={() => useAtlas.getState().select(null)} className="details-panel panel-failed" testId="panel-failed">
          {body}
        </Panel>
      );
    return (
      <section className="panel panel-failed" role="alert" data-testid="panel-failed">
        {body}
      </section>
    );
  }
}
