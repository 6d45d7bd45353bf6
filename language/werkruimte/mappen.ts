/**
 * Folders neither `vwo check` nor the editor looks into: tools keep them, never agreements. One
 * rule for both, so that the Problems panel and `vwo check` cover the same files (Langium's own
 * rule also skipped every name starting with a dot and every folder named `out`).
 */
export const OVERGESLAGEN_MAPPEN: ReadonlySet<string> = new Set(['node_modules', '.git']);
