/**
 * The URL if it is an absolute https: URL, else undefined. URLs from data are rendered only
 * after this check, so no `javascript:` or `data:` link can reach a page.
 */
export function safeHttpsUrl(url: string | undefined): string | undefined {
  if (typeof url !== 'string' || url.trim() !== url || url === '') return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.hostname !== '' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

// Stricter than the schema on purpose: the address goes into an href, so no ':', '/', '?' or '&'.
const EMAIL = /^[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;

/** A mailto: link for a plausible e-mail address, else undefined. */
export function mailtoHref(email: string | undefined, subject?: string): string | undefined {
  if (typeof email !== 'string' || !EMAIL.test(email)) return undefined;
  return `mailto:${email}${subject ? `?subject=${encodeURIComponent(subject)}` : ''}`;
}
