import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { versie, type Uitvoer } from './commando.js';
import { datumOptie, kiesFormaat, leesOpties } from './opties.js';
import { diagnosticeerPaden } from './werkruimte.js';
import type { Bouwwijze } from './in-delen.js';
import { Handleiding } from '../language/documentatie/handleiding.js';
import { meegeleverdeReadme } from '../server/documentatie.js';
import { alsJson, alsTekst, opPositie, type BestandsUitslag } from './uitvoer.js';
import { alsSarif } from './sarif.js';

const HULP_CHECK = `Gebruik: vwo check [opties] PAD…

Controleert elk genoemd .vwo-bestand en elk .vwo-bestand in de genoemde mappen (recursief),
samen als één werkruimte, op de regels van de AVG en de Standaard Verwerkersovereenkomst
Gemeenten. Een leveranciersprofiel wordt ook gezocht in de map van het bestand dat het noemt
(met submappen).

Opties:
  --format text|json|sarif   uitvoervorm (standaard: text)
  --peildatum JJJJ-MM-DD     toets wat van de datum afhangt tegen deze datum in plaats van
                             vandaag (herhaalbaar in CI, of "zoals op 1 januari")
  -h, --help                 deze hulp

Afsluitcode:
  0  geen fouten (waarschuwingen en informatie mogen)
  1  ten minste één fout
  2  verkeerd gebruik, of een pad dat niet bestaat, niet te lezen is, geen tekstbestand,
     geen .vwo-bestand of geen gewoon bestand (een FIFO of apparaat) is
`;

const FORMATEN = ['text', 'json', 'sarif'] as const;

/** `bouwwijze`: the part size and the worker thread's script (cli/in-delen.ts); the bundle gives its own file, tests choose. */
export async function checkCommando(argv: readonly string[], uit: Uitvoer, bouwwijze?: Bouwwijze): Promise<number> {
    const { values, positionals } = leesOpties(argv, {
        format: { type: 'string', short: 'f' },
        peildatum: { type: 'string' },
        help: { type: 'boolean', short: 'h' }
    }, 'check');
    if (values.help) {
        uit.stdout(HULP_CHECK);
        return 0;
    }
    const formaat = kiesFormaat(values.format, FORMATEN);
    const peildatum = datumOptie('peildatum', values.peildatum);
    const gecontroleerd = await diagnosticeerPaden(positionals, peildatum, 'check', bouwwijze);
    const perBestand: BestandsUitslag[] = gecontroleerd.map(g => ({ pad: g.pad, bestand: g.bestand, diagnostics: opPositie(g.diagnostics) }));
    // SARIF rules link to the README installed with vwo
    const handleiding = new Handleiding(meegeleverdeReadme(process.argv[1]));
    uit.stdout(formaat === 'json' ? alsJson(perBestand) : formaat === 'sarif' ? alsSarif(perBestand, versie, handleiding) : alsTekst(perBestand));
    const fouten = perBestand.some(b => b.diagnostics.some(d => (d.severity ?? DiagnosticSeverity.Error) === DiagnosticSeverity.Error));
    return fouten ? 1 : 0;
}
