import * as path from 'node:path';
import { EmptyFileSystem } from 'langium';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { isProfiel, type Overeenkomst } from '../language/generated/ast.js';
import { geenEigenDocument } from '../language/profielen/effectief.js';
import { profielbronnen } from './profielbronnen.js';
import { bouwDocument, EXPORTFORMATEN, render, type Exportformaat } from '../language/render/index.js';
import { createVwoServices } from '../language/vwo-module.js';
import { bestandsUri, controleer } from '../language/werkruimte/controleer.js';
import { leesOpties } from './opties.js';
import { GebruiksFout, leesBestand, leesbaarPad } from './bestanden.js';
import { alsTekst, opPositie } from './uitvoer.js';
import { bestandsfout } from '../language/werkruimte/bestandsfouten.js';
import { isVwoPad } from './gewoon-bestand.js';
import { controleerDoel, schrijfAtomair } from './schrijven.js';
import { zichtbaar } from '../language/tekst.js';
import { Code } from '../language/validation/codes.js';
import type { Uitvoer } from './commando.js';

export const HULP_RENDER = `Gebruik: vwo render BESTAND --format md|html|docx [-o UIT] [--force] [--met-motivering]

Zet een .vwo-bestand om in de volledige tekst van de Standaard Verwerkersovereenkomst
Gemeenten: elk artikel letterlijk, elk invulveld ingevuld, afwijkingen gemarkeerd en
opgesomd in de bijlage "Afwijkingen van de Standaard VWO". Wat ontbreekt blijft zichtbaar
als invulveld van de standaard (<naam gemeente>); 'vwo check' zegt waarom. Een
leveranciersprofiel dat het bestand noemt, wordt gezocht in de map van het bestand (met submappen).

Opties:
  -f, --format md|html|docx   uitvoervorm (verplicht): Markdown, HTML (zelfstandig, met
                              afdrukopmaak voor A4) of DOCX (Word, om te ondertekenen);
                              json geeft het documentmodel
  -o, --output UIT            uitvoerbestand; standaard naast het invoerbestand met de
                              extensie van het formaat; '-' schrijft md, html of json naar
                              de standaarduitvoer
      --force                 ook renderen als het bestand fouten bevat; een waarde met een
                              fout wordt het invulveld van de standaard (een bestand dat
                              niet als UTF-8 is opgeslagen wordt nooit gerenderd)
      --met-motivering        ook in de DOCX de motivering van afwijkingen en de notitie
                              over de jaarrapportage (standaard alleen in md, html en json:
                              dat is de verantwoording van de gemeente, niet de tekst die
                              de verwerker ondertekent)
  -h, --help                  deze hulp

Een .vwo-bestand wordt nooit overschreven, ook niet via een koppeling; er wordt alleen naar
een gewoon bestand of een nieuw pad geschreven (nooit naar een apparaat of FIFO). Het
uitvoerbestand wordt eerst als tijdelijk bestand geschreven en dan hernoemd, zodat een bestaand
document nooit half geschreven is; het houdt de rechten van het bestand dat het vervangt.

Afsluitcode:
  0  geschreven
  1  het bestand bevat fouten (die worden getoond); niets geschreven, tenzij --force
  2  verkeerd gebruik, of een pad dat niet bestaat of niet te lezen of te schrijven is
`;

/** The export formats, and the document model as JSON for other tools. */
const FORMATEN = [...EXPORTFORMATEN, 'json'] as const;
type Formaat = typeof FORMATEN[number];


