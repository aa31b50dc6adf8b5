/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF; a leading byte-order mark is dropped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const input = text.replace(/^\uFEFF/, '');
  for (let index = 0; index < input.length; index++) {
    const character = input[index];
    if (quoted) {
      if (character === '"') {
        if (input[index + 1] === '"') {
          field += '"';
          index++;
        } else {
          quoted = false;
        }
      } else {
        field += character;
      }
    } else if (character === '"' && field.length === 0) {
      quoted = true;
    } else if (character === ',') {
      row.push(field);
      field = '';
    } else if (character === '\n' || character === '\r') {
      if (character === '\r' && input[index + 1] === '\n') {
        index++;
      }
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += character;
    }
  }
  if (field.length > 0 || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((cells) => cells.some((cell) => cell.trim().length > 0));
}

export function formatCsv(rows: Array<Array<string | number>>): string {
  return rows
    .map((row) =>
      row
        .map((cell) => {
          const text = String(cell);
          // A leading = + - @ makes spreadsheets run the cell as a formula.
          const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
          return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
        })
        .join(','),
    )
    .join('\r\n');
}

export interface BatchRow {
  line: number;
  name: string;
  schema?: string;
  country?: string[];
  dateOfBirth?: string[];
}

const COLUMNS: Record<string, keyof Omit<BatchRow, 'line'>> = {
  name: 'name',
  type: 'schema',
  schema: 'schema',
  country: 'country',
  countries: 'country',
  nationality: 'country',
  dob: 'dateOfBirth',
  dateofbirth: 'dateOfBirth',
  birthdate: 'dateOfBirth',
  date_of_birth: 'dateOfBirth',
};

/** Reads a batch file: a header row with `name` and optionally type, country, dateOfBirth. */
export function readBatch(text: string): { rows: BatchRow[]; header: string[] } {
  const [header, ...body] = parseCsv(text);
  if (!header) {
    throw new Error('The file is empty');
  }
  const keys = header.map((cell) => COLUMNS[cell.trim().toLowerCase().replace(/[\s-]/g, '')] ?? null);
  if (!keys.includes('name')) {
    throw new Error(`The first row must name the columns, one of them "name" (found: ${header.join(', ')})`);
  }
  const rows = body.map((cells, index): BatchRow => {
    const row: BatchRow = { line: index + 2, name: '' };
    keys.forEach((key, column) => {
      const value = (cells[column] ?? '').trim();
      if (!key || value.length === 0) {
        return;
      }
      if (key === 'name' || key === 'schema') {
        row[key] = value;
      } else {
        row[key] = value
          .split(/[;|]/)
          .map((part) => part.trim())
          .filter(Boolean);
      }
    });
    return row;
  });
  return { rows, header };
}
