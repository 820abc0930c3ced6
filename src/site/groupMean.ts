import type { Observation } from '../model/types.gen.ts';

export interface GroupMean {
  /** Unweighted mean of the members that have a value; undefined when too few have one. */
  mean?: number;
  /** Members with a value for the period. */
  count: number;
  /** Members in the group. */
  total: number;
}

/**
 * The group value of similar municipalities, as Kolada computes it: the unweighted mean of the
 * members' values. Shown only when a majority of the members have a value, since a "mean" of one
 * out of five municipalities says more about that one than about the group.
 */
export function groupMean(
  observations: readonly Observation[],
  members: readonly string[],
  period: string,
  gender: Observation['gender'] = 'T',
): GroupMean {
  const unique = [...new Set(members)];
  const values: number[] = [];
  for (const code of unique) {
    const o = observations.find((x) => x.area === code && x.period === period && x.gender === gender);
    if (o && typeof o.value === 'number' && Number.isFinite(o.value)) values.push(o.value);
  }
  const result: GroupMean = { count: values.length, total: unique.length };
  if (values.length > 0 && values.length * 2 > unique.length) {
    result.mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  }
  return result;
}
