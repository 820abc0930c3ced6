import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, type SymbolType } from 'd3-shape';

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

/** Path of a marker centred on 0,0 (placed with a transform); `size` is the area in px². */
export function markerPath(shape: MarkerShape, size = 48): string {
  return symbol(SHAPES[shape], size)() ?? '';
}
