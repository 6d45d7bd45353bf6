import { constants, promises as fs, type Stats } from 'node:fs';
import * as path from 'node:path';

/** What a path is when it is not a regular file, in words. */
export function soortBestand(info: Stats): string {
    if (info.isDirectory()) return 'een map';
    if (info.isFIFO()) return 'een FIFO (named pipe)';
    if (info.isCharacterDevice() || info.isBlockDevice()) return 'een apparaat';
    if (info.isSocket()) return 'een socket';
    return 'geen gewoon bestand';
}

/**
 * Opens a file for reading without blocking on a FIFO that nobody writes to (`O_NONBLOCK`; on
 * Windows there are none), and says what it is when it is not a regular file.
 */
export async function openGewoonBestand(bestand: string): Promise<{ handle: fs.FileHandle } | { geen: string; map: boolean }> {
    const handle = await fs.open(bestand, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const info = await handle.stat().catch(async fout => { await handle.close(); throw fout; });
    if (info.isFile()) return { handle };
    await handle.close();
    return { geen: soortBestand(info), map: info.isDirectory() };
}

type Paden = typeof path.posix;

/**
 * The file name as Windows resolves it: trailing dots and spaces are dropped and an alternate
 * data stream (`a.vwo::$DATA`, `a.vwo:x`) is part of the file itself — so all of these are
 * `a.vwo`. Applied everywhere: on other systems it only refuses a few more names.
 */
export function alsWindows(naam: string): string {
    return naam.split(':')[0].replace(/[. ]+$/, '');
}

/** True for a path that names a `.vwo` file, also as Windows reads it. */
export function isVwoPad(pad: string, paden: Paden = path): boolean {
    return paden.extname(alsWindows(paden.basename(pad))).toLowerCase() === '.vwo';
}
