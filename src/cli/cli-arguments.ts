import { accessSync, constants, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InvalidArgumentError } from 'commander';

/**
 * Option and argument parsers for commander. Each one checks a value before any work starts and
 * refuses it with a one-line reason; commander names the option (`option '--limit <n>' argument
 * '0' is invalid. …`) and the CLI exits with EXIT_CODES.usage.
 */

/** A whole number from `min` to `max`. */
export function wholeNumber(min: number, max: number): (value: string) => number {
  return (value) => {
    const number = Number(value);
    if (value.trim() === '' || !Number.isInteger(number) || number < min || number > max) {
      throw new InvalidArgumentError(`must be a whole number from ${min} to ${max}`);
    }
    return number;
  };
}

/** A whole number from `min` to `max`, or `auto` (left to the command: the parser returns the text). */
export function wholeNumberOrAuto(min: number, max: number): (value: string) => number | 'auto' {
  const number = wholeNumber(min, max);
  return (value) => {
    if (value.trim() === 'auto') {
      return 'auto';
    }
    try {
      return number(value);
    } catch {
      throw new InvalidArgumentError(`must be auto or a whole number from ${min} to ${max}`);
    }
  };
}

/** A score from 0 to 1. */
export function probability(value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number < 0 || number > 1) {
    throw new InvalidArgumentError('must be a number from 0 to 1');
  }
  return number;
}

/** A file that exists and can be read (a directory is refused). */
export function readableFile(value: string): string {
  let isFile: boolean;
  try {
    isFile = statSync(value).isFile();
  } catch {
    throw new InvalidArgumentError(`no file at ${resolve(value)}`);
  }
  if (!isFile) {
    throw new InvalidArgumentError(`${resolve(value)} is not a file`);
  }
  try {
    accessSync(value, constants.R_OK);
  } catch {
    throw new InvalidArgumentError(`${resolve(value)} cannot be read (permissions)`);
  }
  return value;
}

/** A file or a directory that exists and can be read (lists that come as a folder of files). */
export function readablePath(value: string): string {
  try {
    accessSync(value, constants.R_OK);
  } catch {
    throw new InvalidArgumentError(`nothing readable at ${resolve(value)}`);
  }
  return value;
}

/** A file the command may create or replace: its folder must exist and be writable. */
export function writableFile(value: string): string {
  const path = resolve(value);
  try {
    if (statSync(path).isDirectory()) {
      throw new InvalidArgumentError(`${path} is a folder, not a file`);
    }
  } catch (error) {
    if (error instanceof InvalidArgumentError) {
      throw error;
    }
    // Not there yet: the folder decides.
  }
  try {
    accessSync(dirname(path), constants.W_OK);
  } catch {
    throw new InvalidArgumentError(`cannot write in ${dirname(path)} (missing or read-only)`);
  }
  return value;
}

/** One of a fixed set of values. */
export function oneOf(values: readonly string[]): (value: string) => string {
  return (value) => {
    if (!values.includes(value)) {
      throw new InvalidArgumentError(`must be one of ${values.join(', ')}`);
    }
    return value;
  };
}
