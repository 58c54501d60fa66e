import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addTabRows, badgeText, forgetTab } from '../../../lib/messaging/badge';

beforeEach(() => fakeBrowser.reset());

describe('tab badge', () => {
  it('counts distinct rows per tab, so a re-capture does not raise it', async () => {
    expect(await addTabRows(1, ['taobao|1', 'taobao|2'])).toBe(2);
    expect(await addTabRows(1, ['taobao|2', 'taobao|3'])).toBe(3);
    expect(await addTabRows(2, ['taobao|1'])).toBe(1);
    await forgetTab(1);
    expect(await addTabRows(1, ['taobao|9'])).toBe(1);
  });

  it.each([
    [0, ''],
    [7, '7'],
    [9999, '9999'],
    [12345, '12k'],
  ])('%i rows → %j', (n, text) => expect(badgeText(n)).toBe(text));
});
