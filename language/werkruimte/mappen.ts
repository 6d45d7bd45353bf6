/**
 * Folders neither `vwo check` nor the editor looks into: tools keep them, never agreements. One
 * rule for both, so that the Problems panel and `vwo check` cover the same files (Langium's own
 * rule also skipped every name starting with a dot and every folder named `out`).
 */
export const OVERGESLAGEN_MAPPEN: ReadonlySet<string> = new Set(['node_modules', '.git']);

/**
 * A `.vwo` file by its extension (`path.extname`, `UriUtils.extname`), in any case: a name such as
 * `OVEREENKOMST.VWO` is common on Windows, and `vwo check`, the editor's language mode and the
 * workspace all take it.
 */
export function isVwoExtensie(extensie: string): boolean {
    return extensie.toLowerCase() === '.vwo';
}
