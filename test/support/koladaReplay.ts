// A stand-in for Kolada's API v2 on 127.0.0.1 that answers from recorded responses: the real
// Kolada answers in ../shared/data/kolada/api/ (one file per KPI, all areas and years) and Kolada's
// KPI catalogue, cut to what each query asks for and split into pages (`next_page`) as Kolada does.
// Faults can be scripted per path (429 with Retry-After, 500, a cut-off body) to test the retries.
// No network: tests of `npm run kolada` and `npm run init` point --api here.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Papa from 'papaparse';
import { shared, sharedFiles } from './sharedData.ts';

type Value = Record<string, unknown>;

export interface Fault {
  /** Which requests (path and query) it hits. */
  match: RegExp;
  /** How many matching requests get it (then the real answer). */
  times: number;
  status?: number;
  retryAfter?: string;
  /** A body instead of the real one (e.g. cut-off JSON with status 200). */
  body?: string;
}

export interface ReplayOptions {
  /** Values per page; Kolada's default is 5000. */
  pageSize?: number;
  faults?: Fault[];
  /** Units per municipality (/v2/ou) and unit values per KPI (/v2/oudata): the shared data has none. */
  units?: Record<string, Value[]>;
  unitData?: Record<string, Value[]>;
  /** Extra or replacing municipality values per KPI (to simulate Kolada publishing new figures). */
  data?: Record<string, Value[]>;
}

export interface Replay {
  url: string;
  /** Every request's path and query, in order. */
  requests: string[];
  close(): Promise<void>;
}

let recorded: Map<string, Value[]> | undefined;
let catalogue: Map<string, Value> | undefined;

/** The real recorded answers: one per KPI in ../shared/data/kolada/api/. */
export function recordedData(): Map<string, Value[]> {
  recorded ??= new Map(
    sharedFiles('kolada', 'api')
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f.replace(/\.json$/, ''), (JSON.parse(readFileSync(shared('kolada', 'api', f), 'utf8')) as { values: Value[] }).values]),
  );
  return recorded;
}

/** Kolada's KPI catalogue rows in the shape of /v2/kpi answers. */
export function recordedKpis(): Map<string, Value> {
  if (!catalogue) {
    const rows = Papa.parse<Record<string, string>>(readFileSync(shared('kolada', 'kpi-catalogue.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
    catalogue = new Map(
      rows
        .filter((r) => r.concept)
        .map((r) => [
          r.concept,
          {
            auspices: r.auspices || null,
            description: r.description,
            has_ou_data: r.has_ou_data === 'True',
            id: r.concept,
            is_divided_by_gender: Number(r.is_divided_by_gender) || 0,
            municipality_type: r.municipality_type,
            operating_area: r.operating_area,
            ou_publication_date: r.ou_publication_date || null,
            perspective: r.perspective,
            prel_publication_date: r.prel_publication_date || null,
            publication_date: r.publication_date || null,
            title: r.name,
          },
        ]),
    );
  }
  return catalogue;
}

export async function startKoladaReplay(options: ReplayOptions = {}): Promise<Replay> {
  const pageSize = options.pageSize ?? 5000;
  const faults = (options.faults ?? []).map((f) => ({ ...f }));
  const requests: string[] = [];
  const data = (kpi: string): Value[] => options.data?.[kpi] ?? recordedData().get(kpi) ?? [];
  let origin = '';

  const answer = (path: string, query: URLSearchParams): Value[] | undefined => {
    const ids = (s: string) => new Set(decodeURIComponent(s).split(','));
    let m = /^\/v2\/kpi\/([^/]+)$/.exec(path);
    if (m) {
      const wanted = ids(m[1]);
      return [...wanted].map((id) => recordedKpis().get(id)).filter((k): k is Value => k !== undefined);
    }
    m = /^\/v2\/data\/kpi\/([^/]+)\/municipality\/([^/]+)$/.exec(path);
    if (m) {
      const areas = ids(m[2]);
      return [...ids(m[1])].flatMap((kpi) => data(kpi).filter((v) => areas.has(String(v.municipality))));
    }
    m = /^\/v2\/oudata\/kpi\/([^/]+)\/ou\/([^/]+)$/.exec(path);
    if (m) {
      const units = ids(m[2]);
      return [...ids(m[1])].flatMap((kpi) => (options.unitData?.[kpi] ?? []).filter((v) => units.has(String(v.ou))));
    }
    if (path === '/v2/ou') return options.units?.[query.get('municipality') ?? ''] ?? [];
    return undefined;
  };

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', origin);
    requests.push(url.pathname + url.search);
    const fault = faults.find((f) => f.times > 0 && f.match.test(url.pathname + url.search));
    if (fault) {
      fault.times--;
      res.statusCode = fault.status ?? 200;
      if (fault.retryAfter !== undefined) res.setHeader('retry-after', fault.retryAfter);
      res.setHeader('content-type', 'application/json');
      res.end(fault.body ?? '{"error":"scripted fault"}');
      return;
    }
    const values = answer(url.pathname, url.searchParams);
    if (values === undefined) {
      res.statusCode = 404;
      res.end('Not found');
      return;
    }
    const perPage = Math.min(Number(url.searchParams.get('per_page')) || pageSize, pageSize);
    const page = Math.max(1, Number(url.searchParams.get('page')) || 1);
    const slice = values.slice((page - 1) * perPage, page * perPage);
    const body: Value = { count: slice.length, values: slice };
    const link = (p: number) => {
      const next = new URL(url.href);
      next.searchParams.set('page', String(p));
      next.searchParams.set('per_page', String(perPage));
      return next.href;
    };
    if (page * perPage < values.length) body.next_page = link(page + 1);
    if (page > 1) body.previous_page = link(page - 1);
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/v2/`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
