import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { moveDataFiles } from '../../src/write/writeDataFiles.ts';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

async function staged(): Promise<{ files: string; site: string }> {
  const root = await mkdtemp(join(tmpdir(), 'oppna-move-'));
  dirs.push(root);
  await mkdir(join(root, 'files', 'matt', 'L1'), { recursive: true });
  await writeFile(join(root, 'files', 'matt', 'L1', 'data.csv'), 'a;b\r\n');
  await writeFile(join(root, 'files', 'matt', 'L1', 'data.json'), '[]');
  await mkdir(join(root, 'site', 'matt', 'L1'), { recursive: true });
  await writeFile(join(root, 'site', 'matt', 'L1', 'index.html'), '<!doctype html>');
  return { files: join(root, 'files'), site: join(root, 'site') };
}

describe('moveDataFiles', () => {
  it('moves the data files in beside the rendered pages', async () => {
    const { files, site } = await staged();
    await moveDataFiles(files, [{ path: 'matt/L1/data.csv', bytes: 5 }, { path: 'matt/L1/data.json', bytes: 2 }], site);
    expect(await readFile(join(site, 'matt', 'L1', 'data.csv'), 'utf8')).toBe('a;b\r\n');
    expect(await readFile(join(site, 'matt', 'L1', 'index.html'), 'utf8')).toBe('<!doctype html>');
  });

  it('refuses to overwrite a page Astro wrote at the same path', async () => {
    const { files, site } = await staged();
    await writeFile(join(files, 'matt', 'L1', 'index.html'), 'data');
    await expect(moveDataFiles(files, [{ path: 'matt/L1/index.html', bytes: 4 }], site)).rejects.toThrow('matt/L1/index.html was written both as a data file and by Astro');
    expect(await readFile(join(site, 'matt', 'L1', 'index.html'), 'utf8')).toBe('<!doctype html>');
  });
});
