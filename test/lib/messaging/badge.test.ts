import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { DRIFT_BADGE, addTabRows, badgeText, forgetTab } from '../../../lib/messaging/badge';

beforeEach(() => fakeBrowser.reset());

describe('tab badge', () => {
  it('counts distinct rows per tab, so a re-capture does not raise it', async () => {
    expect(await addTabRows(1, ['taobao|1', 'taobao|2'])).toBe(2);
    expect(await addTabRows(1, ['taobao|2', 'taobao|3'])).toBe(3);
    expect(await addTabRows(2, ['taobao|1'])).toBe(1);
    await forgetTab(1);
    expect(await addTabRows(1, ['taobao|9'])).toBe(1);
  });

  it('turns to a warning while the latest read of the tab found the page changed, and back when it reads fine', async () => {
    await addTabRows(5, ['pdd|1', 'pdd|2']);
    expect(await browser.action.getBadgeText({ tabId: 5 })).toBe('2');
    await addTabRows(5, [], true);
    expect(await browser.action.getBadgeText({ tabId: 5 })).toBe(DRIFT_BADGE.text);
    expect(await browser.action.getTitle({ tabId: 5 })).toContain('该页面结构可能已变化');
    expect(await addTabRows(5, ['pdd|3'])).toBe(3);
    expect(await browser.action.getBadgeText({ tabId: 5 })).toBe('3');
  });

  it.each([
    [0, ''],
    [7, '7'],
    [9999, '9999'],
    [12345, '12k'],
  ])('%i rows → %j', (n, text) => expect(badgeText(n)).toBe(text));
});
