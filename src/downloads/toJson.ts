import type { Indicator, Observation } from '../model/types.gen.ts';
import { stableItemPieces, stableStringify } from '../write/stableJson.ts';
import { compareRows, type RowKey } from './toRows.ts';

function keyOf(o: Observation): RowKey {
  return { areaCode: o.area ?? '', unitId: o.unit ?? '', period: o.period, gender: o.gender };
}

/**
 * JSON download: the indicator's metadata and its observations, keys sorted, rows sorted — the text
 * of stableStringify({ indicator, observations }, 2) and a newline, in pieces (src/write/textPieces.ts).
 */
export function toJsonPieces(indicator: Indicator, observations: readonly Observation[]): string[] {
  const ours = observations.filter((o) => o.indicator === indicator.id).slice().sort((a, b) => compareRows(keyOf(a), keyOf(b)));
  const head = `{\n  "indicator": ${stableStringify(indicator, 2).replaceAll('\n', '\n  ')},\n  "observations": [`;
  if (ours.length === 0) return [head, ']\n}\n'];
  // The items one level deeper than in an array of their own.
  return [head, '\n    ', ...stableItemPieces(ours).map((piece) => piece.replaceAll('\n', '\n  ')), '\n  ]\n}\n'];
}

/** toJsonPieces as one text. */
export function toJson(indicator: Indicator, observations: readonly Observation[]): string {
  return toJsonPieces(indicator, observations).join('');
}
