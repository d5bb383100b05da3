/**
 * The card for the hovered node on Sigma's hover layer (node labels themselves are placed and drawn by
 * LabelsController, graph/label-placement.ts).
 */
import { NodeSquareProgram } from '@sigma/node-square';
import type { NodeHoverDrawingFunction } from 'sigma/rendering';
import { clipNodeLabel } from '../graph/label-placement';
import { ringWidth } from '../graph/node-types';
import { CANVAS_COLORS, type CanvasColors } from '../theme';

let colors: CanvasColors = CANVAS_COLORS.light;

export function setLabelColors(next: CanvasColors): void {
  colors = next;
}

/** Whether a hovered node's card writes its name (small graphs); see `setHoverCardNames`. */
let cardNames = true;

/**
 * `on` false: a hovered node's card draws no text, only the node on its halo. On a big graph (level of detail) the
 * label placement names the hovered node itself (LabelsController: first, in bold, where its name was already
 * drawn); the card's own copy to the right of the disc named it twice when that name was drawn on its left
 * ("Pushpak Bhattacharyya" on the 30k map). HoverOverlayController turns the names off while a big graph is shown,
 * and on again when it goes. Takes a boolean; throws nothing.
 */
export function setHoverCardNames(on: boolean): void {
  cardNames = on;
}

interface Extra {
  focal?: boolean;
  kind?: 'author' | 'paper';
  /** An author disc's ring colour (graph/disc-program.ts), set by the node reducer. */
  ringColor?: string;
}

export const drawHover: NodeHoverDrawingFunction = (context, data, settings) => {
  const extra = data as typeof data & Extra;
  const size = settings.labelSize;
  // (a paper's title in italic, as the map's labels write titles: graph/label-placement.ts `nodeLabelFont`)
  context.font = `${extra.kind === 'paper' ? 'italic ' : ''}600 ${size}px ${settings.labelFont}`;
  // a selected (highlighted) node's card has no text: the label placement always names the selected node, beside
  // it where there is room, clear of the details panel; the card's text beside it named it twice, the second
  // copy cut by the canvas's edge (phone) or running under the details panel (desktop, a selected paper's title)
  // (on a big graph the placement names the hovered node too: `setHoverCardNames`)
  const text = cardNames && data.label && !data.highlighted ? clipNodeLabel(data.label) : '';
  const pad = 5;
  const radius = data.size + 3;
  const textWidth = text ? context.measureText(text).width : 0;
  context.save();
  context.shadowColor = 'rgba(0,0,0,0.25)';
  context.shadowBlur = 10;
  context.fillStyle = colors.background;
  context.beginPath();
  if (text) {
    const h = size + pad * 2;
    context.roundRect(data.x - radius, data.y - h / 2, radius * 2 + textWidth + pad * 2, h, h / 2);
  } else {
    context.arc(data.x, data.y, radius, 0, Math.PI * 2);
  }
  context.fill();
  context.restore();
  // the node itself, redrawn above the card
  context.fillStyle = data.color;
  context.beginPath();
  if (extra.kind === 'paper') context.rect(data.x - data.size, data.y - data.size, data.size * 2, data.size * 2);
  else context.arc(data.x, data.y, data.size, 0, Math.PI * 2);
  context.fill();
  // with its ring, as the disc program draws it on a disc this large (graph/node-types.ts `ringWidth`)
  const ring = extra.kind === 'paper' || !extra.ringColor ? 0 : ringWidth(data.size);
  if (ring > 0) {
    context.strokeStyle = extra.ringColor!;
    context.lineWidth = ring;
    context.beginPath();
    context.arc(data.x, data.y, data.size - ring / 2, 0, Math.PI * 2);
    context.stroke();
  }
  if (text) {
    context.fillStyle = colors.label;
    context.fillText(text, data.x + radius + pad - 2, data.y + size / 3);
  }
};

/** Paper nodes: squares, with the same hover drawing as authors (the package's own uses fixed colours). */
export class PaperNodeProgram extends NodeSquareProgram {
  drawHover = drawHover as NodeSquareProgram['drawHover'];
}
