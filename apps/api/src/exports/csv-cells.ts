import type { Options as CsvOptions } from 'csv-stringify';

/**
 * CSV injection (OWASP): a cell starting with one of these is read as a formula by Excel, LibreOffice and Google
 * Sheets (`=HYPERLINK(…)`, `@SUM(…)`, DDE payloads). Tab and carriage return are there because some spreadsheets
 * skip them and read what follows.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * What PostgreSQL sends for bigint and numeric columns (and what a negative amount looks like): a spreadsheet
 * reads it as the number it is, never as a formula, so it stays a number rather than becoming text.
 */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** Prefixes a would-be formula with a single quote, which spreadsheets show as text and do not evaluate. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** The csv-stringify options every CSV export goes through: string cells neutralised, the rest as given. */
export function safeCsvOptions(options: CsvOptions): CsvOptions {
  return { ...options, cast: { ...options.cast, string: (value: string) => neutraliseCell(value) } };
}
