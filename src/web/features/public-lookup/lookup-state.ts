/**
 * The ID number or phone typed on the lookup form travels to the result page in the history
 * entry's state, not in the address: an address is kept in the browser's history, bookmarks and
 * server logs, and may be read over a shoulder on a shared computer.
 */
declare module '@tanstack/history' {
  interface HistoryState {
    lookupVerifier?: string;
  }
}

export {};
