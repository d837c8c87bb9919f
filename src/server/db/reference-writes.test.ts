import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
} from 'kysely';
import { describe, expect, it } from 'vitest';
import { referenceWritePlugin } from './reference-writes.js';
import type { DB } from './schema.js';

function watched() {
  const writes = referenceWritePlugin();
  const db = new Kysely<DB>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (k) => new PostgresIntrospector(k),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
    plugins: [writes.plugin],
  });
  return { db, wrote: () => writes.lastWrite() > 0 };
}

describe('writes to reference data noticed in this process', () => {
  it('a sign-in counting failures is not a change of who may do what', async () => {
    const { db, wrote } = watched();
    await db.updateTable('users').set({ failed_logins: 1, locked_until: null }).execute();
    expect(wrote()).toBe(false);
  });

  it('renaming or deactivating a user is', async () => {
    for (const set of [{ full_name: 'Trần Thị B' }, { active: false }, { password_hash: 'x' }]) {
      const { db, wrote } = watched();
      await db.updateTable('users').set(set).where('id', '=', 'u').execute();
      expect(wrote()).toBe(true);
    }
  });

  it('settings, agencies and grants are; dossiers are not', async () => {
    const a = watched();
    await a.db.updateTable('settings').set({ value: '1' }).where('key', '=', 'k').execute();
    expect(a.wrote()).toBe(true);
    const b = watched();
    await b.db.deleteFrom('role_grants').where('user_id', '=', 'u').execute();
    expect(b.wrote()).toBe(true);
    const c = watched();
    await c.db.updateTable('dossiers').set({ state: 'received' }).where('id', '=', 'd').execute();
    expect(c.wrote()).toBe(false);
  });
});
