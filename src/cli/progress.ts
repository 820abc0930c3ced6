import type { IngestProgress } from '../ingest.ts';

/**
 * Progress on an interactive terminal (one line, rewritten in place); nothing
 * in CI logs or when output is piped, where a line per update would be noise.
 */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): IngestProgress | undefined {
  if (!stream.isTTY || process.env.CI) return undefined;
  let files = '';
  let last = 0;
  const nf = new Intl.NumberFormat('sv-SE');
  const draw = (rows: number) => {
    const now = Date.now();
    if (now - last < 100) return; // at most ten redraws a second
    last = now;
    stream.write(`\r\x1b[K${files}, ${nf.format(rows)} rader`);
  };
  return {
    file(done, total, path) {
      files = `Läser fil ${done + 1} av ${total}: ${path}`;
      draw(0);
    },
    rows(count) {
      draw(count);
    },
  };
}

export function clearProgress(stream: NodeJS.WriteStream = process.stderr): void {
  if (stream.isTTY && !process.env.CI) stream.write('\r\x1b[K');
}
