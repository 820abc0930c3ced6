/**
 * URL slug for an operating area: lower-case ASCII, å/ä→a, ö→o, spaces→"-".
 * Other accents are dropped (é→e); anything else that is not a letter or digit becomes "-".
 */
export function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
