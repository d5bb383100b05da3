/**
 * Label drawing on Sigma's 2D layer: text with a halo in the background colour so labels stay legible
 * over edges, a ring around the focal author, and a card for the hovered node.
 */
import { NodeSquareProgram } from '@sigma/node-square';
import type { NodeHoverDrawingFunction, NodeLabelDrawingFunction } from 'sigma/rendering';
import { CANVAS_COLORS, type CanvasColors } from '../theme';

let colors: CanvasColors = CANVAS_COLORS.light;

export function setLabelColors(next: CanvasColors): void {
  colors = next;
}

const MAX_LABEL = 60;

function clip(text: string): string {
  return text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1).trimEnd()}…` : text;
}

interface Extra {
  focal?: boolean;
  kind?: 'author' | 'paper';
}

export const drawLabel: NodeLabelDrawingFunction = (context, data, settings) => {
  const extra = data as typeof data & Extra;
  if (extra.focal) {
    context.beginPath();
    context.arc(data.x, data.y, data.size + 3, 0, Math.PI * 2);
    context.lineWidth = 2;
    context.strokeStyle = colors.focal;
    context.stroke();
  }
  if (!data.label) return;
  const size = settings.labelSize;
  const weight = extra.focal ? '700' : settings.labelWeight;
  context.font = `${weight} ${size}px ${settings.labelFont}`;
  const text = clip(data.label);
  const x = data.x + data.size + (extra.focal ? 6 : 4);
  const y = data.y + size / 3;
  context.lineJoin = 'round';
  context.lineWidth = 3.5;
  context.strokeStyle = colors.labelHalo;
  context.strokeText(text, x, y);
  context.fillStyle = colors.label;
  context.fillText(text, x, y);
};

export const drawHover: NodeHoverDrawingFunction = (context, data, settings) => {
  const extra = data as typeof data & Extra;
  const size = settings.labelSize;
  context.font = `600 ${size}px ${settings.labelFont}`;
  const text = data.label ? clip(data.label) : '';
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
  if (text) {
    context.fillStyle = colors.label;
    context.fillText(text, data.x + radius + pad - 2, data.y + size / 3);
  }
};

/** Paper nodes: squares, with the same label and hover drawing as authors (the package's own use fixed colours). */
export class PaperNodeProgram extends NodeSquareProgram {
  drawLabel = drawLabel as NodeSquareProgram['drawLabel'];
  drawHover = drawHover as NodeSquareProgram['drawHover'];
}
