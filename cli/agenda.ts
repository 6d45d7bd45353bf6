import { overzicht } from '../language/beheer/overzicht.js';
import { vandaag } from '../language/peildatum.js';
import { agendaAlsIcs, agendaAlsJson, agendaAlsTekst } from './agenda-uitvoer.js';
import { GebruiksFout } from './bestanden.js';
import type { Uitvoer } from './commando.js';
import { datumOptie, kiesFormaat, leesOpties } from './opties.js';
import { controleerPaden } from './werkruimte.js';

const HULP_AGENDA = `Gebruik: vwo agenda [opties] PAD…

Zet de termijnen van het beheer van alle overeenkomsten in de genoemde bestanden en mappen
(recursief) op een rij, op datum: de periodieke evaluatie, het einde van certificaten en
rapporten, de jaarlijkse TPM bij DigiD en de bezwaartermijnen van gemelde subverwerkers.

Opties:
  --format text|json|ics     uitvoervorm (standaard: text); ics is een agendabestand voor
                             Outlook en andere agenda's (opnieuw importeren werkt bij)
  --peildatum JJJJ-MM-DD     wat vóór deze datum lag is te laat (standaard: vandaag)
  --tot JJJJ-MM-DD           alleen punten tot en met deze datum (te late punten altijd)
  -h, --help                 deze hulp

Afsluitcode:
  0  niets te laat
  1  ten minste één punt te laat (voor een geplande CI-taak die moet waarschuwen)
  2  verkeerd gebruik, of een pad dat niet bestaat, niet te lezen is of geen .vwo-bestand is
`;

const FORMATEN = ['text', 'json', 'ics'] as const;

export async function agendaCommando(argv: readonly string[], uit: Uitvoer): Promise<number> {
    const { values, positionals } = leesOpties(argv, {
        format: { type: 'string', short: 'f' },
        peildatum: { type: 'string' },
        tot: { type: 'string' },
        help: { type: 'boolean', short: 'h' }
    }, 'agenda');
    if (values.help) {
        uit.stdout(HULP_AGENDA);
        return 0;
    }
    const formaat = kiesFormaat(values.format, FORMATEN);
    const peildatum = datumOptie('peildatum', values.peildatum) ?? vandaag();
    const tot = datumOptie('tot', values.tot);
    if (tot !== undefined && tot < peildatum) {
        throw new GebruiksFout(`'--tot ${tot}' ligt vóór de peildatum ${peildatum}; kies een latere datum.`);
    }
    const documenten = (await controleerPaden(positionals, peildatum, 'agenda')).map(g => ({ document: g.document, bestand: g.pad }));
    for (const { document, bestand } of documenten) {
        if (document.parseResult.parserErrors.length > 0 || document.parseResult.lexerErrors.length > 0) {
            uit.stderr(`vwo: ${bestand} bevat syntaxfouten; de agenda kan voor dit bestand onvolledig zijn (zie 'vwo check ${bestand}').\n`);
        }
    }
    const regels = overzicht(documenten, peildatum, tot);
    uit.stdout(formaat === 'json' ? agendaAlsJson(regels, peildatum, tot) : formaat === 'ics' ? agendaAlsIcs(regels, peildatum) : agendaAlsTekst(regels, peildatum));
    return regels.some(r => r.punt.status === 'te-laat') ? 1 : 0;
}
