#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { loadConfig } from './server/config.js';
import { migrateDown, migrateToLatest, pendingMigrations } from './server/db/migrate.js';
import { openFromConfig } from './server/db/open-from-config.js';
import { verifyAuditChain } from './server/features/audit/audit.service.js';
import {
  importAgencyMapCommand,
  importDossiersCommand,
} from './server/features/dossier-import/import-command.js';
import {
  rebuildRollups,
  rollupsNeedRebuild,
} from './server/features/indicators/indicators.service.js';
import { AppError } from './server/http/problem.js';
import { createFirstAdmin } from './server/seed/first-admin.js';
import { seedDemo, seedDemoCatalog, seedOrganisation } from './server/seed/seed.service.js';
import { seedSynthetic } from './server/seed/synthetic.service.js';
import { serve } from './server/serve.js';

const USAGE = `motcua — Hệ thống thông tin giải quyết thủ tục hành chính

  motcua serve [--migrate] [--seed-demo-if-empty]   chạy máy chủ HTTP (PORT, mặc định 3000)
  motcua migrate [up|down|status]                   nâng cấp / hạ cấp cơ sở dữ liệu
  motcua seed [--demo]                              nạp cơ cấu tổ chức (và dữ liệu mẫu)
  motcua seed synthetic --dossiers N [--seed S]     sinh một năm hồ sơ mẫu (mùa vụ, kênh nộp, trễ hạn,
                                                    bổ sung) cho trình diễn và đo hiệu năng
  motcua import agency-map MAP.csv                  nạp bảng chuyển đổi mã cơ quan cũ → cơ quan hiện hành
  motcua import dossiers FILE [--map MAP.csv] [--rejects OUT.jsonl]
                                                    nhập hồ sơ và lịch sử từ hệ thống cũ (JSON Lines,
                                                    docs/dossier-import.md); chạy lại cùng tệp không đổi gì
  motcua audit verify                               kiểm tra chuỗi băm của nhật ký
  motcua rollups rebuild                            tính lại số liệu tổng hợp của Bộ chỉ số từ lịch sử hồ sơ
  motcua admin create USERNAME "HỌ TÊN"             tạo quản trị viên đầu tiên (toàn tỉnh);
                                                    mật khẩu lấy từ MOTCUA_ADMIN_PASSWORD hoặc được sinh ra

Cơ sở dữ liệu: DATABASE_URL (PostgreSQL 15+) hoặc PGlite trong MOTCUA_DATA_DIR (mặc định ./data).`;

