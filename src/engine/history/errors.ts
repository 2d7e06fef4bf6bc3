/** A history problem the caller should report (a file that cannot be read or imported, a save that failed). */
export class HistoryError extends Error {
  override name = 'HistoryError';
}
