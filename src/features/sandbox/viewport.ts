/**
 * Fitting the diagram into the canvas without making it unreadable: the zoom never goes below the
 * level where node text stays legible. A diagram too large for that is shown from its start (top left,
 * where flows begin) and the learner scrolls to the rest, rather than seeing it shrunk to a smudge.
 */
import type { Box } from './geometry';

/** Node labels are 15 px at zoom 1: below 0.8 they would drop under 12 px. */
export const READABLE_ZOOM = 0.8;
/** The presenter view keeps nodes large enough for the back of a room. */
export const PRESENTER_ZOOM = 1.25;

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

export function readableViewport(bounds: Box, width: number, height: number, { minZoom = READABLE_ZOOM, maxZoom = 1.5, padding = 28 } = {}): Viewport {
  const fit = Math.min((width - 2 * padding) / Math.max(bounds.w, 1), (height - 2 * padding) / Math.max(bounds.h, 1));
  const zoom = Math.min(maxZoom, Math.max(minZoom, fit));
  const place = (start: number, size: number, room: number) => {
    const scaled = size * zoom;
    // Centred when it fits; otherwise its start is at the padding and the rest is a scroll away.
    return scaled + 2 * padding <= room ? (room - scaled) / 2 - start * zoom : padding - start * zoom;
  };
  return { x: place(bounds.x, bounds.w, width), y: place(bounds.y, bounds.h, height), zoom };
}
