// One indicator's share of the bulk download's observations tables. Its own module: the build
// cache keys these pieces with this module's code (src/write/indicatorOutputs.ts), not with the
// code that lays the zip together from them.
import type { Indicator } from '../../model/types.gen.ts';
import { csvLines, STANDARD_CSV } from '../../downloads/toCsv.ts';
import { toRows } from '../../downloads/toRows.ts';
import { jsonItems } from '../../downloads/toJson.ts';
import { utf8Of } from '../../write/textPieces.ts';
import type { OpenDataInput } from './OpenDataInput.ts';
import { deflatePiece, type DeflatePiece } from './deflatePieces.ts';

/** A deflate piece whose compressed bytes are fetched when the zip is written (from the build cache, say). */
export interface LazyPiece {
  crc: number;
  bytes: number;
  data(): Promise<Uint8Array>;
}

/**
 * One indicator's share of the observations tables (observationer.csv and .json): its
 * CSV lines as text (the site publishes that table too) and both as deflate pieces.
 */
export interface IndicatorRows {
  csvText(): Promise<Uint8Array>;
  csv: LazyPiece;
  json: LazyPiece;
}

/** An indicator's rows in both observations tables, as text: its standard CSV lines (csvLines) and JSON items (jsonItems, no brackets). */
export function indicatorRowsText(lines: readonly string[], items: readonly string[]): { csv: Uint8Array; json: Uint8Array } {
  return { csv: utf8Of(lines), json: utf8Of(items) };
}

/** A piece already in memory. */
export const ready = (piece: DeflatePiece): LazyPiece => ({ crc: piece.crc, bytes: piece.bytes, data: async () => piece.data });

/** IndicatorRows made from the data in hand (what the build cache holds, made here for tests and small inputs). */
export function indicatorRows(input: OpenDataInput, indicator: Indicator): IndicatorRows {
  const rows = toRows(indicator, input.observations.get(indicator.id) ?? [], input.areas, input.units);
  const text = indicatorRowsText(csvLines(rows, STANDARD_CSV), jsonItems(input.observations.get(indicator.id) ?? [], indicator.id));
  return { csvText: async () => text.csv, csv: ready(deflatePiece(text.csv)), json: ready(deflatePiece(text.json)) };
}

