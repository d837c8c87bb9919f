import ExcelJS from 'exceljs';
import { describe, expect, inject, it } from 'vitest';
import { openBrowser, screenshot, signIn } from './browser.js';
import { DEMO_PASSWORD, receivedDossier, signInApi, workedAgo } from './officer-api.js';

/**
 * The service index's dashboard (issue 7): the centre's supervisor sees the province's figures
 * live, and goes from a commune's late figure to the dossiers behind it.
 */

const baseUrl = inject('baseUrl');
const APPLICANT = { name: 'Đỗ Văn Hải', idNumber: '027095007788', phone: '0987654321' };

describe('the service index dashboard', () => {
  it('a supervisor drills from a commune’s late figure to its dossiers', async () => {
    // A birth registration (1 working day) that came by post two working days ago: already late;
    // and one received just now, within its time.
    const counter = await signInApi('motcua.kinhbac');
    const late = await receivedDossier(counter, '1.001193', 3, APPLICANT, {
      handedOverAt: await workedAgo(16 * 60 + 60),
    });
    const onTime = await receivedDossier(counter, '1.001193', 3, APPLICANT);

    const browser = await openBrowser();
    try {
      const { page } = browser;
      await signIn(page, baseUrl, 'giamsat.tinh', DEMO_PASSWORD);
      await page
        .getByRole('navigation', { name: 'Điều hướng chính' })
        .getByRole('link', { name: 'Chỉ số phục vụ' })
        .click();
      await page
        .getByRole('heading', { level: 1, name: 'Chỉ số phục vụ người dân, doanh nghiệp' })
        .waitFor();
      const table = page.getByRole('table', { name: 'Tiến độ giải quyết theo đơn vị' });
      const commune = table.getByRole('row').filter({ hasText: 'Kinh Bắc' });
      await commune.first().waitFor();
      await screenshot(page, '80-indicators-dashboard');
      // The periodic report of the same unit and month, as a workbook.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Tải báo cáo Excel' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(
        /^bao-cao-tien-do-\d{4}-\d{2}-01-\d{4}-\d{2}-\d{2}\.xlsx$/,
      );
      const saved = await download.path();
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(saved);
      const sheet = workbook.getWorksheet('Tiến độ giải quyết');
      expect(sheet?.getCell(2, 1).value).toBe(
        'BÁO CÁO TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH',
      );
      const lines = sheet?.getColumn(2).values.map(String) ?? [];
      expect(lines.some((v) => v.includes('Kinh Bắc'))).toBe(true);
      const lateLink = commune
        .first()
        .getByRole('link', { name: /^Đang giải quyết quá hạn — .*Kinh Bắc/ });
      expect(Number(await lateLink.textContent())).toBeGreaterThanOrEqual(1);
      await lateLink.click();
      await page.getByRole('heading', { level: 1, name: 'Đang giải quyết quá hạn' }).waitFor();
      const list = page.getByRole('table', { name: 'Đang giải quyết quá hạn' });
      await list.getByRole('link', { name: late.code as string }).waitFor();
      expect(await list.getByRole('link', { name: onTime.code as string }).count()).toBe(0);
      await screenshot(page, '81-indicators-late-dossiers');
      // From the list to the dossier itself.
      await list.getByRole('link', { name: late.code as string }).click();
      await page.waitForURL(new RegExp(`/tiep-nhan-ho-so/${late.id}`));
    } finally {
      await browser.close();
    }
  });
});
