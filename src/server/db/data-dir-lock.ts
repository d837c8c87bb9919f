import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../http/problem.js';

/**
 * PGlite cannot be opened by two processes at once: the second would corrupt the first.
 * A lock file with the owner's pid lets a second process fail with a clear message, and lets
 * a process that died without cleaning up be detected by its pid.
 */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = join(dataDir, 'motcua.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
      if (Number.isInteger(owner) && isAlive(owner)) {
        throw new AppError('DATA_DIR_LOCKED', {
          detail: `Thư mục dữ liệu ${dataDir} đang được tiến trình ${owner} sử dụng. Hãy dừng tiến trình đó, hoặc đặt MOTCUA_DATA_DIR khác.`,
        });
      }
      rmSync(lockPath, { force: true });
    }
  }
  throw new AppError('DATA_DIR_LOCKED', { detail: `Không lấy được khoá ${lockPath}` });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
