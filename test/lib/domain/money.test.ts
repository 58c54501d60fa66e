import { formatFen, parseMoneyFen } from '../../../lib/domain/money';

describe('parseMoneyFen', () => {
  it.each([
    ['¥128.00', 12800],
    ['￥ 59.9', 5990],
    ['59.90元', 5990],
    ['128', 12800],
    ['¥1,299.00', 129900],
    ['1,234,567.89', 123456789],
    ['¥0.01', 1],
    ['¥0.00', 0],
    ['0.105', 11], // half-up on the third decimal, without floating-point drift
    ['1.005', 101],
    ['¥4.88 ~ ￥9.16', 488],
    ['￥9.16 ~ ￥4.88', 488],
    ['¥35.11-¥45.11', 3511],
    ['399.00 - 409.00', 39900],
    ['12.5元 至 18元', 1250],
    ['¥128.00 (含快递:¥0.00)', 12800],
    ['实收款 ¥ 1,088.00\n含运费 ¥10.00', 108800],
    ['  ￥ 88 ', 8800],
  ])('%j → %i fen', (text, fen) => {
    expect(parseMoneyFen(text)).toBe(fen);
  });

  it.each(['--', '-', '', '暂无', '¥--'])('%j has no amount', (text) => {
    expect(parseMoneyFen(text)).toBeUndefined();
  });
});

describe('formatFen', () => {
  it.each([
    [0, '¥0.00'],
    [1, '¥0.01'],
    [12800, '¥128.00'],
    [129900, '¥1,299.00'],
    [-550, '-¥5.50'],
  ])('%i → %s', (fen, text) => {
    expect(formatFen(fen)).toBe(text);
  });
});
