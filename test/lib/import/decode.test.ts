import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, sniffContainer } from '../../../lib/import';

const HEADER = '订单编号,买家会员名,宝贝标题,收货地址 \r\n="4012345678901234567",t**9,白鸭绒羽绒服女短款,浙江省\r\n';

describe('decodeText: the encoding from the bytes', () => {
  it('reads GBK (Taobao, JD) as GB18030', () => {
    const d = decodeText(new Uint8Array(iconv.encode(HEADER, 'gbk')));
    expect(d).toEqual({ text: HEADER, encoding: 'gb18030' });
  });

  it('reads GB18030-only characters (beyond GBK) too', () => {
    const text = '商品,规格\r\n䶮字款,𠀀\r\n';
    expect(decodeText(new Uint8Array(iconv.encode(text, 'gb18030')))).toEqual({ text, encoding: 'gb18030' });
  });

  it('reads UTF-8 with a BOM (Douyin) without the BOM, and UTF-8 without one', () => {
    expect(decodeText(new Uint8Array(iconv.encode(HEADER, 'utf-8', { addBOM: true })))).toEqual({ text: HEADER, encoding: 'utf-8-bom' });
    expect(decodeText(new TextEncoder().encode(HEADER))).toEqual({ text: HEADER, encoding: 'utf-8' });
  });

  it('reads UTF-16 with its BOM (Excel’s “Unicode text”)', () => {
    expect(decodeText(new Uint8Array(iconv.encode(HEADER, 'utf-16le', { addBOM: true })))).toEqual({ text: HEADER, encoding: 'utf-16le' });
  });

  it('is never misled into UTF-8 by GBK bytes, however short the Chinese part', () => {
    for (const word of ['订单', '宝贝', '京东价', '交易成功', '拼多多']) {
      const bytes = new Uint8Array(iconv.encode(`id,${word}\r\n1,2\r\n`, 'gbk'));
      expect(decodeText(bytes).text).toContain(word);
    }
  });
});

describe('sniffContainer: the container from the first bytes', () => {
  it('tells xlsx, xls, text and binary apart', () => {
    expect(sniffContainer(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14]))).toBe('xlsx');
    expect(sniffContainer(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]))).toBe('xls');
    expect(sniffContainer(new Uint8Array(iconv.encode(HEADER, 'gbk')))).toBe('text');
    expect(sniffContainer(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toBe('binary');
    expect(sniffContainer(new Uint8Array(iconv.encode(HEADER, 'utf-16le', { addBOM: true })))).toBe('text');
    expect(sniffContainer(new Uint8Array())).toBe('empty');
  });
});
