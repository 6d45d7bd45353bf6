import { EmptyFileSystem } from 'langium';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { createVwoServices } from '../language/vwo-module.js';
import { bestandsUri, controleer } from '../language/werkruimte/controleer.js';
import { versie, type Uitvoer } from './commando.js';
import { datumOptie, kiesFormaat, leesOpties } from './opties.js';
import { GebruiksFout, leesBestanden, leesbaarPad, verzamelBestanden } from './bestanden.js';
import { Handleiding } from '../language/documentatie/handleiding.js';
import { meegeleverdeReadme } from '../server/documentatie.js';
import { alsJson, alsTekst, opPositie, type BestandsUitslag } from './uitvoer.js';
import { alsSarif } from './sarif.js';

const HULP_CHECK = `Gebruik: vwo check [opties] PAD…

Controleert elk genoemd .vwo-bestand en elk .vwo-bestand in de genoemde mappen (recursief),
samen als één werkruimte, op de regels van de AVG en de Standaard Verwerkersovereenkomst
Gemeenten.

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

export async function checkCommando(argv: readonly string[], uit: Uitvoer): Promise<number> {
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
    if (positionals.length === 0) {
        throw new GebruiksFout('Noem ten minste één .vwo-bestand of map. Voorbeeld: vwo check examples/');
    }
    const bestanden = await verzamelBestanden(positionals);
    if (bestanden.length === 0) {
        throw new GebruiksFout(`Geen .vwo-bestanden gevonden in ${positionals.map(p => `'${p}'`).join(', ')}.`);
    }
    const teksten = await leesBestanden(bestanden);
    const bronnen = bestanden.map((bestand, i) => ({ uri: bestandsUri(bestand), tekst: teksten[i] }));
    const { Vwo } = createVwoServices(EmptyFileSystem, { peildatum });
    const uitslagen = await controleer(Vwo, bronnen);
    const perBestand: BestandsUitslag[] = uitslagen.map((uitslag, i) => ({
        pad: leesbaarPad(bestanden[i]),
        bestand: bestanden[i],
        diagnostics: opPositie(uitslag.diagnostics)
    }));
    // SARIF rules link to the README installed with vwo
    const handleiding = new Handleiding(meegeleverdeReadme(process.argv[1]));
    uit.stdout(formaat === 'json' ? alsJson(perBestand) : formaat === 'sarif' ? alsSarif(perBestand, versie, handleiding) : alsTekst(perBestand));
    const fouten = perBestand.some(b => b.diagnostics.some(d => (d.severity ?? DiagnosticSeverity.Error) === DiagnosticSeverity.Error));
    return fouten ? 1 : 0;
}
