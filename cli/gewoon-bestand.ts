import * as fs from 'node:fs';
import { constants, type Stats } from 'node:fs';
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
 * The bytes of a file, read without blocking on a FIFO that nobody writes to (`O_NONBLOCK`; on
 * Windows there are none), or what it is when it is not a regular file. With callbacks and one
 * promise per file: through `fs.promises` (a FileHandle, a promise per step) reading 10,000 small
 * files cost 1.1 s of the main thread, so 0.3–0.45 s.
 */
export function leesGewoonBestand(bestand: string): Promise<{ bytes: Buffer } | { geen: string; map: boolean }> {
    return new Promise((klaar, mislukt) => {
        fs.open(bestand, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0), (fout, fd) => {
            if (fout) return mislukt(fout);
            const sluit = (daarna: () => void) => fs.close(fd, () => daarna());
            fs.fstat(fd, (fout, info) => {
                if (fout) return sluit(() => mislukt(fout));
                if (!info.isFile()) return sluit(() => klaar({ geen: soortBestand(info), map: info.isDirectory() }));
                fs.readFile(fd, (fout, bytes) => sluit(() => fout ? mislukt(fout) : klaar({ bytes })));
            });
        });
    });
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
