import { z } from 'zod';
import type { App } from '../../http/types.js';
import { searchUnits } from './admin-units.js';

const Query = z.strictObject({ q: z.string().trim().max(100).default('') });
const Result = z
  .object({
    items: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        fullName: z.string(),
        provinceName: z.string(),
      }),
    ),
  })
  .meta({ id: 'AdminUnits' });

/** Bắc Ninh's code in the national list: its units come first in the picker. */
const HOME_PROVINCE = '24';

export function adminUnitRoutes(app: App): void {
  app.get(
    '/api/v1/admin-units',
    {
      schema: {
        tags: ['Danh mục dùng chung'],
        summary: 'Tìm đơn vị hành chính cấp xã (từ 01/7/2025), không cần gõ dấu',
        querystring: Query,
        response: { 200: Result },
      },
    },
    (request) => ({
      items: searchUnits(request.query.q, HOME_PROVINCE).map((u) => ({
        code: u.code,
        name: u.name,
        fullName: u.fullName,
        provinceName: u.provinceName,
      })),
    }),
  );
}
