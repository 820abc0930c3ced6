/** One downloadable file of an indicator, as the downloads stage writes it under /matt/{id}/. */
export interface DownloadFormat {
  /** File name under the indicator's folder. */
  file: string;
  /** Short key used in IRIs (#distribution-N15428-csv). */
  key: string;
  /** EU file-type authority code (dcterms:format). */
  fileType: 'CSV' | 'XLSX' | 'JSON' | 'ZIP';
  /** IANA media type (dcat:mediaType, schema.org encodingFormat). */
  mediaType: string;
  titleSv: string;
  titleEn: string;
  descriptionSv: string;
  descriptionEn: string;
}

export const FILE_TYPE = 'http://publications.europa.eu/resource/authority/file-type/';
export const IANA_MEDIA_TYPE = 'https://www.iana.org/assignments/media-types/';

/** The per-indicator downloads, in the order the indicator page lists them. */
export const DOWNLOAD_FORMATS: readonly DownloadFormat[] = [
  { file: 'data.csv', key: 'csv', fileType: 'CSV', mediaType: 'text/csv', titleSv: 'CSV (UTF-8, kommatecken, decimalpunkt)', titleEn: 'CSV (UTF-8, comma, decimal point)',
    descriptionSv: 'Värdena som CSV enligt RFC 4180: UTF-8, kommatecken som avgränsare och punkt som decimaltecken.', descriptionEn: 'The values as RFC 4180 CSV: UTF-8, comma-separated, decimal point.' },
  { file: 'data-excel.csv', key: 'excel-csv', fileType: 'CSV', mediaType: 'text/csv', titleSv: 'CSV för Excel (svensk: semikolon, decimalkomma)', titleEn: 'CSV for Excel (Swedish: semicolon, decimal comma)',
    descriptionSv: 'Värdena som CSV för svenskt Excel: semikolon som avgränsare, decimalkomma och byte order mark.', descriptionEn: 'The values as CSV for Swedish Excel: semicolon-separated, decimal comma, with a byte order mark.' },
  { file: 'data.xlsx', key: 'xlsx', fileType: 'XLSX', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', titleSv: 'Excel (XLSX)', titleEn: 'Excel (XLSX)',
    descriptionSv: 'Värdena och en beskrivning av måttet i en Excel-arbetsbok.', descriptionEn: 'The values and a description of the indicator in an Excel workbook.' },
  { file: 'data.json', key: 'json', fileType: 'JSON', mediaType: 'application/json', titleSv: 'JSON', titleEn: 'JSON',
    descriptionSv: 'Måttets metadata och värden som JSON.', descriptionEn: 'The indicator\'s metadata and values as JSON.' },
];

/** The bulk download of every indicator. */
export const BULK_FORMAT: DownloadFormat = {
  file: 'oppna-data/alla-resultat.zip',
  key: 'zip',
  fileType: 'ZIP',
  mediaType: 'application/zip',
  titleSv: 'Alla resultat (ZIP)',
  titleEn: 'All results (ZIP)',
  descriptionSv: 'Alla mått med metadata och värden i en ZIP-fil.',
  descriptionEn: 'Every indicator with metadata and values in one ZIP file.',
};
