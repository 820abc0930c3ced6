// The error catalogue: every problem the importer can report, with a stable code
// (Frictionless' codes where the meaning matches), a severity, and Swedish and
// English texts a controller can act on. Templates take {placeholders} from the
// finding: {value}, {columnLabel}, {sheet}, {cell} and any params; {example} defaults to the
// field's example (formatProblem's FIELD_EXAMPLES), and a number param is written the reader's way.

export type Severity = 'error' | 'warning';

interface Texts {
  message: string;
  expected?: string;
  fix: string;
}
interface Entry {
  severity: Severity;
  sv: Texts;
  en: Texts;
}

export const catalogue = {
  // ── Files ────────────────────────────────────────────────────────────────
  'file-too-large': {
    severity: 'error',
    sv: { message: 'Filen är {size} – större än gränsen {limit}.', fix: 'Dela upp filen i flera mindre filer eller ta bort blad och kolumner som inte ska publiceras.' },
    en: { message: 'The file is {size}, larger than the limit of {limit}.', fix: 'Split the file into smaller files or remove sheets and columns that are not to be published.' },
  },
  'zip-bomb': {
    severity: 'error',
    sv: { message: 'Filen packas upp till {size} (kvot {ratio}:1). Det ser ut som en zip-bomb och läses inte.', fix: 'Spara om arbetsboken från Excel. Om den verkligen är så stor: dela upp den.' },
    en: { message: 'The file unpacks to {size} (ratio {ratio}:1). It looks like a zip bomb and is not read.', fix: 'Save the workbook again from Excel. If it really is that large, split it.' },
  },
  'encrypted-file': {
    severity: 'error',
    sv: { message: 'Filen är lösenordsskyddad och kan inte läsas.', fix: 'Spara en kopia utan lösenord (Arkiv › Info › Skydda arbetsbok › Kryptera med lösenord: töm fältet) och lägg den i data/.' },
    en: { message: 'The file is password-protected and cannot be read.', fix: 'Save a copy without a password (File › Info › Protect Workbook › Encrypt with Password: clear it).' },
  },
  'corrupt-file': {
    severity: 'error',
    sv: { message: 'Filen går inte att läsa: den är skadad eller ofullständig ({detail}).', fix: 'Exportera eller spara filen på nytt och kontrollera att den går att öppna i Excel.' },
    en: { message: 'The file cannot be read: it is damaged or incomplete ({detail}).', fix: 'Export or save the file again and check that it opens in Excel.' },
  },
  'empty-file': {
    severity: 'error',
    sv: { message: 'Filen är tom.', fix: 'Exportera filen på nytt, eller ta bort den från data/.' },
    en: { message: 'The file is empty.', fix: 'Export the file again, or remove it from data/.' },
  },
  'format-mismatch': {
    severity: 'error',
    sv: { message: 'Filen heter .{extension} men innehåller {actual}.', expected: 'Att filändelsen stämmer med innehållet, t.ex. .csv för en textfil.', fix: 'Byt filändelse till .{suggested} eller spara om filen i rätt format.' },
    en: { message: 'The file is named .{extension} but contains {actual}.', expected: 'A file extension that matches the content, e.g. .csv for a text file.', fix: 'Rename the file to .{suggested} or save it again in the right format.' },
  },
  'unsupported-file': {
    severity: 'warning',
    sv: { message: 'Filtypen .{extension} läses inte; filen hoppas över.', expected: '.xlsx, .xls, .ods, .xlsb, .csv, .tsv, .txt eller Koladas .json', fix: 'Flytta filen från data/ om den inte ska vara där.' },
    en: { message: 'Files of type .{extension} are not read; the file is skipped.', expected: '.xlsx, .xls, .ods, .xlsb, .csv, .tsv, .txt or Kolada .json', fix: 'Move the file out of data/ if it does not belong there.' },
  },
  'encoding-suspect': {
    severity: 'warning',
    sv: { message: 'Filen är inte sparad som UTF-8; den lästes som {encoding}.', expected: 'UTF-8 (i Excel: Spara som › ”CSV UTF-8 (kommaavgränsad)”).', fix: 'Kontrollera att bokstäverna ser rätt ut på webbplatsen{letters}, eller spara om filen i Excel som ”CSV UTF-8 (kommaavgränsad)”.' },
    en: { message: 'The file is not saved as UTF-8; it was read as {encoding}.', expected: 'UTF-8 (in Excel: Save As › "CSV UTF-8 (comma delimited)").', fix: 'Check that the letters look right on the site{letters}, or save the file from Excel as "CSV UTF-8 (comma delimited)".' },
  },
  'encoding-error': {
    severity: 'error',
    sv: { message: 'Filen innehåller tecken som inte går att avkoda ({detail}).', expected: 'En textfil i UTF-8 eller Windows-1252.', fix: 'Spara om filen i Excel som CSV UTF-8.' },
    en: { message: 'The file contains characters that cannot be decoded ({detail}).', expected: 'A text file in UTF-8 or Windows-1252.', fix: 'Save the file again from Excel as CSV UTF-8.' },
  },
  'wrong-delimiter': {
    severity: 'error',
    sv: { message: 'Allt hamnade i en kolumn; filen verkar använda ett annat avgränsningstecken än det som hittades ({delimiter}).', expected: 'Semikolon, komma eller tabb mellan kolumnerna.', fix: 'Exportera på nytt som ”CSV (semikolonavgränsad)” eller ”CSV UTF-8”.' },
    en: { message: 'Everything ended up in one column; the file seems to use another delimiter than the one found ({delimiter}).', expected: 'Semicolon, comma or tab between columns.', fix: 'Export again as CSV (semicolon or comma separated).' },
  },
  'format-error': {
    severity: 'error',
    sv: { message: 'Citattecknen på rad {row} går inte ihop ({detail}); raden kan ha blivit fel uppdelad.', expected: 'Text med citattecken inom ett fält skrivs som "Kalle ""Kula""".', fix: 'Exportera filen på nytt från Excel i stället för att redigera den för hand.' },
    en: { message: 'The quotes on row {row} do not match ({detail}); the row may have been split wrongly.', expected: 'A quote inside a quoted field is doubled: "Kalle ""Kula""".', fix: 'Export the file again from Excel instead of editing it by hand.' },
  },
  'sheet-not-found': {
    severity: 'error',
    sv: { message: 'Bladet ”{sheet}” finns inte i filen (bladen heter {sheets}).', fix: 'Rätta bladnamnet i mappningsfilen.' },
    en: { message: 'The sheet "{sheet}" does not exist in the file (its sheets are {sheets}).', fix: 'Correct the sheet name in the mapping file.' },
  },
  'sheet-too-large': {
    severity: 'error',
    sv: { message: 'Bladet anger området {range}, {cells} celler – mer än gränsen {limit}.', fix: 'Markera och ta bort tomma rader och kolumner under och till höger om tabellen, spara och försök igen.' },
    en: { message: 'The sheet declares the range {range}, {cells} cells, more than the limit of {limit}.', fix: 'Delete the empty rows and columns below and to the right of the table, save and try again.' },
  },
  'unknown-layout': {
    severity: 'error',
    sv: { message: 'Inget blad i filen har en tabell som känns igen.', expected: 'En rubrikrad med t.ex. ”Mått”, ”Kommun”, ”År”, ”Kön”, ”Värde” (lång form) eller år som kolumner (bred form).', fix: 'Lägg till en rubrikrad som i README, eller lägg en mappningsfil {file}.mapping.json bredvid filen.' },
    en: { message: 'No sheet in the file has a table that is recognised.', expected: 'A header row with e.g. "Indicator", "Area", "Period", "Gender", "Value" (long) or years as columns (wide).', fix: 'Add a header row as in the README, or put a mapping file {file}.mapping.json beside the file.' },
  },
  'sheet-skipped': {
    severity: 'warning',
    sv: { message: 'Bladet har ingen tabell som känns igen och hoppas över.', fix: 'Inget behöver göras om bladet inte ska publiceras (t.ex. instruktioner).' },
    en: { message: 'The sheet has no table that is recognised and is skipped.', fix: 'Nothing to do if the sheet is not meant to be published (e.g. instructions).' },
  },
  'hidden-sheet': {
    severity: 'warning',
    sv: { message: 'Bladet är dolt och läses inte.', fix: 'Visa bladet (högerklicka på bladflikarna › Ta fram) om det ska publiceras, eller namnge det i en mappningsfil.' },
    en: { message: 'The sheet is hidden and is not read.', fix: 'Unhide the sheet if it is to be published, or name it in a mapping file.' },
  },
  'no-data': {
    severity: 'warning',
    sv: { message: 'Tabellen har rubriker men inga datarader.', fix: 'Kontrollera att exporten kom med alla rader.' },
    en: { message: 'The table has headers but no data rows.', fix: 'Check that the export included all rows.' },
  },
  'json-syntax': {
    severity: 'error',
    sv: { message: 'JSON-filen går inte att tolka: {detail}.', expected: 'Giltig JSON, t.ex. ett svar från Koladas API.', fix: 'Hämta filen på nytt; redigera den inte för hand.' },
    en: { message: 'The JSON file cannot be parsed: {detail}.', expected: 'Valid JSON, e.g. a response from the Kolada API.', fix: 'Download the file again; do not edit it by hand.' },
  },
  'json-shape': {
    severity: 'error',
    sv: { message: 'JSON-filen har inte formen av ett svar från Koladas API ({detail}).', expected: '{"values":[{"kpi":"N15428","municipality":"0182","period":2023,"values":[{"gender":"T","value":74.1}]}]}', fix: 'Hämta data från api.kolada.se/v2/data/… och spara svaret oförändrat.' },
    en: { message: 'The JSON file is not shaped like a Kolada API response ({detail}).', expected: '{"values":[{"kpi":"N15428","municipality":"0182","period":2023,"values":[{"gender":"T","value":74.1}]}]}', fix: 'Fetch the data from api.kolada.se/v2/data/… and save the response unchanged.' },
  },
  'mapping-invalid': {
    severity: 'error',
    sv: { message: 'Mappningsfilen är felaktig: {detail}.', expected: 'Se schemas/mapping.schema.json och exemplet i README.', fix: 'Rätta mappningsfilen.' },
    en: { message: 'The mapping file is invalid: {detail}.', expected: 'See schemas/mapping.schema.json and the example in the README.', fix: 'Correct the mapping file.' },
  },
  'config-invalid': {
    severity: 'error',
    sv: { message: 'Webbplatsens inställningar är felaktiga: {detail}.', expected: 'Se schemas/site.schema.json.', fix: 'Rätta site.json.' },
    en: { message: 'The site configuration is invalid: {detail}.', expected: 'See schemas/site.schema.json.', fix: 'Correct site.json.' },
  },
  'read-failed': {
    severity: 'error',
    sv: { message: 'Filen kunde inte läsas ({detail}).', fix: 'Spara om filen från Excel. Hjälper inte det: kontakta den som förvaltar webbplatsen och bifoga filen.' },
    en: { message: 'The file could not be read ({detail}).', fix: 'Save the file again from Excel. If that does not help, contact the site maintainers with the file.' },
  },
  'file-timeout': {
    severity: 'error',
    sv: { message: 'Det tog för lång tid att läsa filen (mer än {seconds} s).', fix: 'Dela upp filen eller spara om den; kontrollera att den inte har tomma rader ända ner till rad 1 048 576.' },
    en: { message: 'Reading the file took too long (more than {seconds} s).', fix: 'Split the file or save it again; check that it has no empty rows down to row 1,048,576.' },
  },

  'memory-limit': {
    severity: 'error',
    sv: { message: 'Filen krävde mer minne än gränsen {limit} för att läsas och lästes inte.', fix: 'Dela upp filen, eller spara om den och ta bort tomma rader och kolumner, formatering och bilder.' },
    en: { message: 'Reading the file needed more memory than the limit of {limit}; it was not read.', fix: 'Split the file, or save it again without empty rows and columns, formatting and images.' },
  },

  // ── Header row ───────────────────────────────────────────────────────────
  'blank-label': {
    severity: 'error',
    sv: { message: 'Kolumnen har data men ingen rubrik.', expected: 'En rubrik i rubrikraden, t.ex. ”Värde”.', fix: 'Skriv en rubrik i {cell}, eller ta bort kolumnen.' },
    en: { message: 'The column has data but no header.', expected: 'A header in the header row, e.g. "Value".', fix: 'Write a header in {cell}, or delete the column.' },
  },
  'duplicate-label': {
    severity: 'error',
    sv: { message: 'Rubriken ”{value}” finns i flera kolumner ({other}).', fix: 'Ge varje kolumn en egen rubrik, eller ta bort dubbletten.' },
    en: { message: 'The header "{value}" appears in several columns ({other}).', fix: 'Give each column its own header, or delete the duplicate.' },
  },
  'unsafe-header': {
    severity: 'error',
    sv: { message: 'Rubriken ”{value}” är inte tillåten.', expected: 'En vanlig rubrik, t.ex. ”Värde”.', fix: 'Byt namn på kolumnen.' },
    en: { message: 'The header "{value}" is not allowed.', expected: 'An ordinary header, e.g. "Value".', fix: 'Rename the column.' },
  },
  'missing-label': {
    severity: 'error',
    sv: { message: 'Kolumnen för {field} saknas.', expected: 'En kolumn med rubriken {labels}.', fix: 'Lägg till kolumnen, eller ange den i en mappningsfil.' },
    en: { message: 'The column for {field} is missing.', expected: 'A column headed {labels}.', fix: 'Add the column, or name it in a mapping file.' },
  },
  'unknown-label': {
    severity: 'warning',
    sv: { message: 'Kolumnen ”{value}” känns inte igen och läses inte.', expected: 'Någon av rubrikerna i README.', fix: 'Byt rubrik om kolumnen ska läsas; annars behöver inget göras.' },
    en: { message: 'The column "{value}" is not recognised and is not read.', expected: 'One of the headers in the README.', fix: 'Rename the header if the column is to be read; otherwise nothing to do.' },
  },

  // ── Rows and cells ───────────────────────────────────────────────────────
  'type-error': {
    severity: 'error',
    sv: { message: 'Värdet ”{value}” är inte ett tal.{hint}', expected: 'Ett tal, t.ex. {example}.', fix: 'Skriv bara talet i cellen, utan enhet eller annan text (ett värde som saknas skrivs -, . eller ..).' },
    en: { message: 'The value "{value}" is not a number.{hint}', expected: 'A number, e.g. {example}.', fix: 'Write only the number in the cell, without unit or other text (an absent value is written -, . or ..).' },
  },
  'ambiguous-number': {
    severity: 'error',
    sv: { message: 'Talet ”{value}” kan läsas på två sätt (punkt och komma).', expected: 'Decimalkomma och mellanslag som tusentalsavgränsare: 1 234,5.', fix: 'Skriv {suggestion} om det är det som menas.' },
    en: { message: 'The number "{value}" can be read in two ways (point and comma).', expected: 'One decimal separator and no thousands separator other than a space: 1234.5 or 1 234,5.', fix: 'Write {suggestion} if that is what is meant.' },
  },
  'missing-cell': {
    severity: 'error',
    sv: { message: 'Cellen för {field} är tom.', expected: 'Ett värde, t.ex. {example}.', fix: 'Fyll i cellen, eller ta bort raden.' },
    en: { message: 'The cell for {field} is empty.', expected: 'A value, e.g. {example}.', fix: 'Fill in the cell, or delete the row.' },
  },
  'extra-cell': {
    severity: 'error',
    sv: { message: 'Raden har fler celler än rubrikraden har kolumner.', expected: '{columns} kolumner, som rubrikraden.', fix: 'Kontrollera avgränsare och citattecken på raden (ett decimalkomma i en kommaavgränsad fil delar talet i två).' },
    en: { message: 'The row has more cells than the header row has columns.', expected: '{columns} columns, like the header row.', fix: 'Check the delimiters and quotes on the row (a decimal comma in a comma-separated file splits the number in two).' },
  },
  'blank-row': {
    severity: 'warning',
    sv: { message: 'Raden är tom och hoppas över.', fix: 'Ta bort den tomma raden.' },
    en: { message: 'The row is empty and is skipped.', fix: 'Delete the empty row.' },
  },
  'formula-error-cell': {
    severity: 'error',
    sv: { message: 'Cellen innehåller felvärdet {value} från en formel.', expected: 'Ett tal eller -, . eller .. för värden som saknas.', fix: 'Rätta formeln i källfilen, eller skriv .. om värdet saknas.' },
    en: { message: 'The cell contains the error value {value} from a formula.', expected: 'A number, or -, . or .. for absent values.', fix: 'Correct the formula in the source file, or write .. if the value is absent.' },
  },
  'merged-cell': {
    severity: 'error',
    sv: { message: 'Cellerna {range} är sammanfogade i tabellens dataområde.', expected: 'Ett värde i varje cell.', fix: 'Markera cellerna, välj Dela upp celler och fyll i värdet i varje cell.' },
    en: { message: 'The cells {range} are merged inside the data.', expected: 'One value in each cell.', fix: 'Select the cells, unmerge them and fill in the value in each cell.' },
  },
  'hidden-row': {
    severity: 'error',
    sv: { message: 'Rad {row} är dold men ligger i tabellen.', fix: 'Visa raden om den ska publiceras, annars ta bort den. Dolda rader publiceras aldrig utan att synas.' },
    en: { message: 'Row {row} is hidden but lies inside the table.', fix: 'Unhide the row if it is to be published, otherwise delete it. Hidden rows are never published unseen.' },
  },
  'hidden-column': {
    severity: 'error',
    sv: { message: 'Kolumn {column} är dold men ligger i tabellen.', fix: 'Visa kolumnen om den ska publiceras, annars ta bort den.' },
    en: { message: 'Column {column} is hidden but lies inside the table.', fix: 'Unhide the column if it is to be published, otherwise delete it.' },
  },
  'period-format': {
    severity: 'error',
    sv: { message: '”{value}” är ingen period som känns igen.', expected: 'År 2024, läsår 2023/24, halvår 2024H1, kvartal 2024Q1 eller månad 2024-03.', fix: 'Skriv perioden i någon av formerna ovan.' },
    en: { message: '"{value}" is not a recognised period.', expected: 'Year 2024, school year 2023/24, half-year 2024H1, quarter 2024Q1 or month 2024-03.', fix: 'Write the period in one of the forms above.' },
  },
  'area-code': {
    severity: 'error',
    sv: { message: '”{value}” är ingen giltig områdeskod.{hint}', expected: 'En fyrsiffrig kommunkod som text, t.ex. 0182 (Nacka), 0000 för riket.', fix: 'Formatera kolumnen som Text i Excel och skriv koden med inledande nolla.' },
    en: { message: '"{value}" is not a valid area code.{hint}', expected: 'A four-digit municipality code as text, e.g. 0182 (Nacka), 0000 for Sweden.', fix: 'Format the column as Text in Excel and write the code with its leading zero.' },
  },
  'unknown-area': {
    severity: 'error',
    sv: { message: 'Området ”{value}” finns inte i områdeslistan.', expected: 'En kommunkod (0182) eller ett namn som finns i en områdesfil i data/.', fix: 'Skriv kommunkoden i stället för namnet, eller lägg till området i områdesfilen.' },
    en: { message: 'The area "{value}" is not in the list of areas.', expected: 'A municipality code (0182) or a name listed in an area file in data/.', fix: 'Write the code instead of the name, or add the area to the area file.' },
  },
  'unlisted-area': {
    severity: 'warning',
    sv: { message: 'Områdeskoden {value} har inget namn i någon områdesfil; koden visas i stället för namn.', fix: 'Lägg till koden och namnet i en områdesfil (se README).' },
    en: { message: 'The area code {value} has no name in any area file; the code is shown instead.', fix: 'Add the code and name to an area file (see README).' },
  },
  'unknown-unit': {
    severity: 'warning',
    sv: { message: 'Enheten {value} finns inte i någon enhetsfil; id visas i stället för namn.', fix: 'Lägg till enheten i en enhetsfil (se README).' },
    en: { message: 'The unit {value} is not in any unit file; its id is shown instead of a name.', fix: 'Add the unit to a unit file (see README).' },
  },
  'gender-code': {
    severity: 'error',
    sv: { message: '”{value}” är ingen könskod som känns igen.', expected: 'T (totalt), K (kvinnor) eller M (män).', fix: 'Skriv T, K eller M.' },
    en: { message: '"{value}" is not a recognised gender code.', expected: 'T (total), K (women) or M (men).', fix: 'Write T, K or M.' },
  },
  'status-code': {
    severity: 'error',
    sv: { message: '”{value}” är ingen statuskod som känns igen.', expected: '- (bortfall), . (ej tillämpligt) eller .. (sekretess / för få svar).', fix: 'Skriv -, . eller .., eller lämna cellen tom.' },
    en: { message: '"{value}" is not a recognised status code.', expected: '- (missing), . (not applicable) or .. (suppressed / too few answers).', fix: 'Write -, . or .., or leave the cell empty.' },
  },
  'out-of-range': {
    severity: 'error',
    sv: { message: 'Värdet {number} ligger utanför det tillåtna intervallet {min}–{max} för måttet {indicator}.', expected: 'Ett värde mellan {min} och {max}.', fix: 'Kontrollera värdet (en andel i procent kan inte vara över 100), eller ändra intervallet i måttkatalogen.' },
    en: { message: 'The value {number} is outside the allowed range {min}–{max} for the indicator {indicator}.', expected: 'A value between {min} and {max}.', fix: 'Check the value (a percentage cannot exceed 100), or change the range in the indicator catalogue.' },
  },
  'unknown-indicator': {
    severity: 'error',
    sv: { message: 'Måttet ”{value}” finns inte i måttkatalogen.', expected: 'Ett mått-id som finns i katalogen, t.ex. {example}.', fix: 'Lägg till måttet i måttkatalogen, eller rätta id:t.' },
    en: { message: 'The indicator "{value}" is not in the indicator catalogue.', expected: 'An indicator id listed in the catalogue, e.g. {example}.', fix: 'Add the indicator to the catalogue, or correct the id.' },
  },
  'conflicting-value': {
    severity: 'error',
    sv: { message: 'Samma värde anges två gånger med olika innehåll: {here} här och {other} i {otherPlace}.', expected: 'Ett enda värde per mått, område, period och kön.', fix: 'Ta bort eller rätta den ena raden.' },
    en: { message: 'The same value is given twice with different content: {here} here and {other} in {otherPlace}.', expected: 'One value per indicator, area, period and gender.', fix: 'Delete or correct one of the rows.' },
  },
  'duplicate-row': {
    severity: 'warning',
    sv: { message: 'Värdet finns redan i {otherPlace} (samma innehåll); dubbletten hoppas över.', fix: 'Ta bort dubbletten.' },
    en: { message: 'The value already appears in {otherPlace} (same content); the duplicate is skipped.', fix: 'Delete the duplicate.' },
  },
  'duplicate-indicator': {
    severity: 'error',
    sv: { message: 'Måttet {value} beskrivs två gånger i måttkatalogen (även i {otherPlace}).', fix: 'Behåll en rad per mått.' },
    en: { message: 'The indicator {value} is described twice in the catalogue (also in {otherPlace}).', fix: 'Keep one row per indicator.' },
  },
  'target-without-year': {
    severity: 'error',
    sv: { message: 'Målet {value} saknar år.', expected: 'Ett målår, t.ex. 2026.', fix: 'Fyll i året då målet ska vara nått i kolumnen Målår.' },
    en: { message: 'The target {value} has no year.', expected: 'A target year, e.g. 2026.', fix: 'Fill in the year the target is to be reached in the target-year column.' },
  },
  'date-format': {
    severity: 'error',
    sv: { message: '”{value}” är inget datum som känns igen.', expected: 'Ett datum, t.ex. 2025-03-31.', fix: 'Skriv datumet som ÅÅÅÅ-MM-DD eller formatera cellen som datum.' },
    en: { message: '"{value}" is not a recognised date.', expected: 'A date, e.g. 2025-03-31.', fix: 'Write the date as YYYY-MM-DD or format the cell as a date.' },
  },
  'invalid-value': {
    severity: 'error',
    sv: { message: '”{value}” är inget giltigt värde för {field}.', expected: '{allowed}', fix: 'Skriv något av de tillåtna värdena.' },
    en: { message: '"{value}" is not a valid value for {field}.', expected: '{allowed}', fix: 'Write one of the allowed values.' },
  },
  'schema-error': {
    severity: 'error',
    sv: { message: '{detail}', fix: 'Rätta värdet i cellen.' },
    en: { message: '{detail}', fix: 'Correct the value in the cell.' },
  },
  'trailing-space': {
    severity: 'warning',
    sv: { message: 'Texten ”{value}” har mellanslag före eller efter; de tas bort.', fix: 'Ta bort mellanslagen i cellen.' },
    en: { message: 'The text "{value}" has spaces before or after it; they are removed.', fix: 'Remove the spaces in the cell.' },
  },
  'control-character': {
    severity: 'warning',
    sv: { message: 'Texten innehåller osynliga styrtecken; de tas bort.', fix: 'Skriv om texten i cellen.' },
    en: { message: 'The text contains invisible control characters; they are removed.', fix: 'Retype the text in the cell.' },
  },
  'preliminary-value': {
    severity: 'warning',
    sv: { message: 'Värdet {value} är markerat som preliminärt och visas så på webbplatsen.', fix: 'Ersätt med det slutliga värdet när det finns.' },
    en: { message: 'The value {value} is marked as preliminary and is shown as such on the site.', fix: 'Replace it with the final value when available.' },
  },

  // ── Starting a site, Kolada and theming (npm run init, npm run kolada, site.json's logo) ──
  'unknown-kolada-indicator': {
    severity: 'error',
    sv: { message: 'Kolada-måttet ”{value}” finns inte i måttkatalogen, och ingen KPI-katalog från Kolada beskriver det, så det saknar titel, enhet och beskrivning.', expected: 'Måttet i måttkatalogen, eller Koladas KPI-katalog i datamappen (den ger titlarna).', fix: 'Kör npm run kolada (lägg till -- --data MAPP för en annan mapp än data/): den hämtar Koladas beskrivning av måtten till kolada/kpi.json. Eller lägg till måttet i måttkatalogen.' },
    en: { message: 'The Kolada indicator "{value}" is not in the indicator catalogue, and no Kolada KPI catalogue describes it, so it has no title, unit or description.', expected: 'The indicator in the catalogue, or Kolada\'s KPI catalogue in the data folder (it supplies the titles).', fix: 'Run npm run kolada (add -- --data FOLDER for a folder other than data/): it fetches Kolada\'s description of the indicators into kolada/kpi.json. Or add the indicator to the catalogue.' },
  },
  'config-missing': {
    severity: 'warning',
    sv: { message: 'Datamappen har ingen site.json: filerna kan kontrolleras, men webbplatsen kan inte byggas.', expected: 'En site.json med kommunens namn, kod, adress och jämförelser.', fix: 'Skapa den med npm run init -- --kommun KOMMUNKOD{dataArg} (till exempel --kommun 0182 för Nacka).' },
    en: { message: 'The data folder has no site.json: the files can be checked, but the site cannot be built.', expected: 'A site.json with the municipality\'s name, code, address and comparisons.', fix: 'Create it with npm run init -- --kommun MUNICIPALITY-CODE{dataArg} (for example --kommun 0182 for Nacka).' },
  },
  'config-placeholder': {
    severity: 'warning',
    sv: { message: 'Inställningen {field} har fortfarande platshållaren ”{value}” från npm run init.', expected: 'Kommunens riktiga uppgifter.', fix: 'Ändra {field} i site.json innan webbplatsen publiceras.' },
    en: { message: 'The setting {field} still has the placeholder "{value}" from npm run init.', expected: 'The municipality\'s real details.', fix: 'Change {field} in site.json before the site is published.' },
  },
  'logo-missing': {
    severity: 'error',
    sv: { message: 'Logotypen ”{value}” som site.json anger finns inte i datamappen.', expected: 'En bildfil bredvid site.json, t.ex. logo.svg.', fix: 'Lägg logotypen i datamappen, eller rätta namnet under logo i site.json.' },
    en: { message: 'The logo "{value}" named in site.json is not in the data folder.', expected: 'An image file beside site.json, e.g. logo.svg.', fix: 'Put the logo in the data folder, or correct the name under logo in site.json.' },
  },
  'logo-format': {
    severity: 'error',
    sv: { message: 'Logotypen är inte en bild som kan visas ({detail}).', expected: 'SVG, PNG, JPEG eller WebP, med en filändelse som stämmer med innehållet.', fix: 'Spara logotypen på nytt som SVG eller PNG.' },
    en: { message: 'The logo is not an image that can be shown ({detail}).', expected: 'SVG, PNG, JPEG or WebP, with a file extension that matches the content.', fix: 'Save the logo again as SVG or PNG.' },
  },
  'logo-unsafe': {
    severity: 'error',
    sv: { message: 'Logotypen innehåller {detail}, som inte får finnas i en bild på webbplatsen.', expected: 'En SVG med bara former, text och färger: inga skript, händelseattribut (onload …) eller länkar till andra filer.', fix: 'Exportera logotypen på nytt som ”enkel SVG” (t.ex. Inkscape: Spara som › Optimerad SVG), eller använd PNG.' },
    en: { message: 'The logo contains {detail}, which an image on the site may not have.', expected: 'An SVG with only shapes, text and colours: no scripts, event attributes (onload …) or links to other files.', fix: 'Export the logo again as a plain SVG (e.g. Inkscape: Save As › Optimized SVG), or use PNG.' },
  },
  'logo-too-large': {
    severity: 'error',
    sv: { message: 'Logotypen är {detail} – större än gränsen {limit}.', expected: 'En logotyp på högst {limit}: den hämtas på varje sida.', fix: 'Spara logotypen mindre (t.ex. 400 pixlar bred PNG) eller som SVG.' },
    en: { message: 'The logo is {detail}, larger than the limit of {limit}.', expected: 'A logo of at most {limit}: every page loads it.', fix: 'Save the logo smaller (e.g. a PNG 400 pixels wide) or as SVG.' },
  },
  'logo-small': {
    severity: 'warning',
    sv: { message: 'Logotypen är bara {detail} hög och blir suddig på skärmar med hög upplösning.', expected: 'Minst {limit} pixlar hög, eller SVG.', fix: 'Använd en större bild eller en SVG.' },
    en: { message: 'The logo is only {detail} high and will look blurred on high-resolution screens.', expected: 'At least {limit} pixels high, or SVG.', fix: 'Use a larger image or an SVG.' },
  },

  // ── Languages (issue 12) ─────────────────────────────────────────────────
  'hard-to-read': {
    severity: 'warning',
    sv: {
      message: 'Lättläst-texten följer inte reglerna för lättläst i meningen ”{sentence}”.',
      expected: 'Korta meningar (högst {maxWords} ord) och inga förkortningar som inte förklaras.',
      fix: 'Dela meningen, och skriv ut eller förklara förkortningar (”till exempel”, inte ”t.ex.”).',
    },
    en: {
      message: 'The easy-to-read (Lättläst) text breaks the plain-language rules in the sentence “{sentence}”.',
      expected: 'Short sentences (at most {maxWords} words) and no abbreviation left unexplained.',
      fix: 'Split the sentence, and write out or explain abbreviations (“till exempel”, not “t.ex.”).',
    },
  },
} as const satisfies Record<string, Entry>;

export type ProblemCode = keyof typeof catalogue;
export type Language = 'sv' | 'en';

export function severityOf(code: ProblemCode): Severity {
  return catalogue[code].severity;
}
