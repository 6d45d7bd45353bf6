/**
 * `npm run bench`: prints the figures of issue 7 and writes them to BENCHMARKS.md. Every figure
 * is the median of repeated runs, with min–max. Inputs are generated from fixed seeds.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { EmptyFileSystem, URI } from 'langium';
import { createVwoServices } from '../language/vwo-module.js';
import { controleer } from '../language/werkruimte/controleer.js';
import { BESTEMMINGEN } from '../language/referentie/landen.js';
import { INSTRUMENTEN } from '../language/referentie/instrumenten.js';
import { WORTEL } from '../test/hulp.js';
import { alsVwo, alsYaml, jsonSchema, maakOvereenkomst } from './genereer.js';
import { groteTekst, renderTijden, typischeTekst, type RenderTijden } from './render.js';
import { meetLsp, VWO, YAML, type LspMeting, type Taal } from './lsp.js';
import { reeks, toon, ms, type Reeks } from './statistiek.js';
import { maakWerkruimte, meetCheck } from './werkruimte.js';
import { grootMetFouten, meetSyntaxfouten, meetWachttijd } from './robuustheid.js';
import { meetOverzichten, vervangOverzicht } from './overzicht.js';
import { meetToetsInProces, type ToetsInProces } from './toetsaanslag.js';
import { vervangWeb, webUit } from './web.js';

const snel = process.argv.includes('--snel');
const HERHALINGEN = snel ? 1 : 3;
const TOETSEN = snel ? 10 : 40;
const GROOTTES = snel ? [500, 2000] : [500, 2000, 5000, 20000];
const WERKRUIMTES = snel ? [100] : [100, 1000, 10000];
const OVERZICHTEN = snel ? [100] : [1000, 10000];
const ALLEEN_OVERZICHT = process.argv.includes('--overzicht');
const OPNIEUW_OVERZICHT = 'Alleen het overzicht: `npm run bench -- --overzicht` (ongeveer 5 minuten).';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'vwo-bench-'));
const schemaPad = path.join(tmp, 'vwo.schema.json');
writeFileSync(schemaPad, JSON.stringify(jsonSchema(BESTEMMINGEN.map(b => b.code), INSTRUMENTEN.map(i => i.naam)), null, 2));
const schemaUri = URI.file(schemaPad).toString();
const regels: string[] = [];
const log = (regel = '') => { console.log(regel); regels.push(regel); };
const doelen: Array<{ doel: string; gemeten: string; gehaald: boolean }> = [];
const doel = (omschrijving: string, gemeten: string, gehaald: boolean) => doelen.push({ doel: omschrijving, gemeten, gehaald });
/** The 1-minute load average when a figure was taken: other work on the machine slows every figure. */
const belasting = () => os.loadavg()[0].toFixed(2);

interface Lsp { openen: Reeks; p50: Reeks; p95: Reeks; hover?: Reeks; completion?: Reeks }

async function lspReeks(taal: Taal, grootte: number): Promise<Lsp> {
    const overeenkomst = maakOvereenkomst(grootte, grootte);
    const tekst = taal === VWO ? alsVwo(overeenkomst) : alsYaml(overeenkomst, schemaUri);
    const metingen: LspMeting[] = [];
    for (let i = 0; i < HERHALINGEN; i++) {
        const uri = URI.file(path.join(tmp, `bench-${grootte}-${i}${taal.extensie}`)).toString();
        metingen.push(await meetLsp(taal, tekst, uri, TOETSEN, grootte === 5000 || (snel && grootte === 2000)));
    }
    const uit = (f: (m: LspMeting) => number | undefined) => {
        const waarden = metingen.map(f).filter((w): w is number => w !== undefined);
        return waarden.length ? reeks(waarden) : undefined;
    };
    return { openen: uit(m => m.openen)!, p50: uit(m => m.toetsP50)!, p95: uit(m => m.toetsP95)!, hover: uit(m => m.hoverP95), completion: uit(m => m.completionP95) };
}

async function vloer(grootte: number): Promise<{ tokens: Reeks; volledig: Reeks }> {
    const tekst = alsVwo(maakOvereenkomst(grootte, grootte));
    const { Vwo } = createVwoServices(EmptyFileSystem);
    const tokens: number[] = [];
    const volledig: number[] = [];
    for (let i = 0; i < Math.max(5, HERHALINGEN * 3); i++) {
        const t0 = performance.now();
        Vwo.parser.Lexer.tokenize(tekst);
        tokens.push(performance.now() - t0);
        const t1 = performance.now();
        await controleer(Vwo, [{ uri: URI.file(path.join(tmp, `vloer-${i}.vwo`)), tekst }]);
        volledig.push(performance.now() - t1);
    }
    return { tokens: reeks(tokens.slice(1)), volledig: reeks(volledig.slice(1)) };
}

