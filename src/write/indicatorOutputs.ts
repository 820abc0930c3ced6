// The outputs made from one indicator's observations, each kept in the build cache under
// a key of exactly what it is made from. To add an output: describe it here as an
// IndicatorOutput (see CONTRIBUTING.md, "The build cache") and list it in INDICATOR_OUTPUTS.
import type { Indicator, Observation } from '../model/types.gen.ts';
import type { DownloadRow } from '../downloads/columns.ts';
import { toRows } from '../downloads/toRows.ts';
import { csvLines, STANDARD_CSV } from '../downloads/toCsv.ts';
import { jsonItems } from '../downloads/toJson.ts';
import { indicatorFiles, indicatorWorkbook } from '../opendata/indicatorFiles.ts';
import { indicatorRowsText } from '../opendata/bulk/indicatorRows.ts';
import { deflatePiece } from '../opendata/bulk/deflatePieces.ts';
import type { SiteData } from '../site/loadSiteData.ts';
import { pageView } from '../site/pageView.ts';
import { checkObservations } from '../verify/verifyBuild.ts';
import type { OutputFile } from '../cache/OutputCache.ts';
import { parseObservationLines } from './writeDataset.ts';

/** What every output of a build may read besides an indicator's observations. */
export interface OutputContext {
  data: SiteData;
  /** sha256 of areas.json and units.json as written: the names the downloads show. */
  areasHash: string;
  unitsHash: string;
}

/** One indicator's observations, parsed once and only when some output has to be made. */
export interface IndicatorInput {
  indicator: Indicator;
  observations(): readonly Observation[];
  rows(): readonly DownloadRow[];
  /** The rows as standard CSV lines without the header, in pieces: data.csv and the bulk table share them. */
  csvLines(): readonly string[];
  /** The observations as JSON items (jsonItems): data.json and the bulk table share them. */
  jsonItems(): readonly string[];
}

export interface IndicatorOutput {
  /** Part of the key; also names the output in timings and messages. */
  name: string;
  /** The module that makes it: its import closure (codeVersion) is part of the key. */
  code: URL;
  /** Where its files go: the site (path from the site root), the page views folder, or nowhere (read by a later step). */
  root: 'site' | 'pages' | 'none';
  /** No page reads its files or their sizes: made while the pages render, on the core Astro leaves (writeDataFiles). */
  besidePages?: true;
  /**
   * Everything besides the observations that the files depend on — exactly that, so an
   * unrelated change (another site.json setting) does not make them again.
   */
  inputs(ctx: OutputContext, indicator: Indicator): unknown[];
  /** The files (by their path under `root`) and facts the later steps need (CRCs, the gate's verdict). */
  make(ctx: OutputContext, input: IndicatorInput): { files: OutputFile[]; meta?: Record<string, unknown> };
}

/** Three of the four downloads on the indicator page and its API document (the same bytes as data.json, one blob). */
const downloads: IndicatorOutput = {
  name: 'downloads',
  code: new URL('../opendata/indicatorFiles.ts', import.meta.url),
  root: 'site',
  inputs: (ctx, indicator) => [indicator, ctx.areasHash, ctx.unitsHash, ctx.data.site.licence ?? null, ctx.data.site.name],
  make: (ctx, { indicator, observations, rows, csvLines, jsonItems }) => ({
    files: indicatorFiles({ ...ctx.data, observations: new Map([[indicator.id, observations()]]) }, indicator, { rows: rows(), csvLines: csvLines(), jsonItems: jsonItems() }).map((f) => ({ name: f.path, bytes: f.bytes })),
  }),
};

/** The fourth download, the workbook: half the CPU of all the data files, and no page needs it to render. */
const workbook: IndicatorOutput = {
  name: 'workbook',
  code: new URL('../opendata/indicatorFiles.ts', import.meta.url),
  root: 'site',
  besidePages: true,
  inputs: (ctx, indicator) => [indicator, ctx.areasHash, ctx.unitsHash, ctx.data.site.licence ?? null, ctx.data.site.name],
  make: (ctx, { indicator, rows }) => {
    const file = indicatorWorkbook(ctx.data, indicator, rows());
    return { files: [{ name: file.path, bytes: file.bytes }] };
  },
};

/** The indicator's share of the bulk zip's observations tables: text and deflate pieces (see writeBulkFiles). */
const bulkRows: IndicatorOutput = {
  name: 'bulk-rows',
  code: new URL('../opendata/bulk/indicatorRows.ts', import.meta.url),
  root: 'none',
  inputs: (ctx, indicator) => [indicator, ctx.areasHash, ctx.unitsHash],
  make: (_ctx, { csvLines, jsonItems }) => {
    const text = indicatorRowsText(csvLines(), jsonItems());
    const csv = deflatePiece(text.csv);
    const json = deflatePiece(text.json);
    return {
      files: [
        { name: 'rows.csv', bytes: text.csv },
        { name: 'rows.csv.deflate', bytes: csv.data },
        { name: 'rows.json.deflate', bytes: json.data },
      ],
      meta: { csvCrc: csv.crc, csvBytes: csv.bytes, jsonCrc: json.crc, jsonBytes: json.bytes },
    };
  },
};

/**
 * What the indicator's pages render from (src/site/pageView.ts): the observations they show and
 * the ranking among all municipalities, which reads every municipality's values of this
 * indicator (its observations, already in the key) and orders them by the indicator's direction
 * and decimals, around the home municipality.
 */
const pageViewOutput: IndicatorOutput = {
  name: 'page-view',
  code: new URL('../site/pageView.ts', import.meta.url),
  root: 'pages',
  inputs: (ctx, indicator) => [ctx.data.site.municipality, ctx.data.site.comparison, indicator.direction, indicator.decimals],
  make: (ctx, { indicator, observations }) => ({
    files: [{ name: `${indicator.id}.json`, bytes: Buffer.from(JSON.stringify(pageView(observations(), ctx.data.site, indicator)), 'utf8') }],
  }),
};

/** The gate's schema check of the observations file: its verdict, trusted while the file's hash is the same. */
const gateCheck: IndicatorOutput = {
  name: 'gate-observations',
  code: new URL('../verify/verifyBuild.ts', import.meta.url),
  root: 'none',
  inputs: () => [],
  make: (_ctx, { indicator, observations }) => ({
    files: [],
    meta: { problem: checkObservations(`observations/${indicator.id}.json`, observations()) ?? null },
  }),
};

/** Every output made per indicator, in the order they are made. */
export const INDICATOR_OUTPUTS: readonly IndicatorOutput[] = [gateCheck, downloads, bulkRows, pageViewOutput, workbook];

/** An IndicatorInput that parses `bytes` (the observations file) at most once, and the rows at most once. */
export function indicatorInput(ctx: OutputContext, indicator: Indicator, bytes: Buffer | undefined): IndicatorInput {
  let observations: Observation[] | undefined;
  let rows: DownloadRow[] | undefined;
  let lines: string[] | undefined;
  let items: string[] | undefined;
  const input: IndicatorInput = {
    indicator,
    observations: () => (observations ??= bytes ? parseObservationLines(bytes) : []),
    rows: () => (rows ??= toRows(indicator, input.observations(), ctx.data.areas, ctx.data.units)),
    csvLines: () => (lines ??= csvLines(input.rows(), STANDARD_CSV)),
    jsonItems: () => (items ??= jsonItems(input.observations(), indicator.id)),
  };
  return input;
}
