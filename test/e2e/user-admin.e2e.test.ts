import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { openBrowser, screenshot, signIn as signInPage } from './browser.js';

const baseUrl = inject('baseUrl');

describe('a commune administrator manages accounts and roles', () => {
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

  it('creates a counter officer in the commune, who can then sign in with that role', async () => {
    await signIn('quantri.kinhbac', 'Demo@2025');
    await page.goto(`${baseUrl}/quan-tri/nguoi-dung`);
    await page.getByRole('button', { name: 'Thêm người dùng' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm người dùng' });
    await dialog.getByLabel('Tên đăng nhập').fill('motcua2.kinhbac');
    await dialog.getByLabel('Họ và tên').fill('Lương Thị Diệu Linh');
    await dialog.getByLabel('Đơn vị công tác', { exact: true }).click();
    await dialog
      .getByLabel('Đơn vị công tác', { exact: true })
      .fill('Trung tam Phuc vu hanh chinh cong phuong Kinh Bac');
    await page
      .getByRole('option', { name: /Trung tâm Phục vụ hành chính công phường Kinh Bắc/ })
      .click();
    await dialog.getByLabel('Mật khẩu ban đầu').fill('mat-khau-ban-dau-1');
    await dialog.getByLabel('Nhập lại mật khẩu').fill('mat-khau-ban-dau-1');
    await dialog.getByRole('button', { name: 'Thêm vai trò' }).click();
    await dialog
      .getByRole('textbox', { name: 'Vai trò', exact: true })
      .or(dialog.getByRole('combobox', { name: 'Vai trò', exact: true }))
      .click();
    await page.getByRole('option', { name: 'Công chức Bộ phận Một cửa' }).click();
    await screenshot(page, '10-create-user-dialog');
    await dialog.getByRole('button', { name: 'Tạo người dùng' }).click();
    await page.getByRole('cell', { name: 'motcua2.kinhbac', exact: true }).waitFor();
    await screenshot(page, '11-user-created');

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL(/\/dang-nhap/);
    await signIn('motcua2.kinhbac', 'mat-khau-ban-dau-1');
    await page.getByText('Xin chào, Lương Thị Diệu Linh').waitFor();
    const nav = await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link')
      .allTextContents();
    expect(nav.map((s) => s.trim())).toContain('Tiếp nhận hồ sơ');
    expect(nav.map((s) => s.trim())).not.toContain('Người dùng');
  });
});
