// @vitest-environment jsdom
import { parseOrderRow, parseProductRow } from '../../../../lib/domain';
import { extractOrders, extractProducts } from '../../../../lib/platforms/pdd/extract';

// The field results of issue 10 for the PDD reader, each drawn as the page showed it.

const doc = (body: string) => new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
const ctx = { platform: 'pdd' as const, url: 'u', capturedAt: Date.UTC(2026, 0, 10) };

describe('pdd goods list: values read by their own label inside the cell', () => {
  const page = () =>
    doc(`<table data-testid="beast-core-table"><thead><tr><th>商品信息</th><th>价格</th><th>库存</th><th>销量</th><th>创建时间</th><th>状态</th></tr></thead>
      <tbody data-testid="beast-core-table-middle-tbody">
      <tr data-testid="beast-core-table-body-tr"><td><img src="x"><div><div>白鸭绒羽绒服</div><div>ID: 958214972858</div></div></td>
        <td><div>单买价 ¥389.00</div><div>拼单价 ¥351.10</div></td><td>1,202</td>
        <td><div>累计销量 3400</div><div>30日销量 28</div></td><td>2025-04-10 11:59</td><td>在售中</td></tr>
      <tr data-testid="beast-core-table-body-tr"><td><img src="x"><div><div>纯棉短袖T恤</div><div>ID：881221030717</div></div></td>
        <td><span>拼单价：</span><span>¥53.90</span> <span>单买价：</span><span>¥59.90</span></td><td>80</td>
        <td><span>30日销量</span>&nbsp;<span>7</span><br><span>累计销量</span> <span>120</span></td><td>2025-03-01 08:00</td><td>在售中</td></tr>
      </tbody></table>`);

  it('takes 30日销量 from the cell under a header that only says 销量, never 累计销量', () => {
    expect(extractProducts(page()).map((r) => r.sales30d)).toEqual(['28', '7']);
  });

  it('stores the 拼单价, not the 单买价, whichever comes first in the cell', () => {
    const rows = extractProducts(page());
    const records = rows.map((r, i) => parseProductRow(r, i, ctx));
    expect(records.map((r) => r.ok && [r.record.priceFen, r.record.sales30d])).toEqual([
      [35110, 28],
      [5390, 7],
    ]);
  });
});

describe('pdd order list: what is never read', () => {
  const goods = (title: string, extra = '') =>
    `<td><div class="goods-record-container"><img src="x"><div class="goods-record-info">${extra}<div class="goods-record-name">${title}</div><div>¥53.90</div><div>ID: 881221030717</div><div>白色,XL</div></div></div></td>`;
  const order = (goodsCell: string, receiver: string, buyer = '<td>开心果</td>') =>
    doc(`<table><thead><tr><th>商品</th><th>订单状态</th><th>数量</th><th>商品总价</th><th>实收金额(元)</th><th>收货人</th><th>买家昵称</th></tr></thead></table>
      <div><div>订单编号：250731-430243166735132 订单成交时间：2025-07-31 08:01:09</div>
      <table><tr>${goodsCell}<td>待发货</td><td>1</td><td>53.90</td><td>53.90</td>${receiver}${buyer}</tr></table></div>`);

  it('never takes CSS from a <style> element or leaked rule text in the goods cell as the title', () => {
    const css = '.beast-core-ellipsis-1{overflow:hidden;text-overflow:ellipsis} :root{--c:1}';
    const pages = [
      order(goods(`<style>${css}</style>纯棉短袖T恤`), '<td>查看</td>'),
      order(goods('纯棉短袖T恤', `<style>${css}</style>`), '<td>查看</td>'),
      order(goods(`${'.beast-core-ellipsis-1 { overflow: hidden; }'}纯棉短袖T恤`), '<td>查看</td>'),
      order(goods('纯棉短袖T恤', '.beast-core-ellipsis-2{display:-webkit-box}'), '<td>查看</td>'),
    ];
    for (const p of pages) expect(extractOrders(p)[0]!.items[0]).toMatchObject({ title: '纯棉短袖T恤', spec: '白色,XL' });
  });

  it('never takes a comment node (<!--v-if-->) for a goods line, and reads a React-split 实收款：¥<!-- -->53.90', () => {
    const plain = '<td><div class="goods-record-container"><img src="x"><div><!--v-if--><div>纯棉短袖T恤</div><div>¥53.90</div><div>ID: 881221030717</div><div>白色,XL</div></div></div></td>';
    const page = order(plain, '<td>查看</td>');
    page.querySelectorAll('td')[4]!.innerHTML = '实收款：¥<!-- -->53.90';
    const [row] = extractOrders(page);
    expect(row!.items[0]).toMatchObject({ title: '纯棉短袖T恤', spec: '白色,XL' });
    const parsed = parseOrderRow(row!, 0, ctx);
    expect(parsed.ok && parsed.record.paidFen).toBe(5390);
  });

  it('never reads the lines of a hidden copy inside the goods cell (a tooltip with more lines than the info box)', () => {
    const tip = '<div style="display:none"><div>旧标题</div><div>ID: 100000000001</div><div>旧规格</div><div>¥1.00</div><div>商家编码: OLD</div></div>';
    expect(extractOrders(order(goods('纯棉短袖T恤', tip), '<td>查看</td>'))[0]!.items[0]).toEqual({
      title: '纯棉短袖T恤',
      spec: '白色,XL',
      productId: '881221030717',
      quantity: '1',
      price: '¥53.90',
    });
  });

  it('keeps the receiver out of every field and of a rejected row', () => {
    const receiver = '<td><div>张*</div><div>138****5678</div><div>浙江省杭州市西湖区文三路100号</div><a data-clipboard-text="张三\n13812345678\n浙江省杭州市">复制完整信息</a> <a>隐私号</a></td>';
    const [row] = extractOrders(order(goods(''), receiver));
    expect(JSON.stringify(row)).not.toMatch(/张|138|浙江|文三路/);
    const parsed = parseOrderRow(row!, 0, ctx);
    expect(parsed.ok).toBe(false);
    expect(JSON.stringify(parsed)).not.toMatch(/张|138|浙江|文三路/);
  });

  it('never takes the receiver as the buyer: without a 买家 column the masked nickname is found by its pattern', () => {
    const noBuyer = doc(`<table><thead><tr><th>商品</th><th>订单状态</th><th>数量</th><th>实收金额(元)</th><th>收货人</th></tr></thead></table>
      <div><div>订单编号：250731-430243166735132 订单成交时间：2025-07-31 08:01:09</div>
      <table><tr>${goods('纯棉短袖T恤')}<td>待发货</td><td>1</td><td>53.90</td><td>王**<br>138****5678 <a>查看</a></td><td>tb_88***</td></tr></table></div>`);
    expect(extractOrders(noBuyer)[0]!.buyer).toBe('tb_88***');
    const none = doc(`<table><thead><tr><th>商品</th><th>订单状态</th><th>数量</th><th>实收金额(元)</th><th>收货人</th></tr></thead></table>
      <div><div>订单编号：250731-430243166735132 订单成交时间：2025-07-31 08:01:09</div>
      <table><tr>${goods('纯棉短袖T恤')}<td>待发货</td><td>1</td><td>53.90</td><td>王***<br>138****5678 <a>查看</a></td></tr></table></div>`);
    expect(extractOrders(none)[0]!.buyer).toBe('');
  });
});
