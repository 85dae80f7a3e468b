/**
 * A strict RFC 4180 reader for the tests, written independently of the writer: fields separated by
 * commas, records ended by CRLF, quoted fields with doubled quotes inside. Anything else (a bare
 * quote in an unquoted field, text after a closing quote, a lone CR or LF outside quotes, a last
 * record without CRLF) throws, so a sloppy writer fails the round trip instead of passing it.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  const fail = (what: string) => {
    throw new Error(`CSV: ${what} at ${i} in ${JSON.stringify(text.slice(Math.max(0, i - 10), i + 10))}`);
  };
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) fail('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') fail('quote in an unquoted field');
        field += text[i++];
      }
    }
    record.push(field);
    if (text[i] === ',') {
      i++;
      if (i >= text.length) fail('comma at the end of the text');
    } else if (text.startsWith('\r\n', i)) {
      i += 2;
      records.push(record);
      record = [];
    } else fail(i >= text.length ? 'last record without CRLF' : 'stray character after a field');
  }
  return records;
}
