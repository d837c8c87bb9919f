import { Problem } from '../../http/problem.contract.js';
import type { App, Deps } from '../../http/types.js';
import {
  DaysQuery,
  DaysResponse,
  DeadlineBody,
  DeadlineResponse,
  ElapsedBody,
  ElapsedResponse,
  OfficeHoursBody,
  OfficeHoursView,
  SetYearBody,
  YearParams,
  YearView,
} from './calendar.contract.js';
import * as calendar from './calendar.service.js';

const tags = ['Lịch làm việc'];
/** Public and computed: limited per address so that nobody can tie up the server with it. */
const publicLimit = { rateLimit: { max: 300, timeWindow: '1 minute' } };

export function calendarRoutes(app: App, { db }: Deps): void {
  app.get(
    '/api/v1/calendar/days',
    {
      config: publicLimit,
      schema: {
        tags,
        summary:
          'Các ngày trong khoảng (tối đa 3.700 ngày): âm lịch, ngày làm việc, ngày lễ, nghỉ bù, làm bù',
        querystring: DaysQuery,
        response: { 200: DaysResponse, 400: Problem },
      },
    },
    (request) => calendar.days(db, request.query.from, request.query.to),
  );
  app.post(
    '/api/v1/calendar/deadline',
    {
      config: publicLimit,
      schema: {
        tags,
        summary:
          'Tính hạn xử lý từ một thời điểm và thời hạn (giờ, ngày làm việc; ngày, tháng theo Bộ luật Dân sự; giờ)',
        body: DeadlineBody,
        response: { 200: DeadlineResponse, 400: Problem, 422: Problem },
      },
    },
    (request) => calendar.deadline(db, request.body),
  );
  app.post(
    '/api/v1/calendar/elapsed',
    {
      config: publicLimit,
      schema: {
        tags,
        summary: 'Số phút làm việc giữa hai thời điểm, trừ các khoảng tạm dừng',
        body: ElapsedBody,
        response: { 200: ElapsedResponse, 400: Problem, 422: Problem },
      },
    },
    (request) => calendar.elapsed(db, request.body),
  );
  app.get(
    '/api/v1/calendar/years/:year',
    {
      config: publicLimit,
      schema: {
        tags,
        summary:
          'Ngày nghỉ của một năm: theo thông báo chính thức, hoặc theo Bộ luật Lao động nếu chưa có',
        params: YearParams,
        response: { 200: YearView, 400: Problem },
      },
    },
    (request) => calendar.getYear(db, request.params.year, request.actor),
  );
  app.put(
    '/api/v1/calendar/years/:year',
    {
      schema: {
        tags,
        summary: 'Nhập thông báo nghỉ lễ, nghỉ bù, làm bù của một năm (quản trị cấp tỉnh)',
        params: YearParams,
        body: SetYearBody,
        response: { 200: YearView, 400: Problem, 401: Problem, 403: Problem, 409: Problem },
      },
    },
    (request) => calendar.setYear(db, request.actor, request.params.year, request.body),
  );
  app.get(
    '/api/v1/calendar/office-hours',
    {
      config: publicLimit,
      schema: { tags, summary: 'Giờ làm việc theo mùa', response: { 200: OfficeHoursView } },
    },
    () => calendar.getOfficeHours(db),
  );
  app.put(
    '/api/v1/calendar/office-hours',
    {
      schema: {
        tags,
        summary: 'Đặt giờ làm việc theo mùa (quản trị cấp tỉnh)',
        body: OfficeHoursBody,
        response: { 200: OfficeHoursView, 400: Problem, 401: Problem, 403: Problem },
      },
    },
    (request) => calendar.setOfficeHours(db, request.actor, request.body),
  );
}
