export const TEMPLATE_DB = 'motcua_test_template';

export function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** The maintenance database, for CREATE and DROP DATABASE. */
export function adminUrl(url: string): string {
  return withDatabaseName(url, 'postgres');
}
