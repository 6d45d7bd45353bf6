import { AstUtils, CstUtils, GrammarUtils, type AstNode, type CstNode, type LangiumDocument, type MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeActionParams } from 'vscode-languageserver-protocol';
import {
    CodeAction, CodeActionKind, TextDocumentEdit, type Command, type Diagnostic, type Position, type Range,
    type SnippetTextEdit, type TextEdit, type WorkspaceEdit
} from 'vscode-languageserver-types';
import {
    isContactpersoon, isDoorgifte, isOvereenkomst, isSubverwerker, isVerwerker, isVerwerking, isVerwerkingsverantwoordelijke, isAfwijking,
    type Overeenkomst, type Rol, type Verwerking
} from '../generated/ast.js';
import { zoekBestemming } from '../referentie/landen.js';
import { huidigeStandaard } from '../referentie/standaard/index.js';
import { Code } from '../validation/codes.js';
import type { VwoServices } from '../vwo-module.js';

/**
 * Quick fixes for every diagnostic whose fix is mechanical. Each fix finds its diagnostic by
 * `code`, never by message text, and the node involved by the diagnostic's range. Inserted
 * blocks are indented like the file and, when the client supports snippet edits (LSP 3.18
 * `workspace.workspaceEdit.snippetEditSupport`), their fields are placeholders the user tabs
 * through; otherwise they are empty strings.
 */
export class VwoCodeActionProvider implements CodeActionProvider {
    /** whether the client accepts `SnippetTextEdit`s; set from the initialize request */
    snippets = false;

