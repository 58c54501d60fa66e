import { describe, expect, it } from 'vitest';
import { parseMoneyFen, parseShanghaiTime } from '../../../lib/domain';
import { dateCell, formatCell, idCell, moneyCell, textCell, timeCell } from '../../../lib/export';

describe('money cells: integer fen → yuan with two decimals', () => {
  it.each([
    [129900, '1299.00'],
    [5990, '59.90'],
    [1, '0.01'],
    [0, '0.00'],
    [-1250, '-12.50'],
    [123456789012, '1234567890.12'],
  ])('%i fen → %s', (fen, text) => {
    expect(moneyCell(fen)).toBe(text);
    expect(parseMoneyFen(text.replace('-', ''))).toBe(Math.abs(fen)); // the domain parser reads it back
  });

  it('rounds an average in fractional fen to whole fen', () => {
    expect(moneyCell(12345.5)).toBe('123.46');
  });
});

describe('time cells: Asia/Shanghai whatever the machine zone', () => {
  it('writes seconds and reads back through the domain parser', () => {
    const ms = parseShanghaiTime('2025-04-03 14:22:01')!;
    expect(timeCell(ms)).toBe('2025-04-03 14:22:01');
    expect(dateCell(ms)).toBe('2025-04-03');
  });

  it('puts 23:30 UTC on the next Shanghai day', () => {
    expect(timeCell(Date.UTC(2025, 10, 20, 23, 30, 5))).toBe('2025-11-21 07:30:05');
    expect(dateCell(Date.UTC(2025, 10, 20, 16, 0, 0))).toBe('2025-11-21');
    expect(dateCell(Date.UTC(2025, 10, 20, 15, 59, 59))).toBe('2025-11-20');
  });
});

describe('id cells stay text', () => {
  it('wraps digit ids and codes in ="…"', () => {
    expect(idCell('4590500607641348686')).toBe('="4590500607641348686"');
    expect(idCell('0012')).toBe('="0012"');
    expect(idCell('2504-1')).toBe('="2504-1"');
  });

  it('leaves letter-first codes as they are, and neutralises ids that could be formulas', () => {
    expect(idCell('TB-01-M-2504')).toBe('TB-01-M-2504');
    expect(idCell('YRF-2409-01')).toBe('YRF-2409-01');
    expect(idCell('=1+1')).toBe("'=1+1");
    expect(idCell('1"),HYPERLINK("x')).toBe('1"),HYPERLINK("x'); // not wrappable: plain text, starts with a digit
  });
});

describe('text cells: formula starts are neutralised', () => {
  it.each(['=SUM(A1)', '+86 138', '-1+2', '@cmd', '\tx', '\rx', '\nx'])('%j gets a leading quote', (v) => {
    expect(textCell(v)).toBe(`'${v}`);
  });

  it('leaves ordinary text alone', () => {
    expect(textCell('连衣裙 a=b')).toBe('连衣裙 a=b');
    expect(textCell("'already")).toBe("'already");
  });
});

describe('formatCell by kind', () => {
  it('writes negative numbers as numbers, not neutralised text', () => {
    expect(formatCell('money', -1250)).toBe('-12.50');
    expect(formatCell('int', -3)).toBe('-3');
    expect(formatCell('decimal', -2.25, 2)).toBe('-2.25');
  });

  it('empties missing and non-finite values', () => {
    expect(formatCell('money', undefined)).toBe('');
    expect(formatCell('int', null)).toBe('');
    expect(formatCell('decimal', Number.NaN)).toBe('');
    expect(formatCell('time', Number.POSITIVE_INFINITY)).toBe('');
  });

  it('writes a string in a numeric column as neutralised text rather than dropping it', () => {
    expect(formatCell('money', '-5 (待定)')).toBe("'-5 (待定)");
  });

  it('rounds ints and keeps the decimals asked for', () => {
    expect(formatCell('int', 2.6)).toBe('3');
    expect(formatCell('decimal', 12.345, 2)).toBe('12.35');
    expect(formatCell('decimal', 12)).toBe('12');
  });
});
