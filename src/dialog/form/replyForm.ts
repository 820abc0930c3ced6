// Where a resident's reply goes, from site.json's feedback: a form endpoint the municipality
// already runs (a real <form method="post"> on every indicator page), else its e-service
// link, else a prefilled e-mail. Also the CSP sources that let exactly that endpoint in.
import type { SiteConfig } from '../../model/types.gen.ts';

type Feedback = SiteConfig['feedback'];

/** The field names an endpoint gets unless site.json names them otherwise. */
export const DEFAULT_FIELDS = { indicator: 'matt', page: 'sida', kind: 'typ', message: 'meddelande', honeypot: 'webbplats', thankYou: 'tack' } as const;
export const DEFAULT_MAX_LENGTH = 2000;

/** What the form sends as its kind: a comment on the measure, or "this matters to me". */
export const REPLY_KINDS = { comment: 'synpunkt', matters: 'viktigt' } as const;
export type ReplyKind = keyof typeof REPLY_KINDS;

export interface ReplyForm {
  action: string;
  /** The endpoint's host, named in the privacy note ("Det du skickar går till …"). */
  host: string;
  fields: Record<keyof typeof DEFAULT_FIELDS, string>;
  thankYouUrl?: string;
  maxLength: number;
  postInPlace: boolean;
  privacyUrl?: string;
}

/**
 * The form endpoint as a URL, when it is one a page may post to: https, or plain http only to
 * 127.0.0.1 (a local test endpoint). The schema says the same; this guards what reaches a page.
 */
export function endpointUrl(action: string | undefined): URL | undefined {
  if (action === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(action);
  } catch {
    return undefined;
  }
  if (url.username !== '' || url.password !== '') return undefined;
  return url.protocol === 'https:' || (url.protocol === 'http:' && url.hostname === '127.0.0.1') ? url : undefined;
}

/** The configured form, resolved with its defaults; undefined without a usable endpoint. */
export function replyForm(feedback: Feedback): ReplyForm | undefined {
  const form = feedback.form;
  const url = endpointUrl(form?.action);
  if (!form || !url) return undefined;
  return {
    action: url.href,
    host: url.host,
    fields: { ...DEFAULT_FIELDS, ...form.fields },
    maxLength: form.maxLength ?? DEFAULT_MAX_LENGTH,
    postInPlace: form.postInPlace === true,
    ...(form.thankYouUrl ? { thankYouUrl: form.thankYouUrl } : {}),
    ...(form.privacyUrl ? { privacyUrl: form.privacyUrl } : {}),
  };
}

/**
 * The endpoint as a CSP source expression: scheme, host, port and path, without query or
 * fragment (a source expression has none; the browser matches the path exactly, or as a
 * prefix when it ends in "/").
 */
export function endpointSource(feedback: Feedback): string | undefined {
  const url = endpointUrl(feedback.form?.action);
  return url ? `${url.origin}${url.pathname}` : undefined;
}

/**
 * The CSP directives for replies: form-action 'self' (the site search) and the endpoint, and
 * connect-src for the endpoint when the script posts in place. Without an endpoint, only 'self'.
 */
export function replyCspDirectives(feedback: Feedback): (`form-action ${string}` | `connect-src ${string}`)[] {
  const source = endpointSource(feedback);
  if (!source) return ["form-action 'self'"];
  const directives: (`form-action ${string}` | `connect-src ${string}`)[] = [`form-action 'self' ${source}`];
  if (feedback.form?.postInPlace) directives.push(`connect-src 'self' ${source}`);
  return directives;
}
