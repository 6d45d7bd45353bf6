import { parseArgs, type ParseArgsConfig } from 'node:util';
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
