import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { stableId } from '../../src/server/seed/stable-id.js';
import { openBrowser, screenshot } from './browser.js';
import { receivedDossier, signInApi, workedAgo } from './officer-api.js';

/**
 * The public disclosure of the service index (issue 7, item 4): a citizen, not signed in, reads a
 * unit's on-time share of the month, then the month's list of late dossiers by agency.
 */

const baseUrl = inject('baseUrl');
const APPLICANT = { name: 'Đỗ Văn Hải', idNumber: '027095007799', phone: '0987650011' };
const KINH_BAC = stableId('agency:commune:09187');

/** Whether the element has the focus, compared by id (no DOM types in Node-typed code). */
async function hasFocus(page: Page, field: ReturnType<Page['locator']>) {
  const id = await field.getAttribute('id');
  return id !== null && (await page.locator(':focus').getAttribute('id')) === id;
}

/** Presses Tab from the top of the page until `field` has the focus; how many presses it took. */
async function tabTo(page: Page, field: ReturnType<Page['locator']>, most = 20) {
  for (let presses = 1; presses <= most; presses++) {
    await page.keyboard.press('Tab');
    if (await hasFocus(page, field)) return presses;
  }
  throw new Error(`not reached in ${most} presses of Tab`);
}

describe('the public service index', () => {
  it('an anonymous visitor reads a unit’s on-time share, then the late dossiers under their agency', async () => {
    // A birth registration (1 working day) that came by post two working days ago: already late.
    const counter = await signInApi('motcua.kinhbac');
    const late = await receivedDossier(counter, '1.001193', 3, APPLICANT, {
      handedOverAt: await workedAgo(16 * 60 + 60),
    });
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(
      new Date(),
    );
    // The figures the page should show, as the API gives them to anyone.
    const api = await fetch(`${baseUrl}/api/v1/public/index/units?period=month&date=${today}`);
    expect(api.status).toBe(200);
    const units = (await api.json()) as {
      units: { agency: { id: string; name: string }; onTime: number | null; onTimeMet: boolean }[];
      targets: Record<'onTime' | 'early', { above: number; comparison: string }>;
    };
    const commune = units.units.find((u) => u.agency.id === KINH_BAC);
    expect(commune?.onTime).not.toBeNull();
    const ratio = new Intl.NumberFormat('vi-VN', {
      style: 'percent',
      maximumFractionDigits: 1,
    }).format(commune?.onTime as number);

    const browser = await openBrowser();
    try {
      const { page } = browser;
      // From the public lookup page, where citizens already come, without signing in.
      await page.goto(`${baseUrl}/tra-cuu`);
      await page
        .getByRole('navigation', { name: 'Thông tin công khai' })
        .getByRole('link', { name: 'Chỉ số phục vụ công khai' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Chỉ số phục vụ công khai' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('vi');

      // The month is a labelled control that the keyboard reaches, with a visible focus.
      const month = page.getByRole('combobox', { name: 'Tháng' });
      await month.waitFor();
      await page.locator('body').click({ position: { x: 1, y: 1 } });
      expect(await tabTo(page, month)).toBeLessThanOrEqual(12);
      expect(await page.evaluate('getComputedStyle(document.activeElement).outlineStyle')).not.toBe(
        'none',
      );

      const table = page.getByRole('table', {
        name: /^Tỷ lệ giải quyết hồ sơ đúng hạn theo đơn vị/,
      });
      await table.waitFor();
      for (const header of ['Đơn vị', 'Hồ sơ trong kỳ', 'Tỷ lệ đúng hạn', 'Tỷ lệ trước hạn'])
        expect(await table.getByRole('columnheader', { name: header }).count()).toBe(1);
      // The plan's targets in force in their own words (another journey may have raised one).
      const words = (x: { above: number; comparison: string }) => {
        const share = (x.above * 100).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
        return x.comparison === 'atLeast' ? `từ ${share}% trở lên` : `trên ${share}%`;
      };
      for (const header of [
        `Mục tiêu đúng hạn (${words(units.targets.onTime)})`,
        `Mục tiêu trước hạn (${words(units.targets.early)})`,
      ])
        expect(await table.getByRole('columnheader', { name: header }).count()).toBe(1);
      const row = table
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: commune?.agency.name }) });
      // Counts, then the share on time, and whether it is above the plan's 90%, in words.
      expect(await row.getByRole('cell').nth(6).textContent()).toBe(ratio);
      expect(await row.getByRole('cell').nth(7).textContent()).toContain(
        commune?.onTimeMet ? 'Đạt' : 'Chưa đạt',
      );
      await screenshot(page, '90-public-index');
      // On paper: the table without the controls.
      await page.emulateMedia({ media: 'print' });
      expect(await month.isVisible()).toBe(false);
      expect(await table.isVisible()).toBe(true);
      await screenshot(page, '90-public-index-print');
      await page.emulateMedia({ media: 'screen' });

      await page.getByRole('link', { name: 'Danh sách hồ sơ trễ hạn trong tháng' }).click();
      await page.getByRole('heading', { level: 1, name: 'Danh sách hồ sơ trễ hạn' }).waitFor();
      const section = page.getByRole('region', { name: commune?.agency.name });
      await section.getByRole('heading', { level: 2, name: commune?.agency.name }).waitFor();
      const list = section.getByRole('table', { name: /^Hồ sơ trễ hạn của/ });
      for (const header of ['Mã hồ sơ', 'Thủ tục', 'Hạn giải quyết'])
        expect(await list.getByRole('columnheader', { name: header }).count()).toBe(1);
      expect(await list.getByRole('columnheader', { name: 'Người nộp' }).count()).toBe(0);
      const lateRow = list
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: late.code as string }) });
      await lateRow.waitFor();
      // Nothing of the applicant: not their name, even masked, nor ID number or phone.
      expect(await lateRow.textContent()).not.toContain('Đỗ V');
      expect(await lateRow.textContent()).toContain('Đang giải quyết');
      const text = (await page.locator('main').textContent()) ?? '';
      for (const secret of [APPLICANT.name, APPLICANT.idNumber, APPLICANT.phone])
        expect(text).not.toContain(secret);
      expect(await page.getByRole('combobox', { name: 'Tháng' }).count()).toBe(1);
      await screenshot(page, '91-public-late-dossiers');

      // The same page in English, the document's language following.
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'Late dossiers' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      await page.getByRole('combobox', { name: 'Month' }).waitFor();
    } finally {
      await browser.close();
    }
  });
});
