import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { vandaag } from '../language/peildatum.js';
import { ALLE_LIJSTEN, alsCsv, alsJson, bouwOverzicht, overzichtFragment, overzichtPagina, tabellen, type Lijstnaam, type Plek } from '../language/portefeuille/index.js';
import { OVERZICHTFORMATEN, type Overzichtformaat } from '../language/protocol.js';
import { opsomming, zichtbaar } from '../language/tekst.js';
import { alsXlsx } from './overzicht-xlsx.js';
import { bestandsfout } from '../language/werkruimte/bestandsfouten.js';
import { GebruiksFout, leesbaarPad } from './bestanden.js';
import type { Uitvoer } from './commando.js';
import { datumOptie, kiesFormaat, leesOpties } from './opties.js';
import { controleerDoel, schrijfAtomair } from './schrijven.js';
import { controleerPaden } from './werkruimte.js';

const HULP_OVERZICHT = `Gebruik: vwo overzicht [opties] PAD…

Het overzicht van alle overeenkomsten in de genoemde bestanden en mappen (recursief), zoals
een privacyfunctionaris erover rapporteert: per overeenkomst, per leverancier, per
subverwerker, elke doorgifte buiten de EER, bijzondere persoonsgegevens, strafrechtelijke
gegevens en BSN per overeenkomst, en elke afwijking van de standaard met haar motivering.

Opties:
  --format html|json|csv|xlsx  uitvoervorm (standaard: html)
  -o, --output UIT             het bestand (of bij csv zonder --lijst: de map, één .csv per
                               lijst); zonder -o naar de standaarduitvoer (niet bij xlsx)
  --lijst NAAM                 alleen deze lijst: ${ALLE_LIJSTEN.slice(0, 4).join(', ')},
                               ${ALLE_LIJSTEN.slice(4).join(', ')} (register: de kolommen
                               van het verwerkingsregister, art. 30 AVG)
  --peildatum JJJJ-MM-DD       de datum waartegen termijnen en besluiten tellen
                               (standaard: vandaag)
  -h, --help                   deze hulp

Afsluitcode:
  0  overzicht gemaakt (ook als overeenkomsten fouten bevatten: die staan erin)
  2  verkeerd gebruik, of een pad dat niet bestaat, niet te lezen of te schrijven is
`;

function kiesLijst(waarde: string | undefined): Lijstnaam | undefined {
    if (waarde === undefined || (ALLE_LIJSTEN as readonly string[]).includes(waarde)) return waarde as Lijstnaam | undefined;
    throw new GebruiksFout(`Onbekende lijst '${waarde}'. Kies ${opsomming(ALLE_LIJSTEN, 'of')}.`);
}

/** A link from the page to the file: relative to where the page is written, so the folder can move. */
function koppelingVanaf(map: string) {
    return (p: Plek) => {
        const relatief = path.relative(map, path.resolve(p.bestand)).split(path.sep).map(encodeURIComponent).join('/');
        return path.isAbsolute(p.bestand) && relatief.startsWith('..') ? pathToFileURL(p.bestand).href : relatief;
    };
}

async function schrijf(doel: string, getoond: string, inhoud: string | Uint8Array): Promise<void> {
    const gecontroleerd = await controleerDoel(doel, undefined, getoond, 'overzicht');
    try {
        await schrijfAtomair(gecontroleerd, inhoud);
    } catch (fout) {
        throw new GebruiksFout(bestandsfout(getoond, fout, 'schrijven'));
    }
}

export async function overzichtCommando(argv: readonly string[], uit: Uitvoer): Promise<number> {
    const { values, positionals } = leesOpties(argv, {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        lijst: { type: 'string' },
        peildatum: { type: 'string' },
        help: { type: 'boolean', short: 'h' }
    }, 'overzicht');
    if (values.help) {
        uit.stdout(HULP_OVERZICHT);
        return 0;
    }
    const formaat: Overzichtformaat = kiesFormaat(values.format, OVERZICHTFORMATEN);
    const lijst = kiesLijst(values.lijst);
    const peildatum = datumOptie('peildatum', values.peildatum) ?? vandaag();
    const uitvoer = values.output;
    if (formaat === 'xlsx' && uitvoer === undefined) throw new GebruiksFout('Een werkmap (xlsx) gaat niet naar de terminal: noem een bestand met -o, bijvoorbeeld -o overzicht.xlsx.');
    if (formaat === 'csv' && lijst === undefined && uitvoer === undefined) {
        throw new GebruiksFout(`CSV is één lijst per bestand: noem met -o een map voor alle lijsten, of kies één lijst met --lijst (${ALLE_LIJSTEN.join(', ')}).`);
    }

    const gecontroleerd = await controleerPaden(positionals, peildatum, 'overzicht');
    const overzicht = bouwOverzicht(gecontroleerd.map(g => ({ wortel: g.document.parseResult.value, bestand: g.pad, diagnostics: g.diagnostics })), peildatum);
    const lijsten = tabellen(overzicht, lijst);

    if (formaat === 'csv' && lijst === undefined) {
        const map = path.resolve(uitvoer!);
        await fs.mkdir(map, { recursive: true }).catch((fout: unknown) => { throw new GebruiksFout(bestandsfout(uitvoer!, fout, 'schrijven', 'De map ')); });
        for (const t of lijsten) await schrijf(path.join(map, `${t.naam}.csv`), path.join(uitvoer!, `${t.naam}.csv`), alsCsv(t));
        uit.stderr(`vwo: ${lijsten.length} lijsten geschreven in ${zichtbaar(leesbaarPad(map))}.\n`);
        return 0;
    }
    const map = uitvoer === undefined ? process.cwd() : path.dirname(path.resolve(uitvoer));
    const inhoud = formaat === 'json' ? alsJson(overzicht, lijst)
        : formaat === 'csv' ? alsCsv(lijsten[0])
        : formaat === 'xlsx' ? await alsXlsx(lijsten)
        : overzichtPagina(overzichtFragment(overzicht.portefeuille, lijsten, peildatum, koppelingVanaf(map)));
    if (uitvoer === undefined) {
        uit.stdout(inhoud as string);
        return 0;
    }
    await schrijf(path.resolve(uitvoer), uitvoer, inhoud);
    uit.stderr(`vwo: ${zichtbaar(leesbaarPad(path.resolve(uitvoer)))} geschreven.\n`);
    return 0;
}
