import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { probability, readableFile, wholeNumber, wholeNumberOrAuto, writableFile } from './cli-arguments';

describe('CLI argument parsers', () => {
  const folder = mkdtempSync(join(tmpdir(), 'cli-arguments-'));
  const file = join(folder, 'rows.csv');
  writeFileSync(file, 'name\nx\n');

  it.each([
    ['5', 5, 'a whole number in range'],
    ['1', 1, 'the lower bound'],
    ['50', 50, 'the upper bound'],
  ])('accepts limit %s', (value, expected) => {
    const sut = wholeNumber(1, 50);
    expect(sut(value)).toBe(expected);
  });

  it.each([
    ['0', 'below the range: a limit of 0 would refuse every row'],
    ['51', 'above the range'],
    ['abc', 'not a number'],
    ['2.5', 'not whole'],
    ['', 'empty'],
  ])('refuses limit "%s" (%s)', (value) => {
    const sut = wholeNumber(1, 50);
    expect(() => sut(value)).toThrow(InvalidArgumentError);
  });

  it.each([
    ['abc', 'not a number'],
    ['1.5', 'above 1'],
    ['-0.1', 'below 0'],
    [' ', 'blank'],
  ])('refuses threshold "%s" (%s)', (value) => {
    expect(() => probability(value)).toThrow('must be a number from 0 to 1');
  });

  it.each<[string, number | 'auto', string]>([
    ['auto', 'auto', 'left to the command'],
    ['2', 2, 'a number in range'],
  ])('accepts workers %s (%s)', (value, expected) => {
    const sut = wholeNumberOrAuto(1, 64);
    expect(sut(value)).toBe(expected);
  });

  it.each([
    ['0', 'below the range'],
    ['automatic', 'not the word auto'],
  ])('refuses workers "%s" (%s), saying what is accepted', (value) => {
    const sut = wholeNumberOrAuto(1, 64);
    expect(() => sut(value)).toThrow('must be auto or a whole number from 1 to 64');
  });

  it('accepts a threshold from 0 to 1', () => {
    expect(probability('0.85')).toBe(0.85);
  });

  it('refuses an input file that does not exist, naming its path', () => {
    expect(() => readableFile(join(folder, 'missing.csv'))).toThrow(`no file at ${join(folder, 'missing.csv')}`);
  });

  it('refuses a folder as an input file', () => {
    expect(() => readableFile(folder)).toThrow('is not a file');
  });

  it('accepts a readable input file', () => {
    expect(readableFile(file)).toBe(file);
  });

  it('refuses an output file in a folder that does not exist', () => {
    expect(() => writableFile(join(folder, 'no-such-folder', 'out.jsonl'))).toThrow('cannot write in');
  });

  it('refuses a folder as an output file', () => {
    expect(() => writableFile(folder)).toThrow('is a folder, not a file');
  });
});
