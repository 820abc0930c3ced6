// A polite client for Kolada's API v2 (github.com/Hypergene/kolada): one request at a time with a
// pause between requests, every page followed through `next_page`, and a retry with growing
// pauses when Kolada is busy (429) or failing (5xx, dropped connections, cut-off answers).
// Node's own fetch does the HTTP; what is added here is only Kolada's paging and the retry policy.

/** Kolada's public API; `--api` or $KOLADA_API_URL point elsewhere (a mirror, a test server). */
export const DEFAULT_API = 'https://api.kolada.se/v2/';

export interface ClientOptions {
  /** Base URL ending in /v2/ (a trailing slash is added when missing). */
  baseUrl?: string;
  /** Least time between the start of two requests. Kolada asks nothing specific; a few a second is polite. */
  minIntervalMs?: number;
  /** Attempts per request, the first included. */
  attempts?: number;
  /** Pause before the first retry; doubled for each further one, capped at maxBackoffMs. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** One request's time limit. */
  timeoutMs?: number;
  /** Told about every retry (for the progress output). */
  onRetry?: (info: { url: string; attempt: number; reason: string; waitMs: number }) => void;
}

/** A request that failed after every retry, or an answer that is not Kolada's. */
export class KoladaError extends Error {
  readonly url: string;
  constructor(message: string, url: string) {
    super(message);
    this.url = url;
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Retry-After in seconds or as an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

interface Page {
  values: unknown[];
  next?: string;
}

export class KoladaClient {
  readonly baseUrl: URL;
  readonly options: Required<Omit<ClientOptions, 'onRetry' | 'baseUrl'>> & Pick<ClientOptions, 'onRetry'>;
  /** Requests made (pages and retries included), for the summary. */
  requests = 0;
  private lastStart = 0;

  constructor(options: ClientOptions = {}) {
    const base = options.baseUrl ?? DEFAULT_API;
    this.baseUrl = new URL(base.endsWith('/') ? base : `${base}/`);
    this.options = {
      minIntervalMs: options.minIntervalMs ?? 250,
      attempts: options.attempts ?? 6,
      backoffMs: options.backoffMs ?? 2000,
      maxBackoffMs: options.maxBackoffMs ?? 60_000,
      timeoutMs: options.timeoutMs ?? 60_000,
      onRetry: options.onRetry,
    };
  }

  /** Every value of a query (a path under the base URL, e.g. "data/kpi/N15428/municipality/0182"), all pages. */
  async getAll(path: string): Promise<unknown[]> {
    const values: unknown[] = [];
    let url: URL | undefined = new URL(path, this.baseUrl);
    for (let pages = 0; url; pages++) {
      if (pages > 10_000) throw new KoladaError('Kolada slutade aldrig ge fler sidor', url.href);
      const page = await this.getPage(url);
      for (const v of page.values) values.push(v);
      url = page.next === undefined ? undefined : this.followable(page.next, url);
    }
    return values;
  }

  /**
   * The next page's address, on the configured server: Kolada writes its own (sometimes http:)
   * address into next_page, which must not lead a mirror's or test server's client elsewhere.
   */
  private followable(next: string, current: URL): URL {
    let url: URL;
    try {
      url = new URL(next, current);
    } catch {
      throw new KoladaError(`Kolada gav en ogiltig adress till nästa sida: ${next}`, current.href);
    }
    if (url.hostname !== this.baseUrl.hostname) {
      throw new KoladaError(`Kolada hänvisade nästa sida till en annan server (${url.host})`, current.href);
    }
    return new URL(url.pathname + url.search, this.baseUrl.origin);
  }

  private async getPage(url: URL): Promise<Page> {
    const { attempts, backoffMs, maxBackoffMs } = this.options;
    for (let attempt = 1; ; attempt++) {
      const result = await this.attempt(url);
      if ('page' in result) return result.page;
      if (!result.retry || attempt >= attempts) {
        throw new KoladaError(`${result.reason}${result.retry ? ` (${attempts} försök)` : ''}`, url.href);
      }
      const waitMs = Math.min(maxBackoffMs, result.waitMs ?? backoffMs * 2 ** (attempt - 1));
      this.options.onRetry?.({ url: url.href, attempt, reason: result.reason, waitMs });
      await sleep(waitMs);
    }
  }

  private async attempt(url: URL): Promise<{ page: Page } | { retry: boolean; reason: string; waitMs?: number }> {
    const wait = this.lastStart + this.options.minIntervalMs - Date.now();
    if (wait > 0) await sleep(wait);
    this.lastStart = Date.now();
    this.requests++;
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(this.options.timeoutMs) });
      text = await response.text();
    } catch (e) {
      const cause = (e as { cause?: { code?: string } }).cause?.code;
      return { retry: true, reason: `ingen kontakt med Kolada (${cause ?? (e as Error).name})` };
    }
    if (response.status === 429 || response.status >= 500) {
      const waitMs = retryAfterMs(response.headers.get('retry-after'));
      return { retry: true, reason: `Kolada svarade ${response.status}`, ...(waitMs !== undefined ? { waitMs } : {}) };
    }
    if (!response.ok) return { retry: false, reason: `Kolada svarade ${response.status} ${response.statusText}`.trim() };
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      // A cut-off answer is worth another try; a page that is never JSON fails after the retries.
      return { retry: true, reason: 'svaret från Kolada var ingen hel JSON' };
    }
    if (typeof body !== 'object' || body === null || !Array.isArray((body as { values?: unknown }).values)) {
      return { retry: false, reason: 'svaret från Kolada saknar listan "values"' };
    }
    const { values, next_page: next } = body as { values: unknown[]; next_page?: unknown };
    return { page: typeof next === 'string' && next !== '' ? { values, next } : { values } };
  }
}
