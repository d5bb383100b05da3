/**
 * Canvas events to store actions: click selects, hover emphasises, a click on empty canvas closes.
 * Sigma picks the node under the pointer from the picture it last drew; when the drawn graph changes
 * (a level-of-detail refill, a new view) it can, until the next frame, name a node that is no longer
 * drawn, and then fails reading that node's data ("reading 'hidden'"): such a pick counts as no node.
 * A hovered node that leaves the drawn graph is no longer hovered (Sigma forgets it without a
 * leaveNode event), so no emphasis of it stays on screen.
 */
import { useRegisterEvents, useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { nodeKey, parseNodeKey } from '../graph/node-keys';
import { useAtlas } from '../store';

export function EventsController() {
  const sigma = useSigma();
  const registerEvents = useRegisterEvents();

  useEffect(() => {
    const { select, hover } = useAtlas.getState();
    const container = sigma.getContainer();
    // getNodeAtPosition is private in Sigma's types: wrapped on this instance only
    const picker = sigma as unknown as { getNodeAtPosition(p: { x: number; y: number }): string | null };
    const pick = picker.getNodeAtPosition.bind(sigma);
    picker.getNodeAtPosition = (position) => {
      const node = pick(position);
      return node !== null && sigma.getGraph().hasNode(node) ? node : null;
    };
    const forgetGoneHover = () => {
      const hovered = useAtlas.getState().hovered;
      if (hovered && !sigma.getGraph().hasNode(nodeKey(hovered))) {
        container.style.cursor = '';
        hover(null);
      }
    };
    // Sigma says a node is left only when the pointer moves over the canvas: a camera move (a click frames
    // its author, a zoom button, a reset) or the pointer leaving for a button or panel left the old node
    // hovered, its neighbourhood and titles drawn on after the selection was closed (issue 11, item 3).
    // So the hover ends when the pointer leaves the canvas, and after each render unless the node drawn
    // under the pointer is still the hovered one.
    // Only a hover the pointer made is ended this way: the keyboard cursor (features/keyboard) shows its node
    // as a hover too, with no pointer over the canvas, and ends it itself.
    let pointer: { x: number; y: number } | null = null;
    let pointerHovered: string | null = null;
    const internals = sigma as unknown as { hoveredNode: string | null };
    const hoverIsPointers = () => {
      const hovered = useAtlas.getState().hovered;
      return hovered !== null && nodeKey(hovered) === pointerHovered;
    };
    const dropHover = () => {
      internals.hoveredNode = null;
      const mine = hoverIsPointers();
      pointerHovered = null;
      if (mine) {
        container.style.cursor = '';
        hover(null);
      }
    };
    const onPointerMove = (e: PointerEvent) => {
      const r = container.getBoundingClientRect();
      pointer = { x: e.clientX - r.left, y: e.clientY - r.top };
    };
    const onPointerLeave = () => {
      pointer = null;
      dropHover();
    };
    // the check reads the picking buffer (a GPU read-back, slow on software WebGL), so only after renders that
    // follow a camera move, not after every render a hover itself causes
    let cameraMoved = false;
    const onCameraUpdated = () => {
      cameraMoved = true;
    };
    const recheckHover = () => {
      if (!cameraMoved) return;
      cameraMoved = false;
      if (!hoverIsPointers()) return;
      if (!pointer || picker.getNodeAtPosition(pointer) !== pointerHovered) dropHover();
    };
    container.addEventListener('pointermove', onPointerMove);
    container.addEventListener('pointerleave', onPointerLeave);
    sigma.on('afterRender', forgetGoneHover);
    sigma.on('afterRender', recheckHover);
    sigma.getCamera().on('updated', onCameraUpdated);
    registerEvents({
      clickNode: ({ node }) => select(parseNodeKey(node)),
      // a second click soon after the first arrives as a double click (which also zooms)
      doubleClickNode: ({ node }) => select(parseNodeKey(node)),
      clickStage: () => select(null),
      doubleClickStage: () => select(null),
      enterNode: ({ node }) => {
        container.style.cursor = 'pointer';
        pointerHovered = node;
        hover(parseNodeKey(node));
      },
      leaveNode: () => {
        container.style.cursor = '';
        pointerHovered = null;
        hover(null);
      },
    });
    return () => {
      sigma.off('afterRender', forgetGoneHover);
      sigma.off('afterRender', recheckHover);
      sigma.getCamera().off('updated', onCameraUpdated);
      container.removeEventListener('pointermove', onPointerMove);
      container.removeEventListener('pointerleave', onPointerLeave);
      delete (picker as { getNodeAtPosition?: unknown }).getNodeAtPosition;
    };
  }, [sigma, registerEvents]);

  return null;
}
