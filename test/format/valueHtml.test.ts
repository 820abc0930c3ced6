// valueHtml: the markup of a figure in a table cell (what Value.astro renders), escaped as Astro
// escapes text and attributes, with the status symbol and its explanation when there is no number.
import { describe, expect, it } from 'vitest';
import { valueHtml } from '../../src/format/valueHtml.ts';

describe('valueHtml', () => {
  it('writes a figure with its unit, and marks a preliminary one', () => {
    expect(valueHtml({ value: 1234.5, unit: 'kr', decimals: 1 }, 'sv')).toBe('<span>1\u00a0234,5\u00a0kr</span>');
    expect(valueHtml({ value: 74, unit: '%', decimals: 0, preliminary: true }, 'en')).toBe(
      '<span>74% <abbr title="Preliminary figure.">*</abbr><span class="visually-hidden"> (preliminary)</span></span>',
    );
  });

  it('writes the status symbol with its explanation when there is no number, never a 0 or a blank', () => {
    expect(valueHtml({ value: null, unit: 'kr', decimals: 0 }, 'en')).toBe(
      '<span><abbr title="Figure missing (non-response).">-</abbr><span class="visually-hidden"> (missing)</span></span>',
    );
    expect(valueHtml({ value: null, status: 'suppressed', unit: 'kr', decimals: 0 }, 'sv')).toMatch(/^<span><abbr title="[^"]+">\.\.<\/abbr><span class="visually-hidden"> \([^)]+\)<\/span><\/span>$/);
  });

  it('escapes a unit as Astro escapes text', () => {
    expect(valueHtml({ value: 3, unit: '<b>&"\'', decimals: 0 }, 'sv')).toBe('<span>3\u00a0&lt;b&gt;&amp;&quot;&#39;</span>');
  });
});
