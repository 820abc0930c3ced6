// A CFB (OLE) container is either a legacy .xls or an encrypted OOXML workbook:
// Excel wraps a password-protected .xlsx in CFB with EncryptionInfo and
// EncryptedPackage streams, so without this check it looks like a broken .xls.
import * as XLSX from '@e965/xlsx';

export type CfbInspection = { ok: true; encrypted: boolean; workbook: boolean } | { ok: false; detail: string };

interface CfbContainer {
  FullPaths: string[];
}

export function inspectCfb(bytes: Uint8Array): CfbInspection {
  try {
    const cfb = XLSX.CFB.read(bytes, { type: 'buffer' }) as CfbContainer;
    const names = cfb.FullPaths.map((p) => p.replace(/\/$/, '').split('/').pop()?.toLowerCase() ?? '');
    const has = (n: string): boolean => names.includes(n.toLowerCase());
    return {
      ok: true,
      encrypted: has('EncryptionInfo') || has('EncryptedPackage'),
      workbook: has('Workbook') || has('Book'),
    };
  } catch (e) {
    const text = e instanceof Error ? e.message : String(e);
    return { ok: false, detail: text.split('\n')[0].slice(0, 120) };
  }
}
