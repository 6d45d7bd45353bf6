import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isGeldigeDatum, opsomming } from '../language/tekst.js';
import { GebruiksFout } from './bestanden.js';

type Opties = NonNullable<ParseArgsConfig['options']>;

/** The command line of one command: node's parseArgs, with its English complaints said in Dutch. */
export function leesOpties<T extends Opties>(argv: readonly string[], options: T, commando: string) {
    try {
        return parseArgs({ args: [...argv], allowPositionals: true, options });
    } catch (fout) {
        const bericht = (fout as Error).message;
        const onbekend = /^Unknown option '([^']*)'/.exec(bericht);
        const zonderWaarde = /^Option '(?:-\w, )?([^' ]*)[^']*' argument missing/.exec(bericht);
        const uitleg = onbekend ? `Onbekende optie '${onbekend[1]}'.`
            : zonderWaarde ? `De optie '${zonderWaarde[1]}' heeft een waarde nodig.`
            : `De opdrachtregel klopt niet (${bericht}).`;
        throw new GebruiksFout(`${uitleg} Zie 'vwo ${commando} --help'.`);
    }
}

/** The value of `--format`, one of the command's formats (the first when none is given). */
export function kiesFormaat<F extends string>(waarde: string | undefined, formaten: readonly F[]): F {
    const formaat = waarde ?? formaten[0];
    if (!(formaten as readonly string[]).includes(formaat)) {
        throw new GebruiksFout(`Onbekend formaat '${formaat}'. Kies ${opsomming(formaten, 'of')}.`);
    }
    return formaat as F;
}

/** A date option (`--peildatum`, `--tot`): an existing date JJJJ-MM-DD, or not given. */
export function datumOptie(naam: string, waarde: string | undefined): string | undefined {
    if (waarde !== undefined && !isGeldigeDatum(waarde)) {
        throw new GebruiksFout(`'--${naam} ${waarde}' is geen bestaande datum in de vorm JJJJ-MM-DD, bijvoorbeeld --${naam} 2026-01-01.`);
    }
    return waarde;
}
