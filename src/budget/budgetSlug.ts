import { slug } from '../site/slug.ts';

/**
 * The URL slug of an operating area's finance page, also what ties a budget line to the results'
 * operating area of the same name (src/site/operatingAreas.ts slugs them the same way).
 */
export function budgetSlug(area: string): string {
  return slug(area) || 'ovrigt';
}
