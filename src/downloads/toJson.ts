import type { Indicator, Observation } from '../model/types.gen.ts';
import { stableItemPieces, stableStringify } from '../write/stableJson.ts';
import { compareRows, type RowKey } from './toRows.ts';

function keyOf(o: Observation): RowKey {
  return { areaCode: o.area ?? '', unitId: o.unit ?? '', period: o.period, gender: o.gender };
}

/** One indicator's observations in download order (areas, units, period, gender), as data.json has them. */
export function inDownloadOrder(observations: readonly Observation[], id: string): Observation[] {
  return observations.filter((o) => o.indicator === id).sort((a, b) => compareRows(keyOf(a), keyOf(b)));
}

/** The observations in download order as the items of a JSON array of their own (stableItemPieces): data.json and the bulk table's JSON share them. */
export function jsonItems(observations: readonly Observation[], id: string): string[] {
  return stableItemPieces(inDownloadOrder(observations, id));
}

/**
 * JSON download: the indicator's metadata and its observations, keys sorted, rows sorted — the text
 * of stableStringify({ indicator, observations }, 2) and a newline, in pieces (src/write/textPieces.ts).
 * `items` are jsonItems(observations, indicator.id), when the caller has them already.
 */
export function toJsonPieces(indicator: Indicator, observations: readonly Observation[], items: readonly string[] = jsonItems(observations, indicator.id)): string[] {
  const head = `{\n  "indicator": ${stableStringify(indicator, 2).replaceAll('\n', '\n  ')},\n  "observations": [`;
  if (items.length === 0) return [head, ']\n}\n'];
  // The items one level deeper than in an array of their own.
  return [head, '\n    ', ...items.map((piece) => piece.replaceAll('\n', '\n  ')), '\n  ]\n}\n'];
}

/** toJsonPieces as one text. */
export function toJson(indicator: Indicator, observations: readonly Observation[]): string {
  return toJsonPieces(indicator, observations).join('');
}
