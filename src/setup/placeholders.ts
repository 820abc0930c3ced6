/**
 * The host of the placeholders `npm run init` writes where only the municipality knows the answer
 * (the site's address, e-mail addresses): RFC 2606's reserved `.invalid`, which can never be real,
 * so `check` can find every one that is left (config-placeholder).
 */
export const PLACEHOLDER_HOST = 'example.invalid';
