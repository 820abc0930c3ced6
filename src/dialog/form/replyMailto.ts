import { mailtoHref } from '../../site/safeHttpsUrl.ts';

/**
 * A mailto: link (RFC 6068) with a prefilled subject and body, for a site whose only channel is
 * e-mail: line breaks as %0D%0A, everything else percent-encoded. Undefined for an address
 * that is not plainly one.
 */
export function replyMailto(email: string | undefined, subject: string, body: string): string | undefined {
  const href = mailtoHref(email);
  if (!href) return undefined;
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  return `${href}?subject=${encode(subject)}&body=${encode(body)}`;
}
