import { SECTIONS } from '../../sections/sections.ts';
import type { OpenDataInput } from './OpenDataInput.ts';
import { BULK_RESOURCES, type BulkResource } from './bulkResources.ts';

/**
 * The tables of the bulk download, in the order they are listed everywhere: the results'
 * first, then those of each section that has data in the written data folder.
 */
export function allBulkResources(input: OpenDataInput): readonly BulkResource[] {
  const { dir } = input;
  return dir === undefined ? BULK_RESOURCES : [...BULK_RESOURCES, ...SECTIONS.flatMap((s) => s.bulkResources?.(dir) ?? [])];
}
