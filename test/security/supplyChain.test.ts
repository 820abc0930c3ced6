import * as XLSX from '@e965/xlsx';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8')) as { packages: Record<string, { version?: string; dev?: boolean }> };
const policy = JSON.parse(readFileSync(new URL('security/advisory-floors.json', root), 'utf8')) as {
  floors: { package: string; min: string }[];
  forbidden: { package: string }[];
};

/** Numeric comparison of x.y.z versions (pre-release tags ignored: none are installed). */
function compare(a: string, b: string): number {
  const pa = a.split(/[.-]/).map(Number);
  const pb = b.split(/[.-]/).map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
  return 0;
}

/** Every installed copy of a package in the lockfile, nested ones included. */
function installed(name: string): { path: string; version: string; dev: boolean }[] {
  return Object.entries(lock.packages)
    .filter(([path]) => path === `node_modules/${name}` || path.endsWith(`/node_modules/${name}`))
    .map(([path, p]) => ({ path, version: p.version ?? '0.0.0', dev: p.dev === true }));
}

describe('supply chain', () => {
  it('uses a SheetJS build at or above 0.20.2 (prototype pollution and ReDoS fixed)', () => {
    expect(compare(XLSX.version, '0.20.2')).toBeGreaterThanOrEqual(0);
    expect(installed('@e965/xlsx').map((p) => p.dev)).toEqual([false]);
  });

  it('installs no copy of a package below its advisory floor', () => {
    const below = policy.floors.flatMap((f) => installed(f.package).filter((p) => compare(p.version, f.min) < 0).map((p) => `${p.path}@${p.version} < ${f.min}`));
    expect(below).toEqual([]);
    // The floors are about packages that are really there: a renamed one must be noticed.
    for (const f of policy.floors) expect(installed(f.package).length, f.package).toBeGreaterThan(0);
  });

  it('installs no forbidden package (npm xlsx is the vulnerable 0.18.5)', () => {
    expect(policy.forbidden.flatMap((f) => installed(f.package).map((p) => p.path))).toEqual([]);
  });

  it('compares versions numerically', () => {
    expect(compare('0.20.10', '0.20.2')).toBeGreaterThan(0);
    expect(compare('3.2.0', '3.2.1')).toBeLessThan(0);
  });
});
