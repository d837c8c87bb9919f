import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openBrowser, screenshot, signIn } from './browser.js';

const baseUrl = inject('baseUrl');

/** A code of the test's own, far from anything the demo data might hold. */
const CODE = '2.999001';
const NAME = 'Cấp giấy phép tổ chức lễ hội truyền thống';
const AGENCY = 'Sở Văn hóa, Thể thao và Du lịch';
/** Named so that the public page can be seen not to show the office's internal process. */
const INTERNAL_STEP = 'Thẩm định hồ sơ lễ hội';

/** Today as the app counts it, in Vietnam, whatever the machine's zone. */
function todayInVietnam(): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

async function notice(page: Page, text: string) {
  await page.getByRole('status').filter({ hasText: text }).first().waitFor();
}

describe('the procedure catalogue', () => {
  it('an administrator drafts, processes and publishes a procedure that anyone can then find', {
    timeout: 120_000,
  }, async () => {
    const officer = await openBrowser();
    try {
      const page = officer.page;
      await signIn(page, baseUrl, 'quantri.tinh', 'Demo@2025');
      await page
        .getByRole('navigation', { name: 'Điều hướng chính' })
        .getByRole('link', { name: 'Danh mục TTHC' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Danh mục thủ tục hành chính' }).waitFor();
      await screenshot(page, '30-catalog-list');

      // A new procedure: the dialog asks only what distinguishes it, the rest has defaults.
      await page.getByRole('button', { name: 'Thêm thủ tục' }).click();
      const dialog = page.getByRole('dialog', { name: 'Thêm thủ tục' });
      await dialog.getByLabel('Mã thủ tục').fill(CODE);
      await dialog.getByLabel('Tên thủ tục').fill(NAME);
      await dialog.getByLabel('Lĩnh vực').fill('Văn hóa');
      await dialog.getByLabel('Cấp thực hiện').selectOption({ label: 'Cấp tỉnh' });
      const agency = dialog.getByLabel('Cơ quan giải quyết', { exact: true });
      await agency.click();
      await agency.fill('So Van hoa');
      await page.getByRole('option', { name: AGENCY }).click();
      await dialog.getByLabel('Thời hạn giải quyết').fill('10');
      await dialog.getByLabel('Đơn vị thời hạn').selectOption({ label: 'ngày làm việc' });
      await screenshot(page, '31-catalog-create-dialog');
      await dialog.getByRole('button', { name: 'Tạo thủ tục' }).click();

      await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
      await page.waitForURL(`${baseUrl}/danh-muc-tthc/${CODE}`);
      await notice(page, `Đã tạo thủ tục ${CODE} ở dạng dự thảo`);
      expect(await page.getByLabel('Trình tự thực hiện').inputValue()).toBe(
        'Nộp hồ sơ tại Bộ phận Một cửa',
      );
      await screenshot(page, '32-catalog-editor-draft');

      // The process: three steps whose times add up to the 10 working days.
      await page.getByLabel('Tên bước, dòng 2').fill(INTERNAL_STEP);
      await page.getByLabel('Thời gian, dòng 1').fill('1');
      await page.getByLabel('Thời gian, dòng 2').fill('7,5');
      await page.getByText('Tổng: 8,5 / 10 ngày làm việc').waitFor();
      await page.getByLabel('Thời gian, dòng 3').fill('1,5');
      await page.getByText('Tổng: 10 / 10 ngày làm việc').waitFor();
      await page.getByRole('button', { name: 'Lưu quy trình' }).click();
      await notice(page, 'Đã lưu quy trình');
      await screenshot(page, '33-catalog-process-saved');

      // A document with its form, and a charge at the counter.
      await page.getByRole('button', { name: 'Thêm giấy tờ' }).click();
      await expect
        .poll(() => page.locator(':focus').getAttribute('aria-label'))
        .toBe('Tên giấy tờ, dòng 1');
      await page.keyboard.type('Văn bản đề nghị tổ chức lễ hội');
      await page.getByLabel('Tên mẫu đơn, dòng 1').fill('Mẫu số 01');
      await page
        .getByLabel('Địa chỉ tải mẫu đơn, dòng 1')
        .fill('https://example.gov.vn/mau-01.docx');
      await page.getByRole('button', { name: 'Thêm phí, lệ phí' }).click();
      await page.getByLabel('Tên, phí 1 của cách thức 1').fill('Cấp giấy phép tổ chức lễ hội');
      await page.getByLabel('Số tiền (đồng), phí 1 của cách thức 1').fill('500000');

      // Accepting post without a post way is incoherent: the server says so at publication,
      // and the message lands both under the switch and in the list next to "Công bố".
      await page.getByRole('switch', { name: 'Tiếp nhận qua bưu chính' }).check({ force: true });
      await page.getByRole('button', { name: 'Lưu dự thảo' }).click();
      await notice(page, 'Đã lưu dự thảo');
      await page.getByRole('button', { name: 'Công bố', exact: true }).click();
      const mismatch = 'Tiếp nhận qua bưu chính phải khớp với cách thức nộp qua bưu chính';
      await page
        .getByRole('alert')
        .filter({ hasText: 'Cần sửa trước khi công bố' })
        .filter({ hasText: mismatch })
        .waitFor();
      expect(await page.getByText(mismatch).count()).toBe(2);
      await screenshot(page, '34-catalog-publish-problems');

      await page.getByRole('switch', { name: 'Tiếp nhận qua bưu chính' }).uncheck({ force: true });
      await page.getByRole('button', { name: 'Lưu dự thảo' }).click();
      await notice(page, 'Đã lưu dự thảo');
      expect(await page.getByLabel('Ngày hiệu lực').inputValue()).toBe(todayInVietnam());
      await page.getByRole('button', { name: 'Công bố', exact: true }).click();
      await notice(page, 'Đã công bố phiên bản 1');
      await page.getByRole('button', { name: 'Tạo phiên bản mới' }).waitFor();
      await page.getByRole('row', { name: /Phiên bản 1 \(đang xem\) Đang có hiệu lực/ }).waitFor();
      await page.getByRole('cell', { name: INTERNAL_STEP }).waitFor();
      await screenshot(page, '35-catalog-published');
    } finally {
      await officer.close();
    }

    // A citizen, never signed in, searches without diacritics.
    const citizen = await openBrowser();
    try {
      const page = citizen.page;
      await page.goto(`${baseUrl}/thu-tuc?q=cap giay phep to chuc le hoi`);
      await page.getByRole('heading', { level: 1, name: 'Tra cứu thủ tục hành chính' }).waitFor();
      expect(await page.getByLabel('Tìm thủ tục').inputValue()).toBe(
        'cap giay phep to chuc le hoi',
      );
      await page.getByRole('link', { name: 'Đăng nhập cán bộ' }).waitFor();
      const result = page.getByRole('link', { name: NAME });
      await result.waitFor();
      await screenshot(page, '36-public-search');

      await result.click();
      await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
      expect(page.url()).toBe(`${baseUrl}/thu-tuc/${CODE}`);
      const [year, month, day] = todayInVietnam().split('-');
      await page.getByText(`Phiên bản 1, hiệu lực từ ${day}/${month}/${year}`).first().waitFor();
      await page.getByRole('definition').filter({ hasText: '10 ngày làm việc' }).waitFor();
      await page.getByRole('definition').filter({ hasText: AGENCY }).waitFor();
      await page
        .getByRole('row', {
          name: /^Trực tiếp 10 ngày làm việc Lệ phí: Cấp giấy phép tổ chức lễ hội — 500\.000\s₫$/,
        })
        .waitFor();
      const components = page.getByRole('region', { name: 'Thành phần hồ sơ' });
      await components
        .getByRole('row', { name: /^Văn bản đề nghị tổ chức lễ hội 1 0 Có Mẫu số 01$/ })
        .waitFor();
      expect(await components.getByRole('link', { name: 'Mẫu số 01' }).getAttribute('href')).toBe(
        'https://example.gov.vn/mau-01.docx',
      );
      await page
        .getByRole('region', { name: 'Trình tự thực hiện' })
        .getByRole('listitem')
        .filter({ hasText: 'Nộp hồ sơ tại Bộ phận Một cửa' })
        .waitFor();
      await page
        .getByRole('region', { name: 'Nơi nộp' })
        .getByText('Nộp tại bất kỳ Bộ phận Một cửa nào trong tỉnh')
        .waitFor();
      await page.getByRole('region', { name: 'Kết quả' }).getByText('Kết quả giải quyết').waitFor();
      await page
        .getByRole('region', { name: 'Đối tượng' })
        .getByText('Công dân Việt Nam')
        .waitFor();
      // Not online, and the internal process is the office's business.
      expect(await page.getByRole('link', { name: /^Nộp trực tuyến/ }).count()).toBe(0);
      expect(await page.getByText(INTERNAL_STEP).count()).toBe(0);
      await screenshot(page, '37-public-detail');

      // Usable on a phone: nothing wider than the screen.
      await page.setViewportSize({ width: 375, height: 800 });
      await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
      expect(
        await page.evaluate<number>('document.documentElement.scrollWidth'),
      ).toBeLessThanOrEqual(375);
      await screenshot(page, '38-public-detail-phone');
    } finally {
      await citizen.close();
    }
  });
});
