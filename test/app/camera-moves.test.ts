/** The app's own camera moves (graph/camera-moves.ts), which the events controller keeps from hovering under a resting mouse. */
import type { Camera } from 'sigma';
import { describe, expect, it, vi } from 'vitest';
import { appMovesCamera, onAppCameraMove } from '../../src/app/graph/camera-moves';

describe('app camera moves', () => {
  it('each listener hears the camera moved until it stops listening; a throwing listener stops none of the others', () => {
    const camera = {} as Camera;
    const heard: Camera[] = [];
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const stopThrowing = onAppCameraMove(() => {
      throw new Error('listener broke');
    });
    const stop = onAppCameraMove((c) => heard.push(c));
    appMovesCamera(camera);
    expect(heard).toEqual([camera]);
    expect(error).toHaveBeenCalledTimes(1);
    stop();
    stopThrowing();
    appMovesCamera(camera);
    expect(heard).toEqual([camera]);
    error.mockRestore();
  });
});
