import type {
  KyselyPlugin,
  OperationNode,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';

/**
 * Tables whose changes bump a reference revision (migrations 0007, 0008 and 0018). A write to one of
 * them through this process is noticed here at once, before its notification comes back from
 * PostgreSQL, so that this process's next requests read the revisions from the table meanwhile.
 */
const WATCHED =
  /\b(?:insert\s+into|update|delete\s+from|truncate)\s+"?(settings|calendar_notices|agencies|agency_names|procedures|procedure_versions|procedure_processes|users|role_grants|index_schemes|plan_targets)"?\b|\b(?:delete\s+from|truncate)\s+"?sessions"?\b/i;

function tableOf(node: OperationNode | undefined): string | undefined {
  if (!node) return undefined;
  const n = node as unknown as {
    kind: string;
    table?: OperationNode;
    node?: OperationNode;
    identifier?: { name: string };
  };
  if (n.kind === 'TableNode')
    return (n as unknown as { table: { identifier: { name: string } } }).table.identifier.name;
  if (n.kind === 'AliasNode') return tableOf(n.node);
  return undefined;
}

/**
 * Of `users`, only these columns bump the revision (the WHEN of trigger users_update_revision,
 * migration 0008): a sign-in that counts failures or a slid session leaves every cache standing.
 */
const USER_COLUMNS_WATCHED = new Set([
  'active',
  'password_hash',
  'agency_id',
  'full_name',
  'username',
  'email',
]);

function updatesWatchedUserColumn(updates: readonly OperationNode[] | undefined): boolean {
  return (updates ?? []).some((u) => {
    const column = (u as unknown as { column?: { column?: { name?: string } } }).column?.column
      ?.name;
    return column === undefined || USER_COLUMNS_WATCHED.has(column);
  });
}

function writesWatched(node: RootOperationNode): boolean {
  const n = node as unknown as {
    kind: string;
    into?: OperationNode;
    table?: OperationNode;
    from?: { froms: OperationNode[] };
    updates?: readonly OperationNode[];
    sqlFragments?: readonly string[];
  };
  const name =
    n.kind === 'InsertQueryNode'
      ? tableOf(n.into)
      : n.kind === 'UpdateQueryNode'
        ? tableOf(n.table)
        : n.kind === 'DeleteQueryNode'
          ? tableOf(n.from?.froms[0])
          : undefined;
  if (name === 'users' && n.kind === 'UpdateQueryNode') return updatesWatchedUserColumn(n.updates);
  if (name)
    return WATCHED.test(
      `${n.kind === 'InsertQueryNode' ? 'insert into' : n.kind === 'UpdateQueryNode' ? 'update' : 'delete from'} ${name}`,
    );
  if (n.kind === 'RawNode') return WATCHED.test((n.sqlFragments ?? []).join(' '));
  return false;
}

/** One per database handle: `lastWrite()` says when a watched table was last written through it. */
export function referenceWritePlugin(): { plugin: KyselyPlugin; lastWrite: () => number } {
  let last = 0;
  return {
    plugin: {
      transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
        if (writesWatched(args.node)) last = Date.now();
        return args.node;
      },
      async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
        return args.result;
      },
    },
    lastWrite: () => last,
  };
}
