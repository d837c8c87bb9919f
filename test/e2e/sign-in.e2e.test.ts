import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { openBrowser, screenshot, signIn as signInPage } from './browser.js';

const baseUrl = inject('baseUrl');

describe('a counter officer’s first minute', () => {
  let page: Page;
  let close: () => Promise<void>;
  beforeEach(async () => {
    ({ page, close } = await openBrowser());
  });
  afterEach(() => close());

  async function signIn(username: string, password: string) {
    await page.goto(`${baseUrl}/`);
    await page.waitForURL(/\/dang-nhap/);
    await signInPage(page, baseUrl, username, password);
  }

  it('signs in, sees the Vietnamese shell with only what the role allows, and signs out', async () => {
    await signIn('motcua.tinh', 'Demo@2025');
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    await nav.waitFor();
    await expect.poll(() => page.url()).toBe(`${baseUrl}/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    await page.getByText(/Xin chào, Nguyễn Thị Hoa/).waitFor();
    const items = await nav.getByRole('link').allInnerTexts();
    expect(items.map((s) => s.trim())).toEqual(
      expect.arrayContaining(['Trang chủ', 'Tiếp nhận hồ sơ', 'Tài khoản của tôi']),
    );
    expect(items.join('|')).not.toMatch(/Người dùng|Xử lý hồ sơ|Kiểm soát TTHC/);
    await screenshot(page, '01-counter-officer-shell');

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL(/\/dang-nhap/);
    await screenshot(page, '02-signed-out');
    // The session is gone on the server too: going back does not get the shell.
    await page.goto(`${baseUrl}/`);
    await page.waitForURL(/\/dang-nhap/);
  });

  it('a wrong password shows a Vietnamese error and keeps the officer on the sign-in page', async () => {
    await signIn('motcua.tinh', 'sai-mat-khau');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Tên đăng nhập hoặc mật khẩu không đúng');
    expect(page.url()).toContain('/dang-nhap');
    await screenshot(page, '03-wrong-password');
  });

  it('an administrator sees user management, and the language switch turns the shell to English', async () => {
    await signIn('quantri.tinh', 'Demo@2025');
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    await nav.getByRole('link', { name: 'Người dùng' }).click();
    await page.getByRole('cell', { name: 'motcua.kinhbac', exact: true }).waitFor();
    await screenshot(page, '04-admin-users');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await screenshot(page, '05-english');
  });
});
