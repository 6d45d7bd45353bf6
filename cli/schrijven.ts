import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { GebruiksFout } from './bestanden.js';
import { isVwoPad, soortBestand } from './gewoon-bestand.js';

export interface Doel {
    /** where the content goes: the target itself, or the file a symbolic link points to */
    readonly pad: string;
    /** the permissions of the file it replaces */
    readonly modus?: number;
}

const GEEN_VWO = (getoond: string, commando: string) => `'${getoond}' is een .vwo-bestand; vwo ${commando} overschrijft nooit een .vwo-bestand.`;

/**
 * Where `vwo render` and `vwo overzicht` may write: a new path, or an existing regular file that
 * is not a `.vwo` file — by name (also as Windows reads names), by the file a link points to, and
 * by identity (the input itself under another name, a hard link). Never a device or FIFO: renaming over
 * `/dev/null` would replace it with a regular file.
 */
export async function controleerDoel(doel: string, invoer: string | undefined, getoond: string, commando = 'render'): Promise<Doel> {
    if (isVwoPad(doel)) throw new GebruiksFout(GEEN_VWO(getoond, commando));
    const info = await fs.stat(doel).catch(() => undefined);
    if (!info) return { pad: doel };
    if (!info.isFile()) {
        throw new GebruiksFout(`'${getoond}' is ${soortBestand(info)}; vwo ${commando} schrijft alleen naar een gewoon bestand of een nieuw pad.`);
    }
    const echt = await fs.realpath(doel);
    const bron = invoer === undefined ? undefined : await fs.stat(invoer).catch(() => undefined);
    if (isVwoPad(echt) || (bron && bron.dev === info.dev && bron.ino === info.ino)) throw new GebruiksFout(GEEN_VWO(getoond, commando));
    return { pad: echt, modus: info.mode & 0o7777 };
}

/**
 * Writes via a new temporary file beside the target and a rename, so the target is never
 * half-written; the new file keeps the permissions of the one it replaces.
 */
export async function schrijfAtomair(doel: Doel, inhoud: string | Uint8Array): Promise<void> {
    const tijdelijk = path.join(path.dirname(doel.pad), `.${path.basename(doel.pad)}.${process.pid}.${Date.now()}.tmp`);
    try {
        await fs.writeFile(tijdelijk, inhoud, { flag: 'wx' });
        if (doel.modus !== undefined) await fs.chmod(tijdelijk, doel.modus);
        await fs.rename(tijdelijk, doel.pad);
    } catch (fout) {
        await fs.rm(tijdelijk, { force: true });
        throw fout;
    }
}
