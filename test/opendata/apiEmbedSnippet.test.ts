// The embed snippet and the data page's small helpers (pure functions).
import { describe, expect, it } from 'vitest';
import { embedSnippet, embedUrl } from '../../src/opendata/embed/embedSnippet.ts';
import { citation, datasetSummary, formatBytes } from '../../src/opendata/api/datasetSummary.ts';
import { sampleInput } from './bulkSample.ts';
import { coverageOf } from '../../src/site/coverage.ts';

describe('embedSnippet', () => {
  it('is an iframe with the embed URL, a title and lazy loading', () => {
    expect(embedSnippet({ baseUrl: 'https://kommun.se/resultat/', id: 'N15428', title: 'Behöriga elever – diagram' })).toBe(
      '<iframe src="https://kommun.se/resultat/matt/N15428/inbaddning/" title="Behöriga elever – diagram" width="100%" height="560" loading="lazy"></iframe>',
    );
  });

  it('escapes spreadsheet text so the snippet cannot break out of its attribute', () => {
    const snippet = embedSnippet({ baseUrl: 'https://kommun.se/', id: 'X1', title: '"><script>alert(1)</script>&' });
    expect(snippet).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;"');
    expect(snippet).not.toContain('<script');
  });

  it('encodes the id in the URL', () => {
    expect(embedUrl('https://kommun.se/', 'a b')).toBe('https://kommun.se/matt/a%20b/inbaddning/');
  });
});

describe('data page helpers', () => {
  it('summarises a dataset: period span in time order, number of values, every format', () => {
    const input = sampleInput();
    const indicator = input.indicators.find((i) => i.id === 'lokal-fientlig')!;
    const s = datasetSummary(indicator, coverageOf(input.observations.get(indicator.id) ?? []), '/');
    // Time order as the site orders periods (by when they end): the year 2024 ends after 2024H1.
    expect(s.periods).toEqual({ first: '2022', last: '2024' });
    expect(s.values).toBe(3);
    expect(s.formats.map((f) => f.path)).toEqual([
      '/matt/lokal-fientlig/data.csv', '/matt/lokal-fientlig/data-excel.csv', '/matt/lokal-fientlig/data.xlsx', '/matt/lokal-fientlig/data.json', '/api/v1/indicators/lokal-fientlig.json',
    ]);
    expect(datasetSummary(indicator, coverageOf([]), '/').periods).toBeUndefined();
  });

  it('cites with the year and version from the data date', () => {
    expect(citation('Nacka kommun', 'Nackas resultat', 'https://x.se/', '2025-08-31')).toBe('Nacka kommun (2025). Nackas resultat, version 2025-08-31. https://x.se/');
    expect(citation('Nacka kommun', 'Nackas resultat', 'https://x.se/')).toBe('Nacka kommun. Nackas resultat. https://x.se/');
  });

  it('writes sizes the Swedish way', () => {
    expect(formatBytes(870)).toBe('870 byte');
    expect(formatBytes(48_400)).toBe('48 kB');
    expect(formatBytes(1_234_567)).toBe('1,2 MB');
  });
});
