import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** A problem with the command line or the file system: exit code 2, with a Dutch message. */
export class GebruiksFout extends Error { }

const OVERSLAAN = new Set(['node_modules', '.git']);

/** Every `.vwo` file named, or found recursively in a folder named, sorted and without repeats. */
export async function verzamelBestanden(paden: readonly string[]): Promise<string[]> {
    const gevonden = new Set<string>();
    for (const pad of paden) {
        const info = await fs.stat(pad).catch((fout: NodeJS.ErrnoException) => {
            throw new GebruiksFout(fout.code === 'ENOENT' ? `'${pad}' bestaat niet.` : `'${pad}' kan niet worden gelezen (${fout.code ?? fout.message}).`);
        });
        if (info.isDirectory()) {
            for (const bestand of await zoekInMap(pad)) gevonden.add(path.resolve(bestand));
        } else if (path.extname(pad).toLowerCase() === '.vwo') {
            gevonden.add(path.resolve(pad));
        } else {
            throw new GebruiksFout(`'${pad}' is geen .vwo-bestand.`);
        }
    }
    return [...gevonden].sort();
}

async function zoekInMap(map: string): Promise<string[]> {
    const items = await fs.readdir(map, { withFileTypes: true }).catch((fout: NodeJS.ErrnoException) => {
        throw new GebruiksFout(`De map '${map}' kan niet worden gelezen (${fout.code ?? fout.message}).`);
    });
    const resultaat: string[] = [];
    for (const item of items) {
        const volledig = path.join(map, item.name);
        if (item.isDirectory() && !OVERSLAAN.has(item.name)) {
            resultaat.push(...await zoekInMap(volledig));
        } else if (item.isFile() && item.name.toLowerCase().endsWith('.vwo')) {
            resultaat.push(volledig);
        }
    }
    return resultaat;
}

export async function leesBestand(bestand: string): Promise<string> {
    return fs.readFile(bestand, 'utf8').catch((fout: NodeJS.ErrnoException) => {
        throw new GebruiksFout(`'${bestand}' kan niet worden gelezen (${fout.code ?? fout.message}).`);
    });
}

/** Relative to the working directory when the file lies below it, else absolute. */
export function leesbaarPad(bestand: string): string {
    const relatief = path.relative(process.cwd(), bestand);
    return relatief && !relatief.startsWith('..') && !path.isAbsolute(relatief) ? relatief : bestand;
}
