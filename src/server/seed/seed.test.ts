import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/support/test-app.js';
import { seedDemoCatalog } from './seed.service.js';

describe('the demo catalog', () => {
  it('imports once, publishes every procedure, and is found by a search without diacritics', async () => {
    const t = await createTestApp({ demo: false });
    try {
      const first = await seedDemoCatalog(t.db);
      expect(first.created.length).toBeGreaterThanOrEqual(40);
      const again = await seedDemoCatalog(t.db);
      expect(again).toEqual({ created: [], updated: [], unchanged: first.created });
      const found = (
        await t.app.inject({ method: 'GET', url: '/api/v1/procedures?q=dang%20ky%20khai%20sinh' })
      ).json();
      expect(found.items[0].name).toMatch(/^Đăng ký khai sinh/);
      const provincial = (
        await t.app.inject({ method: 'GET', url: '/api/v1/procedures?level=province&pageSize=100' })
      ).json();
      expect(provincial.items.length).toBeGreaterThan(5);
    } finally {
      await t.close();
    }
  }, 120_000);
});
