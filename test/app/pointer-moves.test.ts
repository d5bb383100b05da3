/** The pointer's history (pointer-moves.ts): what the map and the card rows count as the user bringing the pointer somewhere. */
import { describe, expect, it } from 'vitest';
import { trackPointer, WHEEL_SCROLL_MS } from '../../src/app/pointer-moves';

/** A pointer event as the window sees it (only the fields the module reads). */
const pointer = (type: string, x: number, y: number, pointerType = 'mouse', relatedTarget: unknown = undefined) =>
  Object.assign(new Event(type), { pointerType, clientX: x, clientY: y, relatedTarget });

function page() {
  const target = new EventTarget();
  let t = 0;
  const history = trackPointer(target, () => t);
  const send = <E extends Event>(e: E): E => (target.dispatchEvent(e), e);
  return { history, send, wait: (ms: number) => void (t += ms) };
}

describe('pointer history', () => {
  it('a move to a new position is the user\'s; an event at the resting position (a re-render under the mouse) is not', () => {
    const { history, send } = page();
    expect(history.byUser(send(pointer('pointermove', 10, 10)))).toBe(true);
    // the page changed under the resting mouse: the browser's boundary event, and a move, at the same point
    expect(history.byUser(send(pointer('pointerover', 10, 10)))).toBe(false);
    expect(history.byUser(send(pointer('pointermove', 10, 10)))).toBe(false);
    // a move onto another element: its pointerover comes first, at the new point
    expect(history.byUser(send(pointer('pointerover', 12, 10)))).toBe(true);
    expect(history.byUser(send(pointer('pointermove', 13, 10)))).toBe(true);
  });

  it('the pointermove that follows a pointerover of the same move (entering the map or a list) is the user\'s, counted once', () => {
    const { history, send } = page();
    send(pointer('pointermove', 10, 10));
    const mark = history.mark();
    // Chromium's order for a move onto a new element: pointerover, then pointermove, at the same new point
    expect(history.byUser(send(pointer('pointerover', 30, 10)))).toBe(true);
    expect(history.byUser(send(pointer('pointermove', 30, 10))), 'the first move after entering').toBe(true);
    expect(history.movedSince(mark)).toBe(true);
    const after = history.mark();
    // then at rest: a second move at the same point (a re-render under the mouse) is not the user's
    expect(history.byUser(send(pointer('pointermove', 30, 10)))).toBe(false);
    expect(history.movedSince(after)).toBe(false);
    // back into the page at the pixel it left from: the over and its move are the user's
    send(pointer('pointerout', 30, 10, 'mouse', null));
    expect(history.byUser(send(pointer('pointerover', 30, 10)))).toBe(true);
    expect(history.byUser(send(pointer('pointermove', 30, 10)))).toBe(true);
  });

  it('moved since a mark: after a move elsewhere, a wheel turn or the pointer back into the page, not after events at rest', () => {
    const { history, send } = page();
    send(pointer('pointermove', 10, 10));
    let mark = history.mark();
    send(pointer('pointerover', 10, 10));
    send(pointer('pointermove', 10, 10));
    expect(history.movedSince(mark)).toBe(false);
    send(pointer('pointermove', 11, 10));
    expect(history.movedSince(mark)).toBe(true);
    mark = history.mark();
    send(new Event('wheel'));
    expect(history.movedSince(mark)).toBe(true);
    // out of the page and back at the very pixel it left from: moved
    mark = history.mark();
    send(pointer('pointerout', 11, 10, 'mouse', null));
    send(pointer('pointerover', 11, 10));
    expect(history.movedSince(mark)).toBe(true);
  });

  it('boundary events while the user\'s wheel scrolls the page are the user\'s; after the scroll has settled they are not', () => {
    const { history, send, wait } = page();
    send(pointer('pointermove', 10, 10));
    send(new Event('wheel'));
    wait(20);
    expect(history.byUser(send(pointer('pointerover', 10, 10)))).toBe(true);
    // a smooth scroll's frames keep it the wheel's
    wait(WHEEL_SCROLL_MS - 30);
    send(new Event('scroll'));
    wait(WHEEL_SCROLL_MS - 10);
    expect(history.byUser(send(pointer('pointerover', 10, 10)))).toBe(true);
    // the scroll over: a later change under the resting mouse (the app's scroll or re-render) is not the user's
    wait(20);
    send(new Event('scroll'));
    wait(5);
    expect(history.byUser(send(pointer('pointerover', 10, 10)))).toBe(false);
  });

  it('a finger is never the user\'s pointing and moves nothing', () => {
    const { history, send } = page();
    const mark = history.mark();
    expect(history.byUser(send(pointer('pointerover', 40, 40, 'touch')))).toBe(false);
    expect(history.byUser(send(pointer('pointermove', 50, 40, 'touch')))).toBe(false);
    expect(history.movedSince(mark)).toBe(false);
  });

  it('stops listening', () => {
    const { history, send } = page();
    const mark = history.mark();
    history.stop();
    send(pointer('pointermove', 10, 10));
    expect(history.movedSince(mark)).toBe(false);
  });
});