    constructor(services?: VwoServices) {
        services?.shared.lsp.LanguageServer.onInitialize(params => {
            this.snippets = params.capabilities.workspace?.workspaceEdit?.snippetEditSupport === true;
        });
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction> | undefined> {
        const acties: CodeAction[] = [];
        for (const diagnose of params.context.diagnostics) {
            const maker = this.fixes[diagnose.code as Code];
            if (!maker) continue;
            try {
                acties.push(...maker(new Context(document, diagnose, this.snippets)));
            } catch {
                // A quick fix never breaks the editor; a stale diagnostic simply gets none.
            }
        }
        return acties;
    }

    private readonly fixes: Partial<Record<Code, (c: Context) => CodeAction[]>> = {
        [Code.subverwerkerNietVermeld]: c => [...vervangDoorSuggesties(c), ...voegSubverwerkerToe(c), ...verwijderUitVerwerking(c)],
        [Code.onbekendeCategorie]: c => [...vervangDoorSuggesties(c), ...declareer(c, 'categorie')],
        [Code.onbekendeBetrokkene]: c => [...vervangDoorSuggesties(c), ...declareer(c, 'betrokkene')],
        [Code.onbekendLand]: vervangDoorSuggesties,
        [Code.onbekendInstrument]: vervangDoorSuggesties,
        [Code.onbekendArtikel]: c => vervangDoorSuggesties(c, a => JSON.stringify(a)),
        [Code.onbekendeStandaard]: c => {
            const versie = huidigeStandaard().bron.versie;
            return [c.actie(`Gebruik standaard "${versie}"`, [c.vervang(c.diagnose.range, JSON.stringify(versie))], true)];
        },
        [Code.ongeldigeDatum]: c => {
            const verbeterd = (c.diagnose.data as { verbeterd?: string } | undefined)?.verbeterd;
            return verbeterd ? [c.actie(`Schrijf ${verbeterd}`, [c.vervang(c.diagnose.range, verbeterd)], true)] : [];
        },
        [Code.doorgifteViaSubverwerker]: voegDoorgifteToe,
        [Code.doorgifteZonderInstrument]: voegInstrumentToe,
        [Code.aanvullendeMaatregelenOntbreken]: voegMaatregelenToe,
        [Code.geenAdequaatheidsbesluit]: c => [c.actie('Gebruik SCC met aanvullende maatregelen',
            [c.vervang(c.diagnose.range, 'SCC', ' maatregelen "${1:aanvullende maatregelen}"', ' maatregelen ""')], true)],
        [Code.doorgifteBinnenEer]: c => {
            const doorgifte = c.node(isDoorgifte);
            return doorgifte?.$cstNode ? [c.actie(`Verwijder de doorgifte naar ${doorgifte.land}`, [c.verwijderRegels(doorgifte.$cstNode)], true)] : [];
        },
        [Code.ontbrekendBestuursorgaan]: c => {
            const vv = c.node(isVerwerkingsverantwoordelijke);
            if (!vv?.$cstNode) return [];
            return (['college', 'burgemeester', 'raad'] as const).map(orgaan =>
                c.actie(`Voeg 'bestuursorgaan ${orgaan}' toe`, [c.alsEersteRegel(vv.$cstNode!, `bestuursorgaan ${orgaan}`)]));
        },
        [Code.ontbrekendeContactpersoon]: voegContactpersoonToe,
        [Code.nietBereikbaarBuitenKantooruren]: c => {
            const contact = c.node(isContactpersoon);
            return contact?.$cstNode ? [c.actie(`Voeg 'buitenKantooruren' toe`,
                [c.alsLaatsteRegel(contact.$cstNode, 'buitenKantooruren "${1:telefoonnummer buiten kantooruren}"', 'buitenKantooruren ""')], true)] : [];
        },
        [Code.subverwerkerOngebruikt]: gebruikSubverwerker,
        [Code.dubbelVeld]: c => {
            const data = c.diagnose.data as { veld?: string; bereik?: Range } | undefined;
            if (!data?.veld || !data.bereik) return [];
            return [c.actie(`Verwijder dit '${data.veld}' (het telt niet mee)`, [c.verwijderBereik(data.bereik)], true)];
        },
        [Code.ontbrekendeDiensten]: c => {
            if (c.wortel.diensten !== undefined || !c.wortel.$cstNode) return [];
            return [c.actie(`Voeg 'diensten' toe`, [c.alsEersteRegel(c.wortel.$cstNode, 'diensten ""', 'diensten "${1:specificatie dienst(en)}"', c.wortel.hoofdovereenkomst?.$cstNode ?? c.eigenschap(c.wortel, 'standaard'))], true)];
        },
        [Code.ontbrekendeDoeleinden]: c => {
            const verwerking = c.node(isVerwerking);
            if (!verwerking?.$cstNode || verwerking.doeleinden !== undefined) return [];
            return [c.actie(`Voeg 'doeleinden' toe`, [c.alsEersteRegel(verwerking.$cstNode, 'doeleinden ""', 'doeleinden "${1:verwerkingsdoeleinden}"', c.eigenschap(verwerking, 'naam'))], true)];
        },
        [Code.ontbrekendePartij]: c => {
            const veld = (c.diagnose.data as { veld?: string } | undefined)?.veld;
            const partij = veld === 'gemeente' ? c.node(isVerwerkingsverantwoordelijke) : veld === 'naam' ? c.node(isVerwerker) : undefined;
            if (!partij?.$cstNode || !veld) return [];
            return [c.actie(`Voeg '${veld}' toe`, [c.alsEersteRegel(partij.$cstNode, `${veld} ""`, `${veld} "\${1:${veld === 'naam' ? 'naam van de verwerker' : 'naam van de gemeente'}}"`)], true)];
        },
        [Code.afwijkingZonderMotivering]: c => {
            const afwijking = c.node(isAfwijking);
            return afwijking?.$cstNode ? [c.actie(`Voeg 'motivering' toe`,
                [c.alsLaatsteRegel(afwijking.$cstNode, 'motivering "${1:waarom de gemeente afwijkt}"', 'motivering ""')], true)] : [];
        }
    };
}

/** One text change: plain text, or a snippet for clients that support snippet edits. */
interface Wijziging {
    range: Range;
    tekst: string;
    snippet?: string;
}

/** What one quick fix needs: the document, its text and the diagnostic. */
class Context {
    readonly tekst: string;
    readonly wortel: Overeenkomst;

    constructor(readonly document: LangiumDocument, readonly diagnose: Diagnostic, readonly snippets: boolean) {
        this.tekst = document.textDocument.getText();
        this.wortel = document.parseResult.value as Overeenkomst;
    }

    /** The innermost node of a type at the start of the diagnostic. */
    node<T extends AstNode>(is: (n: unknown) => n is T): T | undefined {
        const cst = this.wortel.$cstNode;
        if (!cst) return undefined;
        const offset = this.document.textDocument.offsetAt(this.diagnose.range.start);
        const blad = CstUtils.findLeafNodeAtOffset(cst, offset);
        let node: AstNode | undefined = blad?.astNode;
        while (node && !is(node)) node = node.$container;
        return node;
    }

