import { describe, expect, it } from 'vitest';
import { toJson, toJsonPieces } from '../../src/downloads/toJson.ts';
import { stableStringify } from '../../src/write/stableJson.ts';
import { RECORDS_PER_PIECE } from '../../src/write/textPieces.ts';
import type { Observation } from '../../src/model/types.gen.ts';
import { sampleIndicator, sampleObservations } from './sample.ts';

describe('toJson', () => {
  const indicator = sampleIndicator();
  const text = toJson(indicator, sampleObservations());
  const parsed = JSON.parse(text) as { indicator: typeof indicator; observations: Observation[] };

  it('holds the indicator metadata and only its own observations', () => {
    expect(Object.keys(parsed)).toEqual(['indicator', 'observations']);
    expect(parsed.indicator).toEqual(indicator);
    expect(parsed.observations).toHaveLength(7);
    expect(parsed.observations.every((o) => o.indicator === 'N15428')).toBe(true);
  });

  it('round-trips values exactly, nulls with their status', () => {
    const key = (o: Observation) => `${o.area ?? o.unit} ${o.period} ${o.gender}`;
    const expected = new Map(sampleObservations().filter((o) => o.indicator === 'N15428').map((o) => [key(o), o]));
    for (const o of parsed.observations) expect(o).toEqual(expected.get(key(o)));
    expect(parsed.observations[0]).toMatchObject({ area: '0000', period: '2023', value: null, status: 'missing' });
  });

  it('sorts keys at every level and is independent of input order', () => {
    expect(Object.keys(parsed.indicator)).toEqual(Object.keys(parsed.indicator).slice().sort());
    for (const o of parsed.observations) expect(Object.keys(o)).toEqual(Object.keys(o).slice().sort());
    expect(toJson(indicator, sampleObservations().reverse())).toBe(text);
  });

  it('is stableStringify\'s text of the whole, also when made in several pieces', () => {
    const many: Observation[] = Array.from({ length: 2 * RECORDS_PER_PIECE + 1 }, (_, i) => ({ ...sampleObservations()[i % 7], area: String(1000 + i) }));
    const pieces = toJsonPieces(indicator, many);
    expect(pieces.length).toBeGreaterThan(5);
    const sorted = JSON.parse(pieces.join('')).observations as Observation[];
    expect(pieces.join('')).toBe(stableStringify({ indicator, observations: sorted }, 2) + '\n');
    expect(toJson(indicator, [])).toBe(stableStringify({ indicator, observations: [] }, 2) + '\n');
  });
});
