import { agendaCommando } from './agenda.js';
import { GebruiksFout } from './bestanden.js';
import { checkCommando } from './check.js';
import type { Bouwwijze } from './in-delen.js';
import { overzichtCommando } from './overzicht.js';
import { versie, type Uitvoer } from './commando.js';
import { referentieCommando } from './referentie.js';
import { renderCommando } from './render.js';
import { zichtbaar } from '../language/tekst.js';

const HULP = `vwo — de Standaard Verwerkersovereenkomst Gemeenten als taal

Gebruik:
  vwo check [opties] PAD…     controleer .vwo-bestanden en mappen (recursief)
  vwo render BESTAND --format md|html|docx [-o UIT]
                              zet een .vwo-bestand om in de tekst van de standaard
  vwo agenda [opties] PAD…    de termijnen van het beheer (evaluaties, certificaten, TPM,
                              bezwaartermijnen) op datum, ook als agendabestand (ics)
  vwo overzicht [opties] PAD… alle overeenkomsten, leveranciers, subverwerkers, doorgiften,
                              bijzondere gegevens en afwijkingen op een rij (html, json, csv,
                              xlsx), en de kolommen van het verwerkingsregister
  vwo referentie landen|besluiten|gebieden
                              toon de referentiegegevens (adequaatheidsbesluiten, EER)
  vwo --help                  deze hulp
  vwo --version               de versie

Zie 'vwo check --help', 'vwo render --help', 'vwo agenda --help', 'vwo overzicht --help' en
'vwo referentie --help' voor de opties.
`;

/** The command line `vwo`: says which command runs (each lives in its own file); returns the exit code. `bouwwijze` is for `check`. */
export async function main(argv: readonly string[], uit: Uitvoer, bouwwijze?: Bouwwijze): Promise<number> {
    const [commando, ...rest] = argv;
    try {
        switch (commando) {
            case undefined:
            case '-h':
            case '--help':
            case 'help':
                uit.stdout(HULP);
                return commando === undefined ? 2 : 0;
            case '-v':
            case '--version':
                uit.stdout(versie + '\n');
                return 0;
            case 'check':
                return await checkCommando(rest, uit, bouwwijze);
            case 'render':
                return await renderCommando(rest, uit);
            case 'agenda':
                return await agendaCommando(rest, uit);
            case 'overzicht':
                return await overzichtCommando(rest, uit);
            case 'referentie':
                return referentieCommando(rest, uit);
            default:
                throw new GebruiksFout(`Onbekend commando '${commando}'. Gebruik 'vwo --help' voor de mogelijkheden.`);
        }
    } catch (fout) {
        if (fout instanceof GebruiksFout) {
            uit.stderr(`vwo: ${zichtbaar(fout.message)}\n`);
            return 2;
        }
        throw fout;
    }
}
