/** The Sigma instance on screen, for actions outside the canvas (the PNG export). Set by InsightsCanvas. */
import type Sigma from 'sigma';

let current: Sigma | null = null;

export const setSigmaOnScreen = (sigma: Sigma | null): void => {
  current = sigma;
};

export const sigmaOnScreen = (): Sigma | null => current;
