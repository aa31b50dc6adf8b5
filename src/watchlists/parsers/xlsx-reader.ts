import { inflateRawSync } from 'node:zlib';

/**
 * Just enough of Office Open XML spreadsheets to read a list published as `.xlsx`: the zip container
 * (stored and deflated members), the shared strings and the cells of the first worksheet, with cached
 * formula values. Styles, dates as numbers and rich formatting are not interpreted. Throws `Error` with
 * a plain reason on anything else; the caller names the file.
 */
export function readZipMembers(zip: Buffer): Map<string, () => Buffer> {
  const endSignature = 0x06054b50;
  let end = -1;
  for (let offset = zip.length - 22; offset >= Math.max(0, zip.length - 22 - 0xffff); offset -= 1) {
    if (zip.readUInt32LE(offset) === endSignature) {
      end = offset;
      break;
    }
  }
  if (end === -1) {
    throw new Error('not a zip file (no end of central directory)');
  }
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const members = new Map<string, () => Buffer>();
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== 0x02014b50) {
      throw new Error('broken zip central directory');
    }
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localOffset = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    members.set(name, () => {
      if (zip.readUInt32LE(localOffset) !== 0x04034b50) {
        throw new Error(`broken zip member ${name}`);
      }
      const dataStart = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
      const data = zip.subarray(dataStart, dataStart + compressedSize);
      if (method === 0) {
        return data;
      }
      if (method === 8) {
        return inflateRawSync(data);
      }
      throw new Error(`zip member ${name} uses compression method ${method}`);
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return members;
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXmlText(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&([a-z]+);/g, (whole, name: string) => XML_ENTITIES[name] ?? whole)
    .replace(/_x000D_/g, '');
}

/** The text of a shared string or inline string: its runs, without phonetic guides (`rPh`). */
function stringItemText(item: string): string {
  return [...item.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '').matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)]
    .map((run) => decodeXmlText(run[1]))
    .join('');
}

export interface SheetRow {
  /** 1-based row number as the sheet gives it. */
  row: number;
  /** Cell text by column letter ("A", "B", …); empty cells are absent. */
  cells: Record<string, string>;
}

/** The rows of the workbook's first sheet, with shared strings resolved and formulas as their cached value. */
export function readFirstSheet(xlsx: Buffer): { sheetName: string; rows: SheetRow[] } {
  const members = readZipMembers(xlsx);
  const member = (name: string): string | null => {
    const read = members.get(name);
    return read ? read().toString('utf8') : null;
  };
  const workbook = member('xl/workbook.xml');
  if (workbook === null) {
    throw new Error('not a spreadsheet (no xl/workbook.xml)');
  }
  const sheet = /<sheet\b[^>]*\bname="([^"]*)"[^>]*\br:id="([^"]+)"/.exec(workbook);
  const relations = member('xl/_rels/workbook.xml.rels') ?? '';
  let target = 'worksheets/sheet1.xml';
  if (sheet) {
    const relation = new RegExp(`<Relationship\\b[^>]*\\bId="${sheet[2]}"[^>]*\\bTarget="([^"]+)"`).exec(relations);
    const reversed = new RegExp(`<Relationship\\b[^>]*\\bTarget="([^"]+)"[^>]*\\bId="${sheet[2]}"`).exec(relations);
    target = relation?.[1] ?? reversed?.[1] ?? target;
  }
  const sheetXml = member(target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  if (sheetXml === null) {
    throw new Error(`the first sheet (${target}) is missing`);
  }
  const shared = [...(member('xl/sharedStrings.xml') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((item) =>
    stringItemText(item[1]),
  );
  const rows: SheetRow[] = [];
  for (const row of sheetXml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const number = Number(/\br="(\d+)"/.exec(row[1])?.[1] ?? rows.length + 1);
    const cells: Record<string, string> = {};
    for (const cell of (row[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const reference = /\br="([A-Z]+)\d+"/.exec(cell[1]);
      const type = /\bt="([^"]+)"/.exec(cell[1])?.[1] ?? 'n';
      const body = cell[2] ?? '';
      if (!reference) {
        continue;
      }
      let value: string | null = null;
      if (type === 'inlineStr') {
        value = stringItemText(body);
      } else {
        const cached = /<v>([\s\S]*?)<\/v>/.exec(body);
        if (cached) {
          value = type === 's' ? (shared[Number(cached[1])] ?? null) : decodeXmlText(cached[1]);
        }
      }
      if (value !== null && value.length > 0) {
        cells[reference[1]] = value;
      }
    }
    rows.push({ row: number, cells });
  }
  return { sheetName: sheet ? decodeXmlText(sheet[1]) : '', rows };
}
