import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { openBrowser, screenshot, signIn as signInPage } from './browser.js';

const baseUrl = inject('baseUrl');

describe('the working calendar', () => {
  let page: Page;
  let close: () => Promise<void>;
  beforeEach(async () => {
    ({ page, close } = await openBrowser());
  });
  afterEach(() => close());

  async function signIn(username: string, password: string) {
    await signInPage(page, baseUrl, username, password);
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).waitFor();
  }

  async function openCalendar() {
    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Lịch làm việc' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Lịch làm việc' }).waitFor();
  }

  async function goToYear(year: number) {
    await page.getByRole('textbox', { name: 'Năm', exact: true }).fill(String(year));
    await page.getByRole('heading', { level: 2, name: new RegExp(`^Năm ${year} — `) }).waitFor();
  }

  it('an administrator reads 2026 and enters the 2027 notice', async () => {
    await signIn('quantri.tinh', 'Demo@2025');
    await openCalendar();
    await goToYear(2026);
    await page.getByRole('heading', { level: 2, name: 'Năm 2026 — Bính Ngọ' }).waitFor();
    await page.getByText('Theo thông báo: Thông báo số 9441/TB-BNV của Bộ Nội vụ').waitFor();
    // The cells say in words what their colours show.
    await page
      .getByRole('cell', {
        name: 'Thứ Hai, 27/04/2026 — Nghỉ bù, hoán đổi: Nghỉ bù Giỗ Tổ Hùng Vương (âm lịch 11/3)',
      })
      .waitFor();
    await page.getByRole('cell', { name: /^Thứ Bảy, 22\/08\/2026 — Làm bù: / }).waitFor();
    expect(
      await page.getByRole('cell', { name: /^Thứ Hai, 27\/04\/2026 — / }).getAttribute('data-kind'),
    ).toBe('day_off');
    await screenshot(page, '20-calendar-2026');

    await page.getByRole('button', { name: 'Năm sau' }).click();
    await page.getByRole('heading', { level: 2, name: 'Năm 2027 — Đinh Mùi' }).waitFor();
    await page
      .getByText('Chưa có thông báo chính thức — các ngày nghỉ được tính theo Bộ luật Lao động')
      .waitFor();
    await page.getByRole('button', { name: 'Sửa thông báo năm 2027' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sửa thông báo năm 2027' });
    await dialog.getByRole('button', { name: 'Lấy theo Bộ luật Lao động' }).click();
    await dialog.getByLabel('Số, tên thông báo').fill('Thông báo số 1234/TB-BNV của Bộ Nội vụ');
    await dialog.getByRole('button', { name: 'Thêm ngày' }).click();
    const row = await dialog.getByRole('textbox', { name: /^Tên ngày, dòng / }).count();
    await dialog.getByLabel(`Ngày, dòng ${row}`, { exact: true }).fill('2027-11-24');
    await dialog.getByLabel(`Loại ngày, dòng ${row}`).selectOption({ label: 'Ngày lễ' });
    await dialog.getByLabel(`Tên ngày, dòng ${row}`).fill('Ngày Văn hóa Việt Nam');
    await screenshot(page, '21-calendar-notice-dialog');
    await dialog.getByRole('button', { name: 'Lưu' }).click();

    await page.getByRole('status').filter({ hasText: 'Đã lưu thông báo năm 2027' }).waitFor();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Theo thông báo: Thông báo số 1234/TB-BNV của Bộ Nội vụ').waitFor();
    await page
      .getByRole('cell', { name: /^Thứ Tư, 24\/11\/2027 — Ngày lễ: Ngày Văn hóa Việt Nam / })
      .waitFor();
    await page
      .getByRole('row', { name: /24\/11\/2027 Thứ Tư Ngày lễ Ngày Văn hóa Việt Nam/ })
      .waitFor();
    await screenshot(page, '22-calendar-2027-saved');
  });

  it.each([
    ['a counter officer', 'motcua.tinh'],
    ['a commune administrator', 'quantri.kinhbac'],
  ])('%s reads the calendar but cannot edit the notice', async (_who, username) => {
    await signIn(username, 'Demo@2025');
    await openCalendar();
    await goToYear(2026);
    await page.getByRole('cell', { name: /^Thứ Hai, 27\/04\/2026 — Nghỉ bù, hoán đổi/ }).waitFor();
    expect(await page.getByRole('button', { name: /^Sửa thông báo/ }).count()).toBe(0);
    await screenshot(page, `23-calendar-read-only-${username}`);
  });
});
