import { describe, expect, inject, it } from 'vitest';
import { localDate } from '../../src/domain/calendar/local-date.js';
import type { TrendView } from '../../src/server/features/indicators/indicators.contract.js';
import { stableId } from '../../src/server/seed/stable-id.js';
import { openBrowser, screenshot, signIn } from './browser.js';
import { DEMO_PASSWORD, receivedDossier, signInApi } from './officer-api.js';

/**
 * The trend chart of the service index's dashboard (issue 7, item 3): the centre's supervisor sees
 * the province's on-time and early rates over the last months beside the plan's targets, as a
 * drawing and as a table reached from the keyboard, and on paper.
 */

const baseUrl = inject('baseUrl');
const PROVINCE = stableId('agency:province');
const APPLICANT = { name: 'Lương Thị Mến', idNumber: '027095004455', phone: '0971234567' };
const percent = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });

describe('the trend chart of the service index', () => {
  it('a supervisor reads the province’s trend beside the plan’s targets, as a chart and a table', async () => {
    const counter = await signInApi('motcua.kinhbac');
    await receivedDossier(counter, '1.001193', 3, APPLICANT);
    const today = localDate(new Date());
    const supervisor = await signInApi('giamsat.tinh');
    const api = await fetch(
      `${baseUrl}/api/v1/indicators/trend?agencyId=${PROVINCE}&period=month&date=${today}`,
      { headers: { cookie: supervisor.cookie } },
    );
    expect(api.status).toBe(200);
    const trend = (await api.json()) as TrendView;
    const current = trend.periods.at(-1) as TrendView['periods'][number];
    expect(current.onTime).not.toBeNull();

    const browser = await openBrowser();
    try {
      const { page } = browser;
      await signIn(page, baseUrl, 'giamsat.tinh', DEMO_PASSWORD);
      await page
        .getByRole('navigation', { name: 'Điều hướng chính' })
        .getByRole('link', { name: 'Chỉ số phục vụ' })
        .click();
      const section = page.getByRole('region', { name: 'Xu hướng qua các kỳ' });
      const chart = section.getByRole('img', {
        name: /^Biểu đồ tỷ lệ giải quyết đúng hạn và trước hạn của .+ theo tháng/,
      });
      await chart.waitFor();
      expect(await chart.getAttribute('aria-label')).toContain(
        `đúng hạn ${percent.format(current.onTime as number)}`,
      );
      // The plan's targets in force are drawn and named, not only coloured (as the API gives
      // them: another journey may have raised one for today).
      const words = (t: { share: number; comparison: string }) =>
        t.comparison === 'above'
          ? `trên ${percent.format(t.share)}`
          : `từ ${percent.format(t.share)} trở lên`;
      await section.getByText(`Mục tiêu đúng hạn: ${words(current.targets.onTime)}`).waitFor();
      await section.getByText(`Mục tiêu trước hạn: ${words(current.targets.early)}`).waitFor();
      expect(await chart.locator('path.trend-line').count()).toBeGreaterThan(0);

      // The same figures as a table, opened from the keyboard.
      const table = section.getByRole('table', { name: /^Số liệu của biểu đồ xu hướng/ });
      expect(await table.count()).toBe(0);
      // Its name says what it does: "Xem bảng số liệu", then "Ẩn bảng số liệu".
      const toggle = section.getByRole('button', { name: /bảng số liệu$/ });
      expect(await toggle.textContent()).toBe('Xem bảng số liệu');
      await toggle.focus();
      await page.keyboard.press('Enter');
      await table.waitFor();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      expect(await toggle.textContent()).toBe('Ẩn bảng số liệu');
      const rows = table.getByRole('row');
      expect(await rows.count()).toBe(trend.periods.length + 1);
      const [year, month] = today.split('-');
      const last = rows.last();
      expect(await last.getByRole('rowheader').textContent()).toMatch(
        new RegExp(`^Tháng ${Number(month)}/${year}`),
      );
      const cells = await last.getByRole('cell').allTextContents();
      expect(cells[0]).toContain(percent.format(current.onTime as number));
      expect(cells[2]).toBe(String(current.counts.counted));
      expect(cells[3]).toBe(String(current.counts.finishedLate));
      expect(cells[4]).toBe(String(current.counts.openLate));
      await screenshot(page, '82-indicators-trend');

      // By quarter, from the keyboard: the next choice after "Tháng".
      await section.getByRole('radio', { name: 'Tháng' }).focus();
      await page.keyboard.press('ArrowRight');
      await section.getByRole('table', { name: /theo quý/ }).waitFor();
      const quarter = ['I', 'II', 'III', 'IV'][Math.floor((Number(month) - 1) / 3)];
      await table.getByRole('rowheader', { name: new RegExp(`^Quý ${quarter}/${year}`) }).waitFor();

      // On paper the table goes with the drawing even when it is closed on screen.
      await toggle.click();
      expect(await table.count()).toBe(0);
      await page.emulateMedia({ media: 'print' });
      await table.waitFor();
      expect(await toggle.isVisible()).toBe(false);
      await page.emulateMedia({ media: 'screen' });
    } finally {
      await browser.close();
    }
  });
});