export async function renderCommando(argv: readonly string[], uit: Uitvoer): Promise<number> {
    const { values, positionals } = leesOpties(argv, {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        force: { type: 'boolean' },
        'met-motivering': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' }
    }, 'render');
    if (values.help) {
        uit.stdout(HULP_RENDER);
        return 0;
    }
    if (positionals.length !== 1) {
        throw new GebruiksFout(positionals.length === 0
            ? 'Noem één .vwo-bestand. Voorbeeld: vwo render examples/zaaksysteem-zwolle.vwo --format docx'
            : `Noem precies één .vwo-bestand (nu ${positionals.length}).`);
    }
    if (values.format === undefined) {
        throw new GebruiksFout('Kies een formaat met --format md, html of docx.');
    }
    const formaat = values.format as Formaat;
    if (!FORMATEN.includes(formaat)) {
        throw new GebruiksFout(`Onbekend formaat '${values.format}'. Kies md, html of docx.`);
    }
    const invoer = path.resolve(positionals[0]);
    if (!isVwoPad(invoer)) throw new GebruiksFout(`'${positionals[0]}' is geen .vwo-bestand.`);
    const naarStdout = values.output === '-';
    if (naarStdout && formaat === 'docx') {
        throw new GebruiksFout('DOCX is een binair formaat en gaat niet naar de standaarduitvoer; noem een bestand met -o.');
    }
    const uitvoer = naarStdout ? undefined : path.resolve(values.output ?? invoer.replace(/\.vwo$/i, `.${formaat}`));
    const doel = uitvoer ? await controleerDoel(uitvoer, invoer, values.output ?? uitvoer) : undefined;

    const tekst = leesBestand(invoer, positionals[0]);
    const { Vwo } = createVwoServices(EmptyFileSystem);
    const uri = bestandsUri(invoer);
    const [uitslag] = await controleer(Vwo, [{ uri, tekst }], await profielbronnen([invoer], [tekst]));
    const wortel = Vwo.shared.workspace.LangiumDocuments.getDocument(uri)!.parseResult.value;
    if (isProfiel(wortel)) {
        throw new GebruiksFout(`${positionals[0]}: ${geenEigenDocument(wortel)}`);
    }
    const fouten = uitslag.diagnostics.filter(d => (d.severity ?? DiagnosticSeverity.Error) === DiagnosticSeverity.Error);
    if (fouten.length > 0) {
        uit.stderr(alsTekst([{ pad: positionals[0], bestand: invoer, diagnostics: opPositie(fouten) }]));
        // --force renders a draft with open questions, never a party's name with letters lost
        if (fouten.some(d => d.code === Code.ongeldigeCodering)) {
            uit.stderr('vwo: niet gerenderd: het bestand is niet als UTF-8 opgeslagen, en namen zouden verminkt in het document komen; ook --force rendert het niet. Sla het op als UTF-8 en render opnieuw.\n');
            return 1;
        }
        if (!values.force) {
            uit.stderr(`vwo: niet gerenderd: het bestand bevat ${fouten.length === 1 ? 'een fout' : `${fouten.length} fouten`}. Herstel ${fouten.length === 1 ? 'hem' : 'ze'}, of gebruik --force.\n`);
            return 1;
        }
    }
    const overeenkomst = wortel as Overeenkomst;
    // the DOCX is the document to sign: the municipality's accountability stays out unless asked for
    const model = bouwDocument(overeenkomst, undefined, { verantwoording: formaat !== 'docx' || values['met-motivering'] === true });
    const inhoud = formaat === 'json' ? JSON.stringify(model, null, 2) + '\n' : await render(model, formaat as Exportformaat);
    if (!doel) {
        uit.stdout(inhoud as string);
        return 0;
    }
    try {
        await schrijfAtomair(doel, inhoud);
    } catch (fout) {
        throw new GebruiksFout(bestandsfout(values.output ?? leesbaarPad(doel.pad), fout, 'schrijven'));
    }
    const open = model.openVelden > 0 ? ` (${model.openVelden} ${model.openVelden === 1 ? 'invulveld' : 'invulvelden'} nog open)` : '';
    uit.stderr(`vwo: ${zichtbaar(leesbaarPad(uitvoer!))} geschreven${open}.\n`);
    return 0;
}
