import type { Indicator, Observation } from '../model/types.gen.ts';
import { periodYear } from '../model/comparePeriods.ts';
import { latest, previous } from './latest.ts';
import { round } from './change.ts';

export type TargetStatusKind = 'achieved' | 'on-track' | 'not-achieved' | 'none';
export type Target = Indicator['targets'][number];

export interface TargetStatus {
  status: TargetStatusKind;
  /** The target the status is measured against. */
  target?: Target;
}

/**
 * The target that applies to a period year: the one with the smallest year at or after it,
 * else the last target (the latest year) once all target years have passed.
 */
export function chooseTarget(targets: readonly Target[], year: number): Target | undefined {
  const sorted = [...targets].sort((a, b) => a.year - b.year);
  return sorted.find((target) => target.year >= year) ?? sorted[sorted.length - 1];
}

/**
 * Status of the home municipality's latest value against its target:
 * achieved when the latest value meets the target (≥ when higher is better, ≤ when lower is better);
 * on-track when it moved toward the target since the previous value and the target year has not passed;
 * otherwise not-achieved. Neutral indicators, indicators without targets and series without a value: none.
 * Values are compared as shown (rounded to the indicator's decimals).
 */
export function targetStatus(
  indicator: Pick<Indicator, 'direction' | 'targets' | 'decimals'>,
  observations: readonly Observation[],
  area: string,
): TargetStatus {
  if (indicator.direction === 'neutral' || indicator.targets.length === 0) return { status: 'none' };
  const last = latest(observations, area);
  const year = last && periodYear(last.period);
  if (!last || year === undefined) return { status: 'none' };
  const target = chooseTarget(indicator.targets, year);
  if (!target) return { status: 'none' };
  const higher = indicator.direction === 'higher-is-better';
  const value = round(last.value, indicator.decimals);
  const goal = round(target.value, indicator.decimals);
  if (higher ? value >= goal : value <= goal) return { status: 'achieved', target };
  const before = previous(observations, area);
  if (before && target.year >= year) {
    const prior = round(before.value, indicator.decimals);
    if (higher ? value > prior : value < prior) return { status: 'on-track', target };
  }
  return { status: 'not-achieved', target };
}