const BENCHMARKS = path.join(WORTEL, 'BENCHMARKS.md');
/** Where the written explanation of the figures begins; a new measurement keeps it. */
const TOELICHTING = '<!-- toelichting: met de hand geschreven, blijft bij een nieuwe meting staan -->';

function toelichting(): string {
    const oud = readFileSync(BENCHMARKS, 'utf8');
    const begin = oud.indexOf(TOELICHTING);
    return begin < 0 ? '' : '\n' + oud.slice(begin);
}

/** `--overzicht`: only `vwo overzicht`, put into the BENCHMARKS.md of a full run. */
function alleenOverzicht(): void {
    const { regels: sectie, doelen: gemeten } = meetOverzichten(tmp, OVERZICHTEN, 3);
    sectie.forEach(r => console.log(r));
    writeFileSync(BENCHMARKS, vervangOverzicht(readFileSync(BENCHMARKS, 'utf8'), sectie, gemeten, OPNIEUW_OVERZICHT));
    rmSync(tmp, { recursive: true, force: true });
}

async function main(): Promise<void> {
    if (ALLEEN_OVERZICHT) return alleenOverzicht();
    const start = performance.now();
    log(`# Benchmarks`);
    log();
    log(`Gemeten op ${new Date().toISOString().slice(0, 10)}: ${os.cpus()[0]?.model ?? 'onbekende processor'}, ${os.cpus().length} kernen, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}.`);
    log(`Opnieuw meten: \`npm run bench\` (ongeveer ${snel ? 2 : 15} minuten). Elke waarde is de mediaan van ${HERHALINGEN} runs, met min–max; invoer uit vaste zaden. ${OPNIEUW_OVERZICHT} "Belasting" is het gemiddelde aantal wachtende processen over de laatste minuut (\`uptime\`) toen de regel gemeten werd: op 2 kernen betekent boven 2 dat de meting met ander werk deelde.`);
    log();

    log('## Toetsaanslag → diagnoses (LSP over stdio, aparte processen)');
    log();
    log(`${TOETSEN} toetsaanslagen midden in een tekst halverwege het bestand; tijd van \`didChange\` tot de \`publishDiagnostics\` die volgt. yaml-language-server valideert op dezelfde inhoud met een JSON Schema (verplichte velden, keuzelijsten, if/then voor maatregelen); het wacht zelf 200 ms voor het valideert (vaste \`validationDelayMs\`), daarom staat ook de tijd zonder die wachttijd erbij.`);
    log();
    log('| regels | vwo p50 | vwo p95 | YAML p95 | YAML p95 − 200 ms | vwo openen → diagnoses | YAML openen → diagnoses | belasting |');
    log('|---:|---:|---:|---:|---:|---:|---:|---:|');
    const vwoLsp = new Map<number, Lsp>();
    const yamlLsp = new Map<number, Lsp>();
    for (const grootte of GROOTTES) {
        const v = await lspReeks(VWO, grootte);
        const y = await lspReeks(YAML, grootte);
        vwoLsp.set(grootte, v);
        yamlLsp.set(grootte, y);
        log(`| ${grootte.toLocaleString('nl-NL')} | ${toon(v.p50)} | ${toon(v.p95)} | ${toon(y.p95)} | ${ms(y.p95.mediaan - 200)} ms | ${toon(v.openen)} | ${toon(y.openen)} | ${belasting()} |`);
    }
    log();
    const vijfduizend = vwoLsp.get(5000) ?? vwoLsp.get(2000)!;
    const yVijfduizend = yamlLsp.get(5000) ?? yamlLsp.get(2000)!;
    log(`Hover p95 op ${vwoLsp.has(5000) ? '5.000' : '2.000'} regels: vwo ${toon(vijfduizend.hover!)}, YAML ${toon(yVijfduizend.hover!)}. Completion p95: vwo ${toon(vijfduizend.completion!)}, YAML ${toon(yVijfduizend.completion!)}. Belasting ${belasting()}.`);
    log();
    if (vwoLsp.has(5000)) doel('toetsaanslag → diagnoses p95 ≤ 30 ms bij 5.000 regels', toon(vwoLsp.get(5000)!.p95), vwoLsp.get(5000)!.p95.mediaan <= 30);
    if (vwoLsp.has(20000)) doel('toetsaanslag → diagnoses p95 ≤ 60 ms bij 20.000 regels', toon(vwoLsp.get(20000)!.p95), vwoLsp.get(20000)!.p95.mediaan <= 60);
    if (vwoLsp.has(5000)) {
        doel('hover p95 ≤ 10 ms bij 5.000 regels', toon(vijfduizend.hover!), vijfduizend.hover!.mediaan <= 10);
        doel('completion p95 ≤ 10 ms bij 5.000 regels', toon(vijfduizend.completion!), vijfduizend.completion!.mediaan <= 10);
    }
    for (const grootte of GROOTTES) {
        const v = vwoLsp.get(grootte)!.p95.mediaan;
        const y = yamlLsp.get(grootte)!.p95.mediaan;
        doel(`≥ 2× sneller dan yaml-language-server, toetsaanslag p95, ${grootte.toLocaleString('nl-NL')} regels`,
            `${(y / v).toFixed(1)}× (zonder YAML-wachttijd ${((y - 200) / v).toFixed(1)}×)`, y / v >= 2);
    }

    log('## Toetsaanslag in één proces: waar de tijd en het geheugen heen gaan');
    log();
    log(`${TOETSEN} toetsaanslagen als hierboven, door Langiums DocumentBuilder zonder LSP, elk in een eigen proces (\`node --expose-gc --max-semi-space-size=256 out/tsc/bench/toetsaanslag.js <regels> <toetsen>\`). GC: de tijd van de garbage collector binnen een toetsaanslag, gemiddeld. Allocatie: de groei van de heap tijdens een toetsaanslag na een volledige GC ervoor (mediaan). Parsen: van de wijziging tot het parseresultaat. Vloer: alleen de tekst van het gewijzigde blok tokeniseren.`);
    log();
    log('| regels | p50 | p95 | GC per toetsaanslag | allocatie per toetsaanslag | parsen | blok tokeniseren | keten ÷ vloer | per blok geparst | belasting |');
    log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const grootte of snel ? [2000] : [5000, 20000]) {
        const runs: ToetsInProces[] = Array.from({ length: HERHALINGEN }, () => meetToetsInProces(grootte, TOETSEN));
        const r = (f: (m: ToetsInProces) => number) => reeks(runs.map(f));
        const keten = r(m => m.p50);
        const vloer = r(m => m.blokTokensMs);
        log(`| ${grootte.toLocaleString('nl-NL')} | ${toon(keten)} | ${toon(r(m => m.p95))} | ${toon(r(m => m.gcMs))} | ${toon(r(m => m.allocatieMb), 'MB')} | ${toon(r(m => m.parseMs))} | ${toon(vloer)} | ${(keten.mediaan / vloer.mediaan).toFixed(0)}× | ${runs[0].perBlok} van ${runs[0].toetsen} | ${belasting()} |`);
        if (grootte === 5000) doel('hele keten voor een wijziging in één blok binnen 5× van alleen dat blok tokeniseren (5.000 regels)', `${(keten.mediaan / vloer.mediaan).toFixed(0)}×`, keten.mediaan / vloer.mediaan <= 5);
    }
    log();

    log('## Werkruimte: `vwo check` op mappen met typische overeenkomsten (~150 regels)');
    log();
    log('| overeenkomsten | wandkloktijd | piekgeheugen (RSS) | belasting |');
    log('|---:|---:|---:|---:|');
    for (const aantal of WERKRUIMTES) {
        const map = path.join(tmp, `werkruimte-${aantal}`);
        maakWerkruimte(map, aantal);
        const metingen = Array.from({ length: HERHALINGEN }, () => meetCheck(map));
        const wand = reeks(metingen.map(m => m.wandklok));
        const rss = reeks(metingen.map(m => m.piekRssMb));
        log(`| ${aantal.toLocaleString('nl-NL')} | ${toon(wand)} | ${toon(rss, 'MB')} | ${belasting()} |`);
        if (aantal === 1000) {
            doel('1.000 overeenkomsten ≤ 3 s', toon(wand), wand.mediaan <= 3000);
            doel('1.000 overeenkomsten ≤ 400 MB RSS', toon(rss, 'MB'), rss.mediaan <= 400);
        }
        if (aantal === 10000) {
            doel('10.000 overeenkomsten ≤ 10 s', toon(wand), wand.mediaan <= 10000);
            doel('10.000 overeenkomsten ≤ 1 GB RSS', toon(rss, 'MB'), rss.mediaan <= 1024);
        }
        rmSync(map, { recursive: true, force: true });
    }
    log();

    const overzicht = meetOverzichten(tmp, OVERZICHTEN, HERHALINGEN);
    overzicht.regels.forEach(r => log(r));
    doelen.push(...overzicht.doelen);

    log('## Render');
    log();
    log('In één proces, na parsen en valideren: documentmodel plus schrijver. Een typische overeenkomst is het eerste referentievoorbeeld (`examples/zaaksysteem-zwolle.vwo`).');
    log();
    log('| overeenkomst | Markdown | HTML | DOCX | belasting |');
    log('|---|---:|---:|---:|---:|');
    const typisch = await renderTijden(typischeTekst(), HERHALINGEN) as Required<RenderTijden>;
    const groot = await renderTijden(groteTekst(snel), HERHALINGEN) as Required<RenderTijden>;
    log(`| typisch (${typisch.regels} regels) | ${toon(typisch.md)} | ${toon(typisch.html)} | ${toon(typisch.docx)} | ${belasting()} |`);
    log(`| groot (${groot.regels.toLocaleString('nl-NL')} regels) | ${toon(groot.md)} | ${toon(groot.html)} | ${toon(groot.docx)} | ${belasting()} |`);
    log();
    doel('render typisch ≤ 20 ms (Markdown)', toon(typisch.md), typisch.md.mediaan <= 20);
    doel('render typisch ≤ 150 ms (DOCX)', toon(typisch.docx), typisch.docx.mediaan <= 150);
    doel(`render groot (${groot.regels.toLocaleString('nl-NL')} regels) ≤ 150 ms (DOCX)`, toon(groot.docx), groot.docx.mediaan <= 150);

    log('## De vloer: alleen tokeniseren tegenover de hele keten');
    log();
    const grootteVloer = snel ? 2000 : 5000;
    const { tokens, volledig } = await vloer(grootteVloer);
    log(`${grootteVloer.toLocaleString('nl-NL')} regels in één proces: tokeniseren met de lexer van vwo ${toon(tokens)}; parsen, linken en valideren ${toon(volledig)} — ${(volledig.mediaan / tokens.mediaan).toFixed(1)}× de vloer. Belasting ${belasting()}.`);
    log();
    doel('hele keten binnen 10× van alleen tokeniseren', `${(volledig.mediaan / tokens.mediaan).toFixed(1)}×`, volledig.mediaan / tokens.mediaan <= 10);

    log('## Grote en foute invoer');
    log();
    const syntax = await meetSyntaxfouten(4000, HERHALINGEN, tmp);
    log(`4.000 verwerkingen met elk een syntaxfout, in één proces (lexen, parsen, linken, valideren; 100 syntaxfouten getoond, 1.000 meldingen): ${toon(syntax)}. Belasting ${belasting()}.`);
    log();
    doel('4.000 syntaxfouten ≤ 2 s', toon(syntax), syntax.mediaan <= 2000);
    log('Terwijl de server een groot bestand met 500 syntaxfouten controleert, gaat elke 50 ms een hover naar een ander, klein bestand (LSP over stdio); de langste wachttijd telt. Het parsen (Chevrotain) is één synchroon stuk werk: zolang dat loopt, wacht elk verzoek.');
    log();
    log('| bestand | langste wachttijd hover | openen → diagnoses | belasting |');
    log('|---|---:|---:|---:|');
    for (const [regels, naam] of [[20_000, '0,7 MB (20.000 regels)'], [280_000, '10 MB (280.000 regels)']] as const) {
        const tekst = grootMetFouten(regels, 500);
        const metingen = [];
        for (let i = 0; i < HERHALINGEN; i++) metingen.push(await meetWachttijd(tekst));
        const wacht = reeks(metingen.map(m => m.langste));
        log(`| ${naam} | ${toon(wacht)} | ${toon(reeks(metingen.map(m => m.diagnoses)))} | ${belasting()} |`);
        doel(`elk verzoek beantwoord ≤ 1 s terwijl een bestand van ${naam} wordt gecontroleerd`, toon(wacht), wacht.mediaan <= 1000);
    }
    log();

    log('## Doelen');
    log();
    log('| doel | gemeten | gehaald |');
    log('|---|---|---|');
    for (const d of doelen) log(`| ${d.doel} | ${d.gemeten} | ${d.gehaald ? 'ja' : '**nee**'} |`);
    log();
    log(`Totale duur van deze meting: ${((performance.now() - start) / 1000).toFixed(0)} s.`);

    if (!snel) {
        // the browser figures come from `npm run bench:web`; a full run keeps them
        const web = webUit(readFileSync(BENCHMARKS, 'utf8'));
        const nieuw = regels.join('\n') + '\n' + toelichting();
        writeFileSync(BENCHMARKS, web.regels.length > 0 ? vervangWeb(nieuw, web.regels, web.doelRijen) : nieuw);
    }
    rmSync(tmp, { recursive: true, force: true });
}

main().catch(fout => {
    console.error(fout);
    rmSync(tmp, { recursive: true, force: true });
    process.exitCode = 1;
});
