import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { decodeer } from '../language/werkruimte/decoderen.js';
import { bestandsfout } from '../language/werkruimte/bestandsfouten.js';
import { isVwoExtensie, OVERGESLAGEN_MAPPEN } from '../language/werkruimte/mappen.js';
import { leesGewoonBestand, soortBestand } from './gewoon-bestand.js';

/** A problem with the command line or the file system: exit code 2, with a Dutch message. */
export class GebruiksFout extends Error { }

/** Every `.vwo` file named, or found recursively in a folder named, sorted and without repeats. */
export async function verzamelBestanden(paden: readonly string[]): Promise<string[]> {
    const gevonden = new Set<string>();
    for (const pad of paden) {
        const info = await fs.stat(pad).catch((fout: unknown) => {
            throw new GebruiksFout(bestandsfout(pad, fout, 'lezen'));
        });
        if (info.isDirectory()) {
            for (const bestand of await zoekInMap(pad, new Set())) gevonden.add(path.resolve(bestand));
        } else if (!isVwoExtensie(path.extname(pad))) {
            throw new GebruiksFout(`'${pad}' is geen .vwo-bestand.`);
        } else if (!info.isFile()) {
            throw new GebruiksFout(`'${pad}' is ${soortBestand(info)}; vwo leest alleen gewone bestanden.`);
        } else {
            gevonden.add(path.resolve(pad));
        }
    }
    return [...gevonden].sort();
}

/** The `.vwo` files below `map`, also through symbolic links; each folder once, so a link loop ends. */
async function zoekInMap(map: string, bezocht: Set<string>): Promise<string[]> {
    const echt = await fs.realpath(map).catch(() => map);
    if (bezocht.has(echt)) return [];
    bezocht.add(echt);
    const items = await fs.readdir(map, { withFileTypes: true }).catch((fout: unknown) => {
        throw new GebruiksFout(bestandsfout(map, fout, 'lezen', 'De map '));
    });
    const resultaat: string[] = [];
    for (const item of items) {
        const volledig = path.join(map, item.name);
        const doel = item.isSymbolicLink() ? await fs.stat(volledig).catch(() => undefined) : item;
        const isVwo = isVwoExtensie(path.extname(item.name));
        if (!doel) {
            if (isVwo) throw new GebruiksFout(`'${volledig}' is een koppeling naar een bestand dat niet bestaat.`);
        } else if (doel.isDirectory() && !OVERGESLAGEN_MAPPEN.has(item.name)) {
            resultaat.push(...await zoekInMap(volledig, bezocht));
        } else if (doel.isFile() && isVwo) {
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
export function leesBestand(bestand: string, pad = bestand): string {
    let geopend: ReturnType<typeof leesGewoonBestand>;
    try {
        geopend = leesGewoonBestand(bestand);
    } catch (fout) {
        throw new GebruiksFout(bestandsfout(pad, fout, 'lezen'));
    }
    if ('geen' in geopend) {
        // A folder is said as the other file-system errors are (language/werkruimte/bestandsfouten.ts).
        throw new GebruiksFout(geopend.map ? bestandsfout(pad, { code: 'EISDIR' }, 'lezen') : `'${pad}' is ${geopend.geen}; vwo leest alleen gewone bestanden.`);
    }
    const gelezen = decodeer(geopend.bytes);
    if (gelezen.soort === 'binair') {
        throw new GebruiksFout(`'${pad}' is geen tekstbestand: het bevat bytes die in tekst niet voorkomen (zoals in een Word-document, pdf, afbeelding of zip-bestand). ` +
            'Een .vwo-bestand is platte tekst; open het in VS Code of een andere teksteditor en sla het op als UTF-8.');
    }
    return gelezen.tekst;
}

/** The texts of the files, in their order; the first that cannot be read ends the command ({@link leesBestand}). */
export function leesBestanden(bestanden: readonly string[]): string[] {
    return bestanden.map(bestand => leesBestand(bestand, leesbaarPad(bestand)));
}

/** Relative to the working directory when the file lies below it, else absolute. */
export function leesbaarPad(bestand: string): string {
    const relatief = path.relative(process.cwd(), bestand);
    return relatief && !relatief.startsWith('..') && !path.isAbsolute(relatief) ? relatief : bestand;
}
