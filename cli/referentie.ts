import { OVERZICHTEN, alsJson, alsMarkdown, alsTekst, overzicht, type Overzicht } from '../language/referentie/overzicht.js';
import { GebruiksFout } from './bestanden.js';
import type { Uitvoer } from './commando.js';
import { kiesFormaat, leesOpties } from './opties.js';

export const HULP_REFERENTIE = `Gebruik: vwo referentie landen|besluiten|gebieden [--format text|json|md] [CODE…]

Toont de referentiegegevens waarmee vwo doorgiften beoordeelt, zodat u kunt nagaan wat vwo
gelooft en tot wanneer het is nagekeken:
  landen     elke bestemming: status (EER, derde land), het geldende adequaatheidsbesluit,
             reikwijdte, geldigheid en de datum waarop die rij is nagekeken
  besluiten  elk adequaatheidsbesluit, ook vervallen: nummer, datum, publicatie, geldigheid,
             reikwijdte, stand van, en wat niet kon worden geverifieerd
  gebieden   de gebieden met een eigen landcode die bij een EU- of EER-staat horen: of ze
             EU-grondgebied zijn, wat er geldt en waarom

Met CODE… alleen de rijen van die landcodes (NL, US, BQ).

Opties:
  --format text|json|md   uitvoervorm (standaard: text; md is de tabel uit de README)
  -h, --help              deze hulp
`;

const FORMATEN = ['text', 'json', 'md'] as const;

/** `vwo referentie …`: the reference data as a table. */
export function referentieCommando(argv: readonly string[], uit: Uitvoer): number {
    const { values, positionals } = leesOpties(argv, {
        format: { type: 'string', short: 'f' },
        help: { type: 'boolean', short: 'h' }
    }, 'referentie');
    if (values.help) {
        uit.stdout(HULP_REFERENTIE);
        return 0;
    }
    const [naam, ...codes] = positionals;
    if (!OVERZICHTEN.includes(naam as Overzicht)) {
        throw new GebruiksFout(naam === undefined
            ? 'Noem welk overzicht: vwo referentie landen, besluiten of gebieden.'
            : `Onbekend overzicht '${naam}'. Kies landen, besluiten of gebieden.`);
    }
    const formaat = kiesFormaat(values.format, FORMATEN);
    let tabel = overzicht(naam as Overzicht);
    if (codes.length > 0) {
        const gezocht = codes.map(c => c.toUpperCase());
        tabel = { ...tabel, rijen: tabel.rijen.filter(r => gezocht.some(c => r[0] === c || r[0].endsWith(`(\`${c}\`)`))) };
        if (tabel.rijen.length === 0) throw new GebruiksFout(`Geen rijen voor ${codes.map(c => `'${c}'`).join(', ')} in 'vwo referentie ${naam}'.`);
    }
    uit.stdout(`${formaat === 'json' ? alsJson(tabel) : formaat === 'md' ? alsMarkdown(tabel) : alsTekst(tabel)}\n`);
    return 0;
}
