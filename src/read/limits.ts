// Safety limits for reading one file (QUALITY.md: check sizes before parsing,
// cap rows × columns). The orchestrator may override any of them per run.

export interface ReadLimits {
  /** Largest file read at all, in bytes. */
  maxBytes: number;
  /** Largest total declared uncompressed size of a ZIP-based workbook, in bytes. */
  maxUncompressedBytes: number;
  /** Largest uncompressed:compressed ratio, checked only when the ZIP unpacks to more than RATIO_FLOOR_BYTES. */
  maxRatio: number;
  /** Most real (non-empty) cells in one sheet. */
  maxCells: number;
  /** Most rows in one sheet or CSV file. */
  maxRows: number;
}

const MB = 1024 * 1024;

export const DEFAULT_LIMITS: ReadLimits = {
  maxBytes: 200 * MB,
  maxUncompressedBytes: 1024 * MB,
  maxRatio: 200,
  maxCells: 20_000_000,
  maxRows: 1_100_000,
};

/** Small ZIPs compress well (XML of an empty sheet easily reaches 100:1); the ratio only matters above this. */
export const RATIO_FLOOR_BYTES = 10 * MB;

export function resolveLimits(partial?: Partial<ReadLimits>): ReadLimits {
  return { ...DEFAULT_LIMITS, ...partial };
}

/** Swedish thousands grouping with a plain space: 20000000 → "20 000 000" (messages are plain text). */
export function formatCount(n: number): string {
  return Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** A byte count as a controller reads it: "250 MB", "3,5 kB", "12 byte". Swedish decimal comma. */
export function formatBytes(bytes: number): string {
  const units = ['byte', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let i = 0;
  while (value >= 1024 && i < units.length - 1) {
    value /= 1024;
    i++;
  }
  const text = i === 0 || value >= 10 ? formatCount(value) : value.toFixed(1).replace('.', ',').replace(/,0$/, '');
  return `${text} ${units[i]}`;
}