    actie(titel: string, wijzigingen: Wijziging[], voorkeur = false): CodeAction {
        const uri = this.document.uri.toString();
        let edit: WorkspaceEdit;
        if (this.snippets && wijzigingen.some(w => w.snippet !== undefined)) {
            const edits: Array<TextEdit | SnippetTextEdit> = wijzigingen.map(w => w.snippet !== undefined
                ? { range: w.range, snippet: { kind: 'snippet', value: w.snippet } }
                : { range: w.range, newText: w.tekst });
            edit = { documentChanges: [TextDocumentEdit.create({ uri, version: this.document.textDocument.version }, edits)] };
        } else {
            edit = { changes: { [uri]: wijzigingen.map(w => ({ range: w.range, newText: w.tekst })) } };
        }
        const actie = CodeAction.create(titel, edit, CodeActionKind.QuickFix);
        actie.diagnostics = [this.diagnose];
        if (voorkeur) actie.isPreferred = true;
        return actie;
    }

    /** Replaces a range; `snippetStaart`/`tekstStaart` are appended in snippet or plain form. */
    vervang(range: Range, tekst: string, snippetStaart?: string, tekstStaart?: string): Wijziging {
        return snippetStaart === undefined
            ? { range, tekst }
            : { range, tekst: tekst + (tekstStaart ?? ''), snippet: escapeSnippet(tekst) + snippetStaart };
    }

    /**
     * Inserts at a position. New lines added at the end of a line are inserted at the start of the
     * next line instead (the same text results): a client that indents a snippet's lines by the
     * whitespace before the insertion point, as VS Code does, then has nothing to add.
     */
    invoegen(positie: Position, tekst: string, snippet?: string): Wijziging {
        const nl = this.nl;
        const volgende = positie.line + 1;
        const eindeVanRegel = this.regel(positie.line).slice(positie.character).trim() === '' && volgende < this.aantalRegels;
        if (eindeVanRegel && tekst.startsWith(nl) && (snippet === undefined || snippet.startsWith(nl))) {
            const begin = { line: volgende, character: 0 };
            const verplaats = (s: string) => s.slice(nl.length) + nl;
            return { range: { start: begin, end: begin }, tekst: verplaats(tekst), snippet: snippet === undefined ? undefined : verplaats(snippet) };
        }
        return { range: { start: positie, end: positie }, tekst, snippet };
    }

    private get aantalRegels(): number {
        this.regels ??= this.tekst.split(/\r?\n/);
        return this.regels.length;
    }

    private regels?: string[];

    regel(n: number): string {
        this.regels ??= this.tekst.split(/\r?\n/);
        return this.regels[n] ?? '';
    }

    inspringing(regel: number): string {
        return /^\s*/.exec(this.regel(regel))![0];
    }

    /** The indentation unit of the file: that of the first indented line, else four spaces. */
    get eenheid(): string {
        return /^([ \t]+)\S/m.exec(this.tekst)?.[1] ?? '    ';
    }

    get nl(): string {
        return this.tekst.includes('\r\n') ? '\r\n' : '\n';
    }

    /** A new line just before the closing `}` of a block, indented as a field of it. */
    alsLaatsteRegel(blok: CstNode, snippet: string, tekst: string): Wijziging {
        const sluit = blok.range.end;
        const voorSluit = this.document.textDocument.positionAt(this.document.textDocument.offsetAt(sluit) - 1);
        const inspring = this.veldInspringing(blok);
        const voorgaand = laatsteTokenVoor(blok, this.document.textDocument.offsetAt(voorSluit));
        const na = voorgaand ? voorgaand.range.end : blok.range.start;
        return this.invoegen(na, `${this.nl}${inspring}${tekst}`, `${this.nl}${inspring}${snippet}`);
    }

    /** A new line just after the opening `{` of a block, or after the line of `na` when given. */
    alsEersteRegel(blok: CstNode, tekst: string, snippet?: string, na?: CstNode): Wijziging {
        const open = CstUtils.streamCst(blok).find(n => n.text === '{' && !n.hidden);
        const positie = na ? na.range.end : open ? open.range.end : blok.range.end;
        const inspring = this.veldInspringing(blok);
        return this.invoegen(positie, `${this.nl}${inspring}${tekst}`, snippet === undefined ? undefined : `${this.nl}${inspring}${snippet}`);
    }

    /** The CST node of a property of a node, when it is written. */
    eigenschap(node: AstNode, property: string): CstNode | undefined {
        return node.$cstNode ? GrammarUtils.findNodeForProperty(node.$cstNode, property) : undefined;
    }

    /** The indentation of the fields of a block: one unit deeper than the block's own line. */
    veldInspringing(blok: CstNode): string {
        return this.inspringing(blok.range.start.line) + this.eenheid;
    }

