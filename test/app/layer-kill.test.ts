/**
 * The map's own layers (hover overlay, traced chain, link under the mouse) are removed by their controllers' clean-up,
 * which can run after the renderer was killed (the container's layout-effect clean-up comes first when the canvas is
 * made again): Sigma 3's `killLayer` throws for a layer `kill()` already dropped, and the graph's panel then said
 * "The graph could not be shown (Sigma: cannot kill layer atlasChainOverlay, which does not exist)". The stand-in
 * follows Sigma 3.0's own `killLayer` / `kill` / `getCanvases` (sigma/dist: elements by layer id).
 */
import { describe, expect, it } from 'vitest';
import { killOwnLayer } from '../../src/app/graph/layer-canvas';

class SigmaLayers {
  elements: Record<string, HTMLCanvasElement> = {};
  createCanvas(id: string) {
    this.elements[id] = { id } as unknown as HTMLCanvasElement;
  }
  getCanvases() {
    return { ...this.elements };
  }
  killLayer(id: string) {
    if (!this.elements[id]) throw new Error(`Sigma: cannot kill layer ${id}, which does not exist`);
    delete this.elements[id];
  }
  kill() {
    for (const id in this.elements) this.killLayer(id);
    this.elements = {};
  }
}

describe('removing a layer of the map', () => {
  it('removes a layer the renderer has', () => {
    const sigma = new SigmaLayers();
    sigma.createCanvas('atlasChainOverlay');
    killOwnLayer(sigma, 'atlasChainOverlay');
    expect(Object.keys(sigma.getCanvases())).toEqual([]);
  });
  it('does nothing (and throws nothing) once the renderer was killed first, where killLayer throws', () => {
    const sigma = new SigmaLayers();
    sigma.createCanvas('atlasChainOverlay');
    sigma.kill();
    expect(() => sigma.killLayer('atlasChainOverlay')).toThrow(/cannot kill layer/);
    expect(() => killOwnLayer(sigma, 'atlasChainOverlay')).not.toThrow();
  });
});
