// SheetJS throws plain Errors for bad input; their messages are the only way to
// tell a password-protected file from a damaged one.
import type { Finding } from '../problems/Finding.ts';
import { shortMessage } from './inspectZip.ts';

const ENCRYPTED = /password|encrypt|protected|filepass|rc4/i;
const CORRUPT = /zip|corrupt|truncat|end of data|unexpected end|invalid|cannot find|could not find|bad |header|signature|sector|crc|inflate|malformed|unrecognized|unsupported/i;

export function sheetjsErrorFinding(e: unknown, file: string): Finding {
  const detail = shortMessage(e);
  if (ENCRYPTED.test(detail)) return { code: 'encrypted-file', file };
  if (CORRUPT.test(detail)) return { code: 'corrupt-file', file, params: { detail } };
  return { code: 'read-failed', file, params: { detail } };
}
