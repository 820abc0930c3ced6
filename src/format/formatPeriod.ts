const MONTHS = [
  'januari', 'februari', 'mars', 'april', 'maj', 'juni',
  'juli', 'augusti', 'september', 'oktober', 'november', 'december',
];
const HALVES = ['första', 'andra'];

/**
 * A period in words: "2024", "2023/24", "första halvåret 2024", "kvartal 1 2024", "mars 2024".
 * Anything not matching the schema's period pattern is returned unchanged.
 */
export function formatPeriod(period: string): string {
  let m = /^(\d{4})H([12])$/.exec(period);
  if (m) return `${HALVES[Number(m[2]) - 1]} halvåret ${m[1]}`;
  m = /^(\d{4})Q([1-4])$/.exec(period);
  if (m) return `kvartal ${m[2]} ${m[1]}`;
  m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(period);
  if (m) return `${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
  return period;
}
