import { describe, expect, inject, it } from 'vitest';
import { openBrowser, screenshot, signIn } from './browser.js';
import { DEMO_PASSWORD } from './officer-api.js';

/**
 * Issue 7: the plan's targets are data an administrator changes, and the dashboard holds the
 * figures against the version in force. The administrator raises the on-time target from 90% to
 * 95% from today; the centre's supervisor then sees 95% beside the on-time figure.
 */

const baseUrl = inject('baseUrl');

describe('the index scheme and the plan’s targets', () => {
  it('an administrator raises the on-time target, and the dashboard shows it', async () => {
    const browser = await openBrowser();
    try {
      const { page, context } = browser;
      await signIn(page, baseUrl, 'quantri.tinh', DEMO_PASSWORD);
      await page
        .getByRole('navigation', { name: 'Điều hướng chính' })
        .getByRole('link', { name: 'Bộ chỉ số và mục tiêu' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Bộ chỉ số và mục tiêu' }).waitFor();
      await page
        .getByRole('heading', {
          level: 2,
          name: /^Phiên bản “KH 2025-H2”, áp dụng từ 01\/01\/2025/,
        })
        .waitFor();
      await screenshot(page, '95-indicator-settings');

      await page
        .getByRole('button', { name: 'Tạo phiên bản mới từ phiên bản đang áp dụng' })
        .click();
      const dialog = page.getByRole('dialog', { name: 'Tạo phiên bản mới' });
      await dialog.getByLabel('Tên phiên bản').fill('KH 2026');
      // The date defaults to today; the source is carried over from the version in force.
      const onTime = dialog.getByLabel('Mức (%) của mục tiêu onTime');
      expect(await onTime.inputValue()).toBe('90%');
      // A share of nothing is refused, and the server's words come under the field.
      await onTime.fill('0');
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await dialog.getByText('Mục tiêu phải lớn hơn 0%').waitFor();
      expect(await onTime.getAttribute('aria-invalid')).toBe('true');
      // The keyboard is taken to the field at fault.
      await page.waitForFunction(
        () => document.activeElement?.getAttribute('aria-label') === 'Mức (%) của mục tiêu onTime',
      );
      await screenshot(page, '96-indicator-settings-invalid');

      await onTime.fill('95');
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await page.getByRole('status').filter({ hasText: 'Đã tạo phiên bản “KH 2026”' }).waitFor();
      await dialog.waitFor({ state: 'detached' });
      const versions = page.getByRole('table', { name: /^Các phiên bản — Mục tiêu/ });
      await versions
        .getByRole('row')
        .filter({ hasText: 'KH 2026' })
        .filter({ hasText: 'Đang áp dụng' })
        .waitFor();
      await versions
        .getByRole('row')
        .filter({ hasText: 'KH 2025-H2' })
        .filter({ hasText: 'Đã hết hiệu lực' })
        .waitFor();
      await screenshot(page, '97-indicator-settings-saved');

      // The scheme of the index, a tab away by keyboard, with its editor of points and targets.
      await page.getByRole('tab', { name: 'Mục tiêu của Kế hoạch' }).focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await page
        .getByRole('heading', { level: 2, name: /^Phiên bản “766\/2025”, áp dụng từ 01\/01\/2025/ })
        .waitFor();
      await page.getByText('Tổng cộng 98 điểm (văn bản ghi 100 điểm)').waitFor();
      await page
        .getByRole('button', { name: 'Tạo phiên bản mới từ phiên bản đang áp dụng' })
        .click();
      const schemeDialog = page.getByRole('dialog', { name: 'Tạo phiên bản mới' });
      expect(await schemeDialog.getByLabel('Điểm của chỉ số 2.1').inputValue()).toBe('20');
      await screenshot(page, '97-indicator-settings-scheme-editor');
      await page.keyboard.press('Escape');
      await schemeDialog.waitFor({ state: 'detached' });

      // The supervisor's dashboard: the month ends on or after today, so the new target applies.
      await context.clearCookies();
      await signIn(page, baseUrl, 'giamsat.tinh', DEMO_PASSWORD);
      await page
        .getByRole('navigation', { name: 'Điều hướng chính' })
        .getByRole('link', { name: 'Chỉ số phục vụ' })
        .click();
      await page
        .getByRole('heading', { level: 1, name: 'Chỉ số phục vụ người dân, doanh nghiệp' })
        .waitFor();
      await page.getByText('Mục tiêu của Kế hoạch: trên 95%').waitFor();
      await page.getByText('Mục tiêu của Kế hoạch: trên 60%').waitFor();
      expect(await page.getByText('Mục tiêu của Kế hoạch: trên 90%').count()).toBe(0);
      await screenshot(page, '98-indicators-new-target');
    } finally {
      await browser.close();
    }
  });
});
