import { describe, expect, it } from 'vitest';
import { cellText, headerKey, idText } from '../../../lib/import';

describe('cellText and idText: the exports’ wrapping taken off', () => {
  it('unwraps ="…" ids, tab prefixes, the leading quote and Douyin’s `-`', () => {
    expect(idText('="4012345678901234567"')).toBe('4012345678901234567');
    expect(idText('\t6917926768823643751')).toBe('6917926768823643751');
    expect(idText('\tYRF-2401-03\t')).toBe('YRF-2401-03');
    expect(cellText("'13812345678")).toBe('13812345678');
    expect(cellText('-')).toBe('');
    expect(cellText(' -- ')).toBe('');
    expect(cellText('\t辣丝丝')).toBe('辣丝丝');
    expect(cellText('2\t')).toBe('2');
  });

  it('keeps text as text: inner tabs and line breaks become one space, a dash inside a value stays', () => {
    expect(cellText('白鸭绒\t羽绒服\r\n短款')).toBe('白鸭绒 羽绒服 短款');
    expect(cellText('  颜色:黑色  尺码:M ')).toBe('颜色:黑色 尺码:M');
    expect(cellText('YRF-2401')).toBe('YRF-2401');
    expect(cellText('=HYPERLINK("x")')).toBe('=HYPERLINK("x")');
    expect(cellText('29.90')).toBe('29.90');
  });

  it('headerKey: trailing spaces, full-width parentheses and Latin case do not matter', () => {
    expect(headerKey('"收货地址 "'.replace(/"/g, ''))).toBe('收货地址');
    expect(headerKey('商家实收金额（元）')).toBe('商家实收金额(元)');
    expect(headerKey('商品ID')).toBe(headerKey('商品id'));
    expect(headerKey('\uFEFF主订单编号')).toBe('主订单编号');
  });
});
