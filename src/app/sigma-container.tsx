/**
 * react-sigma's `SigmaContainer` (@react-sigma/core 5.0, same markup, props and context) drawing with
 * `LightLayersSigma` (graph/sigma-layers.ts) instead of a plain Sigma: react-sigma's container makes the
 * renderer itself and takes no renderer class. Children read the renderer with react-sigma's hooks
 * (`useSigma`, `useRegisterEvents`, `ZoomControl`…), through its `SigmaProvider`.
 */
import { SigmaProvider } from '@react-sigma/core';
import Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import type Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import { LightLayersSigma } from './graph/sigma-layers';

/**
 * `settings`: Sigma's settings, read when the renderer is made (a new object with other values makes a new
 * renderer, as react-sigma does; this app never changes them). `className` is added to react-sigma's own
 * `react-sigma` class, so its stylesheet applies unchanged.
 */
export function LightSigmaContainer<N extends Attributes, E extends Attributes, G extends Attributes>({
  className,
  style,
  settings,
  children,
}: {
  className?: string;
  style?: CSSProperties;
  settings: Partial<Settings<N, E, G>>;
  children?: ReactNode;
}) {
  const rootRef = useRef<HTMLDivElement>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const [sigma, setSigma] = useState<Sigma<N, E, G> | null>(null);
  // made in a layout effect, not a passive one as react-sigma's: the children (the controllers) then mount and
  // run their effects in the same task, so a dataset already loaded is drawn before the browser's next frame
  // instead of two frames later (each frame a commit waiting for the GPU process on software WebGL)
  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const instance = new LightLayersSigma<N, E, G>(new Graph<N, E, G>(), container, settings);
    // a renderer made again (other settings) keeps the camera where it was, as react-sigma's does
    setSigma((previous) => {
      if (previous) instance.getCamera().setState(previous.getCamera().getState());
      return instance;
    });
    return () => instance.kill();
  }, [settings]);
  const context = useMemo(() => (sigma && rootRef.current ? { sigma: sigma as unknown as Sigma, container: rootRef.current } : null), [sigma]);
  return (
    <div className={`react-sigma ${className ?? ''}`} style={style} ref={rootRef}>
      <div className="sigma-container" ref={containerRef} />
      {context && <SigmaProvider value={context}>{children}</SigmaProvider>}
    </div>
  );
}