    /** Removes the lines a node spans (with their line break), or only the node when it shares a line. */
    verwijderRegels(cst: CstNode): Wijziging {
        return this.verwijderBereik(cst.range);
    }

    /** Removes a range: whole lines when nothing else is on them, else only the range. */
    verwijderBereik(bereik: Range): Wijziging {
        const { start, end } = bereik;
        const eigenRegels = this.regel(start.line).slice(0, start.character).trim() === ''
            && this.regel(end.line).slice(end.character).trim() === '';
        if (eigenRegels) {
            // Between two blank lines, one of them goes too, so no double blank line is left.
            const leegErvoor = start.line > 0 && this.regel(start.line - 1).trim() === '';
            const leegErna = this.regel(end.line + 1).trim() === '';
            const vanaf = leegErvoor && leegErna ? start.line - 1 : start.line;
            return { range: { start: { line: vanaf, character: 0 }, end: { line: end.line + 1, character: 0 } }, tekst: '' };
        }
        return { range: bereik, tekst: '' };
    }

    /** A new top-level block after `na` (or before the agreement's closing `}`), separated by a blank line. */
    nieuwBlok(na: AstNode | undefined, snippet: string, tekst: string): Wijziging {
        const inspring = this.inspringing(na?.$cstNode?.range.start.line ?? this.wortel.$cstNode!.range.start.line) || this.eenheid;
        const regels = (s: string) => s.split('\n').map(r => r ? inspring + r : r).join(this.nl);
        if (na?.$cstNode) {
            return this.invoegen(na.$cstNode.range.end, this.nl + this.nl + regels(tekst), this.nl + this.nl + regels(snippet));
        }
        const wortel = this.wortel.$cstNode!;
        const voorgaand = laatsteTokenVoor(wortel, this.document.textDocument.offsetAt(wortel.range.end) - 1);
        const positie = voorgaand ? voorgaand.range.end : wortel.range.end;
        return this.invoegen(positie, this.nl + this.nl + regels(tekst), this.nl + this.nl + regels(snippet));
    }
}

/** The last non-hidden leaf that ends at or before an offset, inside a node. */
function laatsteTokenVoor(node: CstNode, offset: number): CstNode | undefined {
    let laatste: CstNode | undefined;
    for (const blad of CstUtils.flattenCst(node)) {
        if (!blad.hidden && blad.end <= offset) laatste = blad;
    }
    return laatste;
}

function escapeSnippet(tekst: string): string {
    return tekst.replace(/[$}\\]/g, '\\$&');
}

function suggestiesVan(diagnose: Diagnostic): string[] {
    const data = diagnose.data as { suggesties?: unknown } | undefined;
    return Array.isArray(data?.suggesties) ? data.suggesties.filter((s): s is string => typeof s === 'string') : [];
}

function vervangDoorSuggesties(c: Context, schrijf: (s: string) => string = s => s): CodeAction[] {
    return suggestiesVan(c.diagnose).map((s, i) => c.actie(`Vervang door ${schrijf(s)}`, [c.vervang(c.diagnose.range, schrijf(s))], i === 0));
}

/** The reference in a processing's list that the diagnostic is on, with its index. */
function verwijzingInVerwerking(c: Context): { verwerking: Verwerking; index: number; lijst: 'subverwerkers' | 'persoonsgegevens' | 'betrokkenen' } | undefined {
    const verwerking = c.node(isVerwerking);
    if (!verwerking) return undefined;
    for (const lijst of ['subverwerkers', 'persoonsgegevens', 'betrokkenen'] as const) {
        const index = verwerking[lijst].findIndex(r => r.$refNode && zelfdeBereik(r.$refNode.range, c.diagnose.range));
        if (index >= 0) return { verwerking, index, lijst };
    }
    return undefined;
}

