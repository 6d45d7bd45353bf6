import * as path from 'node:path';
import { bestandsUri, type Bron } from '../language/werkruimte/controleer.js';
import { leesBestanden, verzamelBestanden } from './bestanden.js';

/** A superset test: a file without this word names no profile, and its folder need not be read. */
const NOEMT_PROFIEL = /\bprofiel\s/;

/**
 * The other `.vwo` files of the folder (with its subfolders) of each named file that may name a
 * supplier profile, so that `vwo check FILE` and `vwo render FILE` find the profile as the editor
 * does in the workspace. They are checked with the named files but not reported.
 */
export async function profielbronnen(bestanden: readonly string[], teksten: readonly string[]): Promise<Bron[]> {
    const mappen = [...new Set(bestanden.filter((_, i) => NOEMT_PROFIEL.test(teksten[i])).map(b => path.dirname(b)))];
    if (mappen.length === 0) return [];
    const genoemd = new Set(bestanden.map(b => path.resolve(b)));
    const anderen = (await verzamelBestanden(mappen)).filter(b => !genoemd.has(b));
    const gelezen = leesBestanden(anderen);
    return anderen.map((bestand, i) => ({ uri: bestandsUri(bestand), tekst: gelezen[i] }));
}
