/**
 * Moves label positions apart along one axis so that no two are closer than `gap`, keeping them
 * within [min, max] and as close to where they want to be as possible (order is preserved).
 * Returns the new positions in the order of the input.
 */
export function avoidCollisions(wanted: readonly number[], gap: number, min: number, max: number): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const ys = order.map((o) => Math.min(Math.max(o.y, min), max));
  // Push down from the top, then back up from the bottom if the stack ran past it.
  for (let k = 1; k < ys.length; k++) ys[k] = Math.max(ys[k], ys[k - 1] + gap);
  if (ys.length > 0 && ys[ys.length - 1] > max) {
    ys[ys.length - 1] = max;
    for (let k = ys.length - 2; k >= 0; k--) ys[k] = Math.min(ys[k], ys[k + 1] - gap);
  }
  const out = new Array<number>(wanted.length);
  order.forEach((o, k) => (out[o.i] = ys[k]));
  return out;
}
