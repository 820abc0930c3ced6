import { pathRound, type Path } from 'd3-path';
import { symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, type CanvasPath_D3Shape, type SymbolType } from 'd3-shape';

/** What a line stands for; decides its look. */
export type SeriesRole = 'home' | 'country' | 'region' | 'similar' | 'women' | 'men';

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';

export interface SeriesStyle {
  /** CSS class suffix: the colour lives in CSS (chart-series--home …), never inline. */
  role: SeriesRole;
  strokeWidth: number;
  /** SVG stroke-dasharray; undefined for a solid line. */
  dash?: string;
  marker: MarkerShape;
}

/**
 * Colour is never the only carrier: every role has its own dash pattern and marker shape, and
 * every line gets a direct label. The home municipality is the thick solid line.
 */
export const SERIES_STYLES: Record<SeriesRole, SeriesStyle> = {
  home: { role: 'home', strokeWidth: 3, marker: 'circle' },
  country: { role: 'country', strokeWidth: 2, dash: '7 4', marker: 'square' },
  region: { role: 'region', strokeWidth: 2, dash: '10 3 2 3', marker: 'diamond' },
  similar: { role: 'similar', strokeWidth: 2, dash: '2 3', marker: 'triangle' },
  women: { role: 'women', strokeWidth: 2.5, marker: 'diamond' },
  men: { role: 'men', strokeWidth: 2.5, dash: '7 4', marker: 'square' },
};

const SHAPES: Record<MarkerShape, SymbolType> = {
  circle: symbolCircle,
  square: symbolSquare,
  triangle: symbolTriangle,
  diamond: symbolDiamond,
};

/**
 * A drawing context that draws onto `path` moved by the offset last given to `to`: d3's symbols
 * draw around 0,0. One context for all of a path's markers, not one (with its eight closures)
 * per marker. (d3-path has no ellipse, which the type lists and no symbol uses.)
 */
function shifting(path: Path): { context: CanvasPath_D3Shape; to(x: number, y: number): void } {
  let dx = 0;
  let dy = 0;
  const context = {
    moveTo: (x: number, y: number) => path.moveTo(x + dx, y + dy),
    lineTo: (x: number, y: number) => path.lineTo(x + dx, y + dy),
    arc: (x: number, y: number, r: number, a0: number, a1: number, ccw?: boolean) => path.arc(x + dx, y + dy, r, a0, a1, ccw),
    arcTo: (x1: number, y1: number, x2: number, y2: number, r: number) => path.arcTo(x1 + dx, y1 + dy, x2 + dx, y2 + dy, r),
    bezierCurveTo: (a: number, b: number, c: number, d: number, x: number, y: number) => path.bezierCurveTo(a + dx, b + dy, c + dx, d + dy, x + dx, y + dy),
    quadraticCurveTo: (a: number, b: number, x: number, y: number) => path.quadraticCurveTo(a + dx, b + dy, x + dx, y + dy),
    rect: (x: number, y: number, w: number, h: number) => path.rect(x + dx, y + dy, w, h),
    closePath: () => path.closePath(),
  } as Omit<CanvasPath_D3Shape, 'ellipse'> as CanvasPath_D3Shape;
  return {
    context,
    to: (x, y) => {
      dx = x;
      dy = y;
    },
  };
}

export function markersPath(shape: MarkerShape, points: readonly { x: number; y: number }[], size = 48): string {
  const path = pathRound(1);
  const shifted = shifting(path);
  for (const { x, y } of points) {
    shifted.to(x, y);
    SHAPES[shape].draw(shifted.context, size);
  }
  return path.toString();
}