async function withDatabase<T>(
  fn: (db: Awaited<ReturnType<typeof openFromConfig>>) => Promise<T>,
): Promise<T> {
  const database = await openFromConfig(loadConfig());
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

/** Rebuilds the index's rollups, telling how far it got on stderr. */
async function rebuildWithProgress(db: Parameters<typeof rebuildRollups>[0]) {
  const started = Date.now();
  console.error('Đang tính lại số liệu tổng hợp của Bộ chỉ số từ lịch sử hồ sơ…');
  const { dossiers, rows } = await rebuildRollups(db, {
    onProgress: (n) => process.stderr.write(`\r  ${n.toLocaleString('vi-VN')} hồ sơ`),
  });
  process.stderr.write('\n');
  console.log(
    `Đã tính lại: ${dossiers.toLocaleString('vi-VN')} hồ sơ, ${rows.toLocaleString('vi-VN')} dòng tổng hợp (${((Date.now() - started) / 1000).toFixed(1)} giây).`,
  );
}

/** `motcua seed synthetic`: a year of dossiers, telling how far it got on stderr. */
async function seedSyntheticYear(count: string | undefined, seed: string | undefined) {
  const dossiers = Number(count);
  if (!Number.isSafeInteger(dossiers) || dossiers < 1 || (seed && !/^\d+$/.test(seed))) {
    console.error('Cần --dossiers N (số nguyên dương) và --seed S (số nguyên, không bắt buộc).');
    return 2;
  }
  return withDatabase(async ({ db }) => {
    await migrateToLatest(db);
    const started = Date.now();
    const rate = (n: number) => Math.round(n / ((Date.now() - started) / 1000 || 1));
    const done = await seedSynthetic(db, {
      dossiers,
      ...(seed ? { seed: Number(seed) } : {}),
      onProgress: (n) =>
        process.stderr.write(
          `\r  ${n.toLocaleString('vi-VN')} / ${dossiers.toLocaleString('vi-VN')} hồ sơ (${rate(n).toLocaleString('vi-VN')}/giây)`,
        ),
    });
    process.stderr.write('\n');
    console.log(
      `Đã sinh ${done.dossiers.toLocaleString('vi-VN')} hồ sơ với ${done.events.toLocaleString('vi-VN')} bước xử lý, tiếp nhận từ ${done.from} đến ${done.to} (${((Date.now() - started) / 1000).toFixed(1)} giây).`,
    );
    return 0;
  });
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      migrate: { type: 'boolean', default: false },
      'seed-demo-if-empty': { type: 'boolean', default: false },
      demo: { type: 'boolean', default: false },
      dossiers: { type: 'string' },
      seed: { type: 'string' },
      map: { type: 'string' },
      rejects: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, sub] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return command || values.help ? 0 : 2;
  }
  switch (command) {
    case 'serve':
      await serve(loadConfig(), {
        migrate: values.migrate,
        seedDemoIfEmpty: values['seed-demo-if-empty'],
      });
      return -1; // keeps running
    case 'migrate':
      return withDatabase(async ({ db }) => {
        if (sub === 'down') {
          const name = await migrateDown(db);
          console.log(name ? `Đã hạ cấp: ${name}` : 'Không còn gì để hạ cấp');
        } else if (sub === 'status') {
          const pending = await pendingMigrations(db);
          console.log(
            pending.length
              ? `Chưa áp dụng: ${pending.join(', ')}`
              : 'Cơ sở dữ liệu đã ở phiên bản mới nhất',
          );
        } else {
          const applied = await migrateToLatest(db);
          console.log(
            applied.length
              ? `Đã áp dụng: ${applied.join(', ')}`
              : 'Cơ sở dữ liệu đã ở phiên bản mới nhất',
          );
          if (await rollupsNeedRebuild(db)) await rebuildWithProgress(db);
        }
        return 0;
      });
    case 'rollups':
      if (sub !== 'rebuild') break;
      return withDatabase(async ({ db }) => {
        await rebuildWithProgress(db);
        return 0;
      });
    case 'seed':
      if (sub === 'synthetic') return seedSyntheticYear(values.dossiers, values.seed);
      return withDatabase(async ({ db }) => {
        await migrateToLatest(db);
        const agencies = await seedOrganisation(db);
        console.log(`Cơ quan mới: ${agencies}`);
        if (values.demo) {
          console.log(`Tài khoản mẫu mới: ${await seedDemo(db)}`);
          const catalog = await seedDemoCatalog(db);
          console.log(
            `Thủ tục mẫu: ${catalog.created.length} mới, ${catalog.unchanged.length} không đổi`,
          );
        }
        return 0;
      });
    case 'import': {
      const file = positionals[2];
      if (!file || (sub !== 'dossiers' && sub !== 'agency-map')) break;
      return withDatabase(async ({ db }) => {
        await migrateToLatest(db);
        return sub === 'agency-map'
          ? importAgencyMapCommand(db, file)
          : importDossiersCommand(db, file, {
              map: values.map,
              rejects: values.rejects,
              json: values.json,
            });
      });
    }
    case 'audit':
      if (sub !== 'verify') break;
      return withDatabase(async ({ db }) => {
        const result = await verifyAuditChain(db);
        if (result.ok) {
          console.log(`Nhật ký nguyên vẹn: ${result.checked} bản ghi đã kiểm tra.`);
          return 0;
        }
        console.error(
          `Nhật ký bị can thiệp: mắt xích hỏng đầu tiên là bản ghi số ${result.brokenAt} (${result.reason}); ${result.checked} bản ghi trước đó nguyên vẹn.`,
        );
        return 1;
      });
  }
  if (command === 'admin' && sub === 'create') {
    const [, , username, fullName] = positionals;
    if (!username || !fullName) {
      console.error(USAGE);
      return 2;
    }
    return withDatabase(async ({ db }) => {
      const given = process.env.MOTCUA_ADMIN_PASSWORD;
      const { password } = await createFirstAdmin(db, {
        username,
        fullName,
        ...(given ? { password: given } : {}),
      });
      console.log(`Đã tạo quản trị viên ${username}.`);
      if (!given)
        console.log(`Mật khẩu (chỉ hiển thị một lần, hãy đổi sau khi đăng nhập): ${password}`);
      return 0;
    });
  }
  console.error(USAGE);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    if (error instanceof AppError) console.error(`${error.title}: ${error.detail ?? ''}`);
    else console.error(error);
    process.exit(1);
  },
);