function zelfdeBereik(a: Range, b: Range): boolean {
    return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

function refTekst(c: Context): string {
    return c.document.textDocument.getText(c.diagnose.range);
}

/** `subverwerker-niet-vermeld`: a stub in tabel 3, after the last sub-processor. */
function voegSubverwerkerToe(c: Context): CodeAction[] {
    const naam = refTekst(c);
    const o = c.wortel;
    const na = o.subverwerkers.at(-1) ?? o.contactpersonen.at(-1) ?? o.verwerkingen.at(-1);
    const e = c.eenheid;
    const snippet = `subverwerker ${naam} {\n${e}naam "\${1:naam}"\n${e}contact "\${2:plaats, e-mailadres}"\n${e}kvk "\${3:KvK-nummer}"\n` +
        `${e}uitbesteed "\${4:uitbestede verwerking}"\n${e}toepassing "\${5:toepassing}"\n${e}land \${6:XX}\n}`;
    const tekst = `subverwerker ${naam} {\n${e}naam ""\n${e}contact ""\n${e}kvk ""\n${e}uitbesteed ""\n${e}toepassing ""\n}`;
    return [c.actie(`Voeg subverwerker '${naam}' toe aan tabel 3`, [c.nieuwBlok(na, snippet, tekst)], true)];
}

/** Removes a reference from a processing's list, with its comma; the whole line when it is the only one. */
function verwijderUitVerwerking(c: Context): CodeAction[] {
    const gevonden = verwijzingInVerwerking(c);
    if (!gevonden) return [];
    const { verwerking, index, lijst } = gevonden;
    const refs = verwerking[lijst];
    const naam = refs[index].$refText;
    let wijziging;
    if (refs.length === 1) {
        const regel = c.diagnose.range.start.line;
        wijziging = { range: { start: { line: regel, character: 0 }, end: { line: regel + 1, character: 0 } }, tekst: '' };
    } else {
        const bereik = index > 0
            ? { start: refs[index - 1].$refNode!.range.end, end: refs[index].$refNode!.range.end }
            : { start: refs[0].$refNode!.range.start, end: refs[1].$refNode!.range.start };
        wijziging = { range: bereik, tekst: '' };
    }
    return [c.actie(`Verwijder '${naam}' uit verwerking '${verwerking.name}'`, [wijziging])];
}

/** `categorie X "…"` / `betrokkene X "…"` after the file's own declarations, else before the first processing. */
function declareer(c: Context, soort: 'categorie' | 'betrokkene'): CodeAction[] {
    const naam = refTekst(c);
    const o = c.wortel;
    const eigen = [...o.categorieen, ...o.betrokkenen].sort((a, b) => a.$cstNode!.offset - b.$cstNode!.offset).at(-1);
    const snippet = `${soort} ${naam} "\${1:omschrijving}"${soort === 'categorie' ? '${2: bijzonder}' : ''}`;
    const tekst = `${soort} ${naam} ""`;
    let wijziging: Wijziging;
    if (eigen?.$cstNode) {
        const inspring = c.inspringing(eigen.$cstNode.range.start.line);
        wijziging = c.invoegen(eigen.$cstNode.range.end, c.nl + inspring + tekst, c.nl + inspring + snippet);
    } else {
        const eerste = o.verwerkingen[0]?.$cstNode;
        if (!eerste) return [];
        const inspring = c.inspringing(eerste.range.start.line);
        const positie = { line: eerste.range.start.line, character: 0 };
        wijziging = c.invoegen(positie, inspring + tekst + c.nl + c.nl, inspring + snippet + c.nl + c.nl);
    }
    return [c.actie(`Declareer '${soort} ${naam}'`, [wijziging])];
}

/** The instrument to propose for a country: its adequacy decision when that covers everyone, else SCC. */
function instrumentVoor(land: string): { snippet: string; tekst: string; titel: string }[] {
    const besluit = zoekBestemming(land)?.adequaatheidsbesluit;
    const scc = { snippet: 'instrument SCC maatregelen "${1:aanvullende maatregelen}"', tekst: 'instrument SCC maatregelen ""', titel: 'SCC' };
    const adequaat = { snippet: 'instrument Adequaatheidsbesluit', tekst: 'instrument Adequaatheidsbesluit', titel: 'Adequaatheidsbesluit' };
    if (!besluit) return [scc];
    return besluit.reikwijdte ? [scc, adequaat] : [adequaat, scc];
}

/** `doorgifte-via-subverwerker`: `doorgifte LAND instrument …` as the last line of the processing. */
function voegDoorgifteToe(c: Context): CodeAction[] {
    const verwerking = c.node(isVerwerking);
    const land = (c.diagnose.data as { land?: string } | undefined)?.land;
    if (!verwerking?.$cstNode || !land) return [];
    return instrumentVoor(land).map((i, n) => c.actie(`Vermeld 'doorgifte ${land} ${i.tekst.replace(' maatregelen ""', ' maatregelen …')}'`,
        [c.alsLaatsteRegel(verwerking.$cstNode!, `doorgifte ${land} ${i.snippet}`, `doorgifte ${land} ${i.tekst}`)], n === 0));
}

/** `doorgifte-zonder-instrument`: the instrument right after the country. */
function voegInstrumentToe(c: Context): CodeAction[] {
    const doorgifte = c.node(isDoorgifte);
    if (!doorgifte?.land) return [];
    // With measures already written, only the instrument goes between the country and them.
    const zonderMaatregelen = (s: string) => doorgifte.maatregelen !== undefined ? s.replace(/ maatregelen .*$/, '') : s;
    return instrumentVoor(doorgifte.land).map((i, n) => c.actie(`Voeg 'instrument ${i.titel}' toe`,
        [c.invoegen(c.diagnose.range.end, ` ${zonderMaatregelen(i.tekst)}`, ` ${zonderMaatregelen(i.snippet)}`)], n === 0));
}

/** `aanvullende-maatregelen-ontbreken`: `maatregelen ""` right after the instrument. */
function voegMaatregelenToe(c: Context): CodeAction[] {
    const doorgifte = c.node(isDoorgifte);
    if (!doorgifte || doorgifte.maatregelen !== undefined) return [];
    return [c.actie(`Voeg 'maatregelen' toe`, [c.invoegen(c.diagnose.range.end, ' maatregelen ""', ' maatregelen "${1:aanvullende maatregelen}"')], true)];
}

/** `ontbrekende-contactpersoon`: a stub block in tabel 2. */
function voegContactpersoonToe(c: Context): CodeAction[] {
    const rol = (c.diagnose.data as { rol?: Rol } | undefined)?.rol;
    if (rol !== 'verwerker' && rol !== 'verwerkingsverantwoordelijke') return [];
    const o = c.wortel;
    const vvContact = o.contactpersonen.filter(k => k.rol === 'verwerkingsverantwoordelijke').at(-1);
    const na = (rol === 'verwerkingsverantwoordelijke' ? undefined : o.contactpersonen.at(-1))
        ?? (rol === 'verwerkingsverantwoordelijke' && vvContact) ?? o.verwerkingen.at(-1) ?? o.verwerker ?? o.verwerkingsverantwoordelijke;
    const voor = rol === 'verwerkingsverantwoordelijke' ? o.contactpersonen[0] : undefined;
    const e = c.eenheid;
    const snippet = `contactpersoon ${rol} {\n${e}naam "\${1:naam}"\n${e}email "\${2:e-mailadres}"\n${e}telefoon "\${3:telefoon}"\n${e}buitenKantooruren "\${4:telefoon buiten kantooruren}"\n}`;
    const tekst = `contactpersoon ${rol} {\n${e}naam ""\n${e}email ""\n${e}telefoon ""\n${e}buitenKantooruren ""\n}`;
    let wijziging: Wijziging;
    if (voor?.$cstNode) {
        // The controller's contact comes first in tabel 2.
        const inspring = c.inspringing(voor.$cstNode.range.start.line);
        const regels = (s: string) => s.split('\n').map(r => r ? inspring + r : r).join(c.nl);
        const positie = { line: voor.$cstNode.range.start.line, character: 0 };
        wijziging = c.invoegen(positie, regels(tekst) + c.nl, regels(snippet) + c.nl);
    } else {
        wijziging = c.nieuwBlok(na || undefined, snippet, tekst);
    }
    return [c.actie(`Voeg 'contactpersoon ${rol}' toe aan tabel 2`, [wijziging], true)];
}

/** `subverwerker-ongebruikt`: name it in a processing, or remove it from tabel 3. */
function gebruikSubverwerker(c: Context): CodeAction[] {
    const subverwerker = c.node(isSubverwerker);
    const o = subverwerker && AstUtils.getContainerOfType(subverwerker, isOvereenkomst);
    if (!subverwerker?.$cstNode || !o) return [];
    const acties = o.verwerkingen.filter(v => v.$cstNode).map(verwerking => {
        const laatste = verwerking.subverwerkers.at(-1)?.$refNode;
        const wijziging = laatste
            ? c.invoegen(laatste.range.end, `, ${subverwerker.name}`)
            : c.alsLaatsteRegel(verwerking.$cstNode!, `subverwerkers ${subverwerker.name}`, `subverwerkers ${subverwerker.name}`);
        return c.actie(`Noem '${subverwerker.name}' bij de subverwerkers van verwerking '${verwerking.name}'`, [wijziging]);
    });
    acties.push(c.actie(`Verwijder subverwerker '${subverwerker.name}' uit tabel 3`, [c.verwijderRegels(subverwerker.$cstNode)]));
    return acties;
}
