import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { decodeer } from '../language/werkruimte/decoderen.js';
import { bestandsfout } from './bestandsfouten.js';

/** A problem with the command line or the file system: exit code 2, with a Dutch message. */
export class GebruiksFout extends Error { }

const OVERSLAAN = new Set(['node_modules', '.git']);

/** Every `.vwo` file named, or found recursively in a folder named, sorted and without repeats. */
export async function verzamelBestanden(paden: readonly string[]): Promise<string[]> {
    const gevonden = new Set<string>();
    for (const pad of paden) {
        const info = await fs.stat(pad).catch((fout: unknown) => {
            throw new GebruiksFout(bestandsfout(pad, fout, 'lezen'));
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
    const items = await fs.readdir(map, { withFileTypes: true }).catch((fout: unknown) => {
        throw new GebruiksFout(bestandsfout(map, fout, 'lezen', 'De map '));
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

/**
 * The text of a `.vwo` file (see decoderen.ts: BOMs honoured, non-UTF-8 bytes left for the check
 * `ongeldige-codering`); `pad` is how the user named it. A file with NUL bytes is no text: one
 * message, exit 2, instead of hundreds of syntax errors.
 */
export async function leesBestand(bestand: string, pad = bestand): Promise<string> {
    const bytes = await fs.readFile(bestand).catch((fout: unknown) => {
        throw new GebruiksFout(bestandsfout(pad, fout, 'lezen'));
    });
    const gelezen = decodeer(bytes);
    if (gelezen.soort === 'binair') {
        throw new GebruiksFout(`'${pad}' is geen tekstbestand: het bevat bytes die in tekst niet voorkomen (zoals in een Word-document, pdf, afbeelding of zip-bestand). ` +
            'Een .vwo-bestand is platte tekst; open het in VS Code of een andere teksteditor en sla het op als UTF-8.');
    }
    return gelezen.tekst;
}

/** Relative to the working directory when the file lies below it, else absolute. */
export function leesbaarPad(bestand: string): string {
    const relatief = path.relative(process.cwd(), bestand);
    return relatief && !relatief.startsWith('..') && !path.isAbsolute(relatief) ? relatief : bestand;
}
