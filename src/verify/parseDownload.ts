// Whether a published download reads back in its format: the gate parses a sample of each type
// (verifyBuild.ts, PARSE_LIMIT_PER_TYPE), in its threads on a large site (pageWorker.ts).
import { Parser } from 'htmlparser2';
import Papa from 'papaparse';
import { extname } from 'node:path';
import { verifyZipStreams } from '../read/verifyZipStreams.ts';

/** Why the file does not parse, or undefined when it does (or its type is not one the gate parses). */
export async function parseDownload(path: string, bytes: Buffer): Promise<string | undefined> {
  try {
    switch (extname(path)) {
      case '.json':
        JSON.parse(bytes.toString('utf8'));
        return undefined;
      case '.csv': {
        const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
        const result = Papa.parse(text, { header: false, skipEmptyLines: true });
        const bad = result.errors.find((e) => e.type === 'Quotes');
        return bad ? bad.message : result.data.length === 0 ? 'empty' : undefined;
      }
      case '.xlsx': {
        // Loaded here: the gate's threads start with this module, and most rebuilds parse no workbook.
        const XLSX = await import('@e965/xlsx');
        // Every cell read, none formatted for display (shown text, HTML): a third less time a workbook.
        const wb = XLSX.read(bytes, { type: 'buffer', dense: true, cellText: false, cellHTML: false });
        return wb.SheetNames.length ? undefined : 'no sheets';
      }
      case '.zip':
        // Entry by entry, as the importer checks zips: never the whole content in memory.
        return await verifyZipStreams(bytes);
      case '.xml':
      case '.rdf': {
        let error: string | undefined;
        const p = new Parser({ onerror: (e) => (error = e.message) }, { xmlMode: true });
        p.write(bytes.toString('utf8'));
        p.end();
        return error;
      }
    }
  } catch (e) {
    return (e as Error).message.slice(0, 120);
  }
  return undefined;
}
