import { describe, expect, it } from 'vitest';
import type { Area, SiteConfig } from '../../src/model/types.gen.ts';
import type { Ranked } from '../../src/site/ranking.ts';
import { rankingTable, rankingTablePath, RANKING_SORTS } from '../../src/site/rankingTable.ts';

const r: Ranked = {
  enough: true,
  ranked: true,
  period: '2024',
  areas: ['1003', '1001', '9999', '1002', '1004'],
  values: [91, 91, 88.3, 80, 70.2],
  places: [1, 1, 3, 4, 5],
  withoutValue: [{ area: '1006', status: 'suppressed' }, { area: '1005' }],
  preliminary: ['1002'],
  sources: ['kolada/N15428.json'],
  history: [],
};
const areas: Area[] = [
  ['1001', 'Ängelholm'], ['1002', 'Borås'], ['1003', 'Åre'], ['1004', 'Alingsås'], ['1005', 'Öckerö'], ['1006', 'Eda'], ['9999', 'Exempelkommun'],
].map(([code, name]) => ({ code, name, type: 'municipality' }));
const site: Pick<SiteConfig, 'municipality' | 'comparison'> = { municipality: '9999', comparison: { similar: { name: 'Liknande kommuner', members: ['1002'] } } };

describe('rankingTable', () => {
  it('lists by place, a shared place in Swedish name order (Å before Ä), those without a value last', () => {
    const rows = rankingTable(r, areas, site, 'value');
    expect(rows.map((row) => [row.name, row.place ?? '–'])).toEqual([
      ['Åre', 1], ['Ängelholm', 1], ['Exempelkommun', 3], ['Borås', 4], ['Alingsås', 5], ['Eda', '–'], ['Öckerö', '–'],
    ]);
    expect(rows.find((row) => row.area === '1006')).toMatchObject({ status: 'suppressed' });
    expect(rows.find((row) => row.area === '1005')!.value).toBeUndefined();
  });

  it('lists every municipality by name in Swedish order', () => {
    expect(rankingTable(r, areas, site, 'name').map((row) => row.name)).toEqual(['Alingsås', 'Borås', 'Eda', 'Exempelkommun', 'Åre', 'Ängelholm', 'Öckerö']);
  });

  it('tags the site’s own and its similar municipalities, marks preliminary values, and falls back to the code without a name', () => {
    const rows = rankingTable(r, areas.filter((a) => a.code !== '1004'), site, 'value');
    expect(rows.find((row) => row.area === '9999')!.tag).toBe('home');
    expect(rows.find((row) => row.area === '1002')).toMatchObject({ tag: 'member', preliminary: true });
    expect(rows.find((row) => row.area === '1003')!.tag).toBeUndefined();
    expect(rows.find((row) => row.area === '1004')!.name).toBe('1004');
  });

  it('has a page per order, like the unit tables', () => {
    expect(RANKING_SORTS.map((s) => rankingTablePath(s.sort))).toEqual(['kommuner/varde/', 'kommuner/namn/']);
  });
});
