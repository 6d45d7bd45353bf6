import {
    AstUtils, Cancellation, DefaultDocumentValidator, DocumentValidator, interruptAndCheck, isOperationCancelled,
    type AstNode, type AstNodeLocator, type MaybePromise, type TextDocumentProvider, type IndexManager, type AstReflection, type DiagnosticInfo, type LangiumDocument, type ValidationSeverity, type ParseResult, type ValidationAcceptor, type ValidationCheck, type ValidationOptions
} from 'langium';
import type { IRecognitionException, IToken } from 'chevrotain';
import { Diagnostic, DiagnosticSeverity, type Range } from 'vscode-languageserver-types';
import { Code, isCode } from '../validation/codes.js';
import type { Handleiding } from '../documentatie/handleiding.js';
import type { VwoServices } from '../vwo-module.js';
import { BLOK, ONAFGESLOTEN_TEKST, VERWACHT_SLUITTEKEN } from './syntaxfouten.js';
import { OpenBlokken, geldigToken } from './open-blokken.js';
import { HOOGSTENS_MELDINGEN, HOOGSTENS_SYNTAXFOUTEN, begrensd, nogSyntaxfouten, onvolledig } from './begrenzing.js';
import { isCatalogusDocument } from '../scoping/catalogus-document.js';
import type { VwoValueConverter } from './vwo-value-converter.js';
import { VRIJE_TEKST, type VwoValidationRegistry } from './vwo-validation-registry.js';
import { KNOPEN_PER_ONDERBREKING } from './onderbreken.js';
import { alleKnopen, kinderenVan } from './knopen.js';
import { ControleGeheugen, verschoven, type Ronde, type Stap, type Structuur } from '../incrementeel/controlegeheugen.js';
import { VwoDocumentFactory } from '../incrementeel/vwo-document-factory.js';
import type { Tekstwijziging } from '../incrementeel/tekstwijziging.js';
import type { Peildatum } from '../peildatum.js';
import { bedoeldeU, suggesties } from '../referentie/suggesties.js';
import { onopgelosteVerwijzing } from '../validation/verwijzingen.js';
import { isOvereenkomst, Profiel } from '../generated/ast.js';
import { onleesbaar } from '../werkruimte/bestandsfouten.js';

/** the findings of a check that found nothing, kept without an array each */
const GEEN: readonly Diagnostic[] = Object.freeze([]);

/** What a check found from `voor` on (a copy), when it is `bewaren`d. */
function gevonden(bewaren: boolean, bevindingen: readonly Diagnostic[], voor: number): readonly Diagnostic[] | undefined {
    if (!bewaren) return undefined;
    return bevindingen.length > voor ? bevindingen.slice(voor).map(b => verschoven(b, 0)) : GEEN;
}

/** `nieuw` with what check `k` found, made from `vorige` only once it differs from it. */
function metUitkomst(nieuw: Array<readonly Diagnostic[] | undefined> | undefined, vorige: Structuur | undefined, k: number, uit: readonly Diagnostic[] | undefined): Array<readonly Diagnostic[] | undefined> | undefined {
    if (!nieuw && uit === vorige?.[k]) return undefined;
    nieuw ??= vorige ? vorige.slice(0, k) : [];
    nieuw[k] = uit;
    return nieuw;
}

/**
 * Turns lexer, parser and linker errors into Dutch diagnostics with stable codes, and adds the
 * name and line of the block a parse error sits in.
 */
export class VwoDocumentValidator extends DefaultDocumentValidator {
    private readonly reflection: AstReflection;
    private readonly waarden: VwoValueConverter;
    private readonly handleiding: Handleiding;
    private readonly locator: AstNodeLocator;
    private readonly indexManager: IndexManager;
    private readonly peildatum: Peildatum;
    /** none when every document is validated once (`eenmalig` in VwoOpties, the CLI) */
    private readonly geheugen: ControleGeheugen | undefined;
    private readonly fabriek: VwoDocumentFactory | undefined;
    private readonly textDocuments: TextDocumentProvider | undefined;
    /** how many top-level blocks the last validation took from the one before instead of walking them */
    laatsteHergebruik = 0;
    /** how many `alleenStructuur` checks (of one node each) the last validation took from the one before instead of running */
    laatsteOvergenomen = 0;

    constructor(services: VwoServices, metGeheugen = true) {
        super(services);
        this.geheugen = metGeheugen ? new ControleGeheugen() : undefined;
        this.locator = services.workspace.AstNodeLocator;
        this.indexManager = services.shared.workspace.IndexManager;
        this.reflection = services.shared.AstReflection;
        this.waarden = services.parser.ValueConverter as VwoValueConverter;
        this.handleiding = services.documentatie.Handleiding;
        this.peildatum = services.tijd.Peildatum;
        const fabriek = services.shared.workspace.LangiumDocumentFactory;
        this.fabriek = fabriek instanceof VwoDocumentFactory ? fabriek : undefined;
        this.textDocuments = services.shared.workspace.TextDocuments;
    }

    /**
     * Langium's own version, with three changes. Its results are added with one
     * `push(...all)`, which overflows V8's stack above about 120,000 findings, and the error was
     * logged and every finding dropped: a file with 60,000 empty blocks then looked clean. Here a
     * check that cannot finish gives {@link onvolledig} (an error, so never "0 fouten"), each phase
     * yields to a newer edit, and a file gets at most {@link HOOGSTENS_MELDINGEN} findings.
     */
    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken = Cancellation.CancellationToken.None): Promise<Diagnostic[]> {
        if (isCatalogusDocument(document)) {
            return [];
        }
        const leesfout = this.fabriek?.leesfout(document);
        if (leesfout) return this.metDocumentatie([onleesbaar(leesfout.fout)]);
        const parseResult = document.parseResult;
        const diagnostics: Diagnostic[] = [];
        try {
            if (!options.categories || options.categories.includes('built-in')) {
                await interruptAndCheck(cancelToken);
                this.processLexingErrors(parseResult, diagnostics, options);
                await interruptAndCheck(cancelToken);
                this.processParsingErrors(parseResult, diagnostics, options);
                await interruptAndCheck(cancelToken);
                this.processLinkingErrors(document, diagnostics, options);
            }
            await interruptAndCheck(cancelToken);
            for (const diagnostic of await this.validateAst(parseResult.value, options, cancelToken)) diagnostics.push(diagnostic);
            await interruptAndCheck(cancelToken);
        } catch (fout) {
            if (isOperationCancelled(fout)) {
                throw fout;
            }
            console.error(`Interne fout bij het controleren van ${document.uri.toString()}:`, fout);
            return this.metDocumentatie([onvolledig(), ...begrensd(diagnostics).slice(0, HOOGSTENS_MELDINGEN - 1)]);
        }
        return this.metDocumentatie(begrensd(diagnostics));
    }

    /**
     * As Langium's, with the walk below; the findings are gathered here, where the walk can add
     * those it takes from memory.
     */
    override async validateAst(rootNode: AstNode, options: ValidationOptions, cancelToken = Cancellation.CancellationToken.None): Promise<Diagnostic[]> {
        if (this.profiler?.isActive('validating')) return super.validateAst(rootNode, options, cancelToken);
        const bevindingen: Diagnostic[] = [];
        const acceptor: ValidationAcceptor = (severity, message, info) => { bevindingen.push(this.toDiagnostic(severity, message, info)); };
        await this.validateAstBefore(rootNode, options, acceptor, cancelToken);
        await this.valideerKnopen(rootNode, options, acceptor, bevindingen, cancelToken);
        await this.validateAstAfter(rootNode, options, acceptor, cancelToken);
        return bevindingen;
    }

    /**
     * As Langium's walk over the nodes, without an `await` per node and per check: a check's
     * promise is awaited only when there is one, and a newer edit is looked for every
     * {@link KNOPEN_PER_ONDERBREKING} nodes. A top-level block that the last keystroke did not
     * parse again is not walked: its block-local findings come from the previous validation, and
     * only its nodes with other checks are visited; after a keystroke inside a free text, those
     * checks' findings too come from memory ({@link ControleGeheugen}).
     */
    private async valideerKnopen(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, bevindingen: Diagnostic[], cancelToken: Cancellation.CancellationToken): Promise<void> {
        const register = this.validationRegistry as VwoValidationRegistry;
        const document = AstUtils.getDocument(rootNode);
        // only a file open in an editor is typed in: a closed one changes on disk, parsed whole
        const open = this.textDocuments?.get(document.uri.toString()) !== undefined;
        const ronde = open ? this.geheugen?.begin(document, `${this.peildatum.datum}|${options.categories?.join(',') ?? ''}|${register.versie}`, this.vrijeTekstGewijzigd(document, rootNode)) : undefined;
        const teller = { knopen: 0 };
        const wortelOpties = this.validateSingleNodeOptions(rootNode, options);
        if (wortelOpties.validateNode) await this.controleerKnoop(rootNode, register.controlesVoor(rootNode.$type, options.categories), register, ronde, acceptor, bevindingen, cancelToken);
        if (wortelOpties.validateChildren) {
            for (const blok of kinderenVan(rootNode)) {
                const herhaling = ronde?.herhaling(blok);
                if (herhaling) {
                    // no promise per block or per check: a keystroke repeats thousands of steps
                    for (const stap of herhaling.stappen) {
                        if (teller.knopen++ % KNOPEN_PER_ONDERBREKING === 0) await interruptAndCheck(cancelToken);
                        const wacht = this.herhaalStap(stap, herhaling.regels, register, ronde!, acceptor, bevindingen, cancelToken);
                        if (wacht) await wacht;
                    }
                } else {
                    const stappen = await this.loopDoor(blok, options, register, ronde, acceptor, bevindingen, teller, cancelToken);
                    ronde?.noteer(blok, stappen);
                }
            }
        }
        if (ronde) this.geheugen!.klaar(document, ronde);
        this.fabriek?.gevalideerd(document);
        this.laatsteHergebruik = ronde?.hergebruikt ?? 0;
        this.laatsteOvergenomen = ronde?.overgenomen ?? 0;
    }

    /**
     * The edit, when the only parse since the last validation changed just the inside of a free
     * text. Not for an agreement with a profile: its checks read the profile's file too.
     */
    private vrijeTekstGewijzigd(document: LangiumDocument, rootNode: AstNode): Tekstwijziging | undefined {
        const tekst = this.fabriek?.enigeBlokSindsValideren(document)?.tekst;
        if (!tekst || !VRIJE_TEKST.has(tekst.eigenschap) || (isOvereenkomst(rootNode) && rootNode.profiel)) return undefined;
        return tekst;
    }

    /** Every node of `blok` checked; with a `ronde`, the steps a later validation repeats if the block stays. */
    private async loopDoor(blok: AstNode, options: ValidationOptions, register: VwoValidationRegistry, ronde: Ronde | undefined, acceptor: ValidationAcceptor, bevindingen: Diagnostic[], teller: { knopen: number }, cancelToken: Cancellation.CancellationToken): Promise<Stap[]> {
        const stappen: Stap[] = [];
        const knopen = alleKnopen(blok);
        for (let i = 0; i < knopen.length; i++) {
            if (teller.knopen++ % KNOPEN_PER_ONDERBREKING === 0) await interruptAndCheck(cancelToken);
            const node = knopen[i];
            const nodeOptions = this.validateSingleNodeOptions(node, options);
            if (nodeOptions.validateNode) {
                const controles = register.controlesVoor(node.$type, options.categories);
                const stap = await this.controleerKnoop(node, controles, register, ronde, acceptor, bevindingen, cancelToken);
                if (stap) stappen.push(stap);
            }
            // the children follow their node in the walk: skip while the next one lies inside it
            if (!nodeOptions.validateChildren) while (i + 1 < knopen.length && AstUtils.hasContainerOfType(knopen[i + 1].$container, n => n === node)) i++;
        }
        return stappen;
    }

    /**
     * A step of a block's last walk again: its block-local findings moved by `regels` lines, its
     * other checks run or taken from memory. From check `vanaf` on, with what the ones before
     * found (`nieuw`); a promise only when a check gave one.
     */
    private herhaalStap(stap: Stap, regels: number, register: VwoValidationRegistry, ronde: Ronde, acceptor: ValidationAcceptor, bevindingen: Diagnostic[], cancelToken: Cancellation.CancellationToken,
        vanaf = 0, vorige = ronde.structuurVan(stap.node), nieuw?: Array<readonly Diagnostic[] | undefined>): Promise<void> | undefined {
        for (let k = vanaf; k < stap.controles.length; k++) {
            const controle = stap.controles[k];
            if (register.isBlokLokaal(controle)) {
                const lokaal = stap.bevindingen[k];
                if (lokaal) for (const bevinding of lokaal) bevindingen.push(verschoven(bevinding, regels));
                continue;
            }
            const uit = this.voerUit(stap.node, controle, vorige?.[k], register, ronde, acceptor, bevindingen, cancelToken);
            if (uit instanceof Promise) return uit.then(u => this.herhaalStap(stap, regels, register, ronde, acceptor, bevindingen, cancelToken, k + 1, vorige, metUitkomst(nieuw, vorige, k, u)));
            nieuw = metUitkomst(nieuw, vorige, k, uit);
        }
        ronde.bewaarStructuur(stap.node, vorige, nieuw);
        return undefined;
    }

    /**
     * The checks of one node. With a `ronde`, also the step a repeat of this walk takes: what
     * the block-local checks found, and whether there is a check to run again.
     */
    private async controleerKnoop(node: AstNode, controles: readonly ValidationCheck[], register: VwoValidationRegistry, ronde: Ronde | undefined, acceptor: ValidationAcceptor, bevindingen: Diagnostic[], cancelToken: Cancellation.CancellationToken): Promise<Stap | undefined> {
        let lokaal: Array<readonly Diagnostic[] | undefined> | undefined;
        let opnieuw = false;
        const vorige = ronde?.structuurVan(node);
        let nieuw: Array<readonly Diagnostic[] | undefined> | undefined;
        for (let k = 0; k < controles.length; k++) {
            if (ronde && !register.isBlokLokaal(controles[k])) {
                opnieuw = true;
                const uit = this.voerUit(node, controles[k], vorige?.[k], register, ronde, acceptor, bevindingen, cancelToken);
                nieuw = metUitkomst(nieuw, vorige, k, uit instanceof Promise ? await uit : uit);
                continue;
            }
            const voor = bevindingen.length;
            const uitkomst = controles[k](node, acceptor, cancelToken);
            if (uitkomst) await uitkomst;
            if (ronde && bevindingen.length > voor) (lokaal ??= [])[k] = bevindingen.slice(voor).map(b => verschoven(b, 0));
        }
        ronde?.bewaarStructuur(node, vorige, nieuw);
        return opnieuw || lokaal ? { node, controles, bevindingen: lokaal ?? [] } : undefined;
    }

    /**
     * A check that is not block-local: an `alleenStructuur` one taken from `vorige` (what it found
     * in the previous validation) when the ronde can move that here. What an `alleenStructuur`
     * check found, for the next validation; undefined for the others. A promise only when the check gave one.
     */
    private voerUit(node: AstNode, controle: ValidationCheck, vorige: readonly Diagnostic[] | undefined, register: VwoValidationRegistry, ronde: Ronde, acceptor: ValidationAcceptor, bevindingen: Diagnostic[], cancelToken: Cancellation.CancellationToken): MaybePromise<readonly Diagnostic[] | undefined> {
        const bewaren = register.isAlleenStructuur(controle);
        const eerder = bewaren && vorige ? ronde.overnemen(vorige) : undefined;
        if (eerder) {
            for (const bevinding of eerder) bevindingen.push(verschoven(bevinding, 0));
            return eerder;
        }
        const voor = bevindingen.length;
        const uitkomst = controle(node, acceptor, cancelToken);
        if (uitkomst) return uitkomst.then(() => gevonden(bewaren, bevindingen, voor));
        return gevonden(bewaren, bevindingen, voor);
    }

    /** A check's finding carries the path of its node (`data.pad`), so a quick fix finds the node it is about. */
    protected override toDiagnostic<N extends AstNode>(severity: ValidationSeverity, message: string, info: DiagnosticInfo<N, string>): Diagnostic {
        const diagnostic = super.toDiagnostic(severity, message, info);
        diagnostic.data = { ...(diagnostic.data as object | undefined), pad: this.locator.getAstNodePath(info.node) };
        return diagnostic;
    }

    /** Every finding links to the README section of its code, as `codeDescription`. */
    private metDocumentatie(diagnostics: Diagnostic[]): Diagnostic[] {
        for (const diagnostic of diagnostics) {
            const href = isCode(diagnostic.code) ? this.handleiding.link(diagnostic.code) : undefined;
            if (href) diagnostic.codeDescription = { href };
        }
        return diagnostics;
    }

    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const before = diagnostics.length;
        super.processLexingErrors(parseResult, diagnostics, options);
        // A string lexes up to the end of its line even without its closing quote, so that one
        // forgotten quote does not derail the rest of the file; it is reported here.
        const wortel = parseResult.value.$cstNode?.root;
        for (const tekst of wortel ? this.waarden.onafgeslotenTeksten(wortel) : []) {
            diagnostics.push({ severity: DiagnosticSeverity.Error, range: tekst.range, message: ONAFGESLOTEN_TEKST });
        }
        for (const diagnostic of diagnostics.slice(before)) {
            diagnostic.source = 'vwo';
            diagnostic.code = Code.syntaxfout;
            diagnostic.data = { ...diagnostic.data, code: DocumentValidator.LexingError };
        }
    }

    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], _options: ValidationOptions): void {
        // A line with a lexer error (an unclosed string, a stray character) already says what is
        // wrong there; the parser's complaints on that line are only its consequences.
        const lexerRegels = new Set(parseResult.lexerErrors.map(e => (e.line ?? 1) - 1));
        const gezien = new Set<string>();
        let blokken: OpenBlokken | undefined;
        for (const fout of parseResult.parserErrors) {
            const range = foutBereik(fout);
            const sleutel = `${range.start.line}:${range.start.character}`;
            if (lexerRegels.has(range.start.line) || gezien.has(sleutel)) {
                continue;
            }
            gezien.add(sleutel);
            if (gezien.size > HOOGSTENS_SYNTAXFOUTEN) {
                diagnostics.push(nogSyntaxfouten(this.nogTeTonen(parseResult, fout, lexerRegels), range));
                return;
            }
            diagnostics.push({
                severity: DiagnosticSeverity.Error,
                range,
                message: fout.message.includes(BLOK) ? (blokken ??= new OpenBlokken(parseResult.value)).metBlok(fout) : fout.message,
                source: 'vwo',
                code: Code.syntaxfout,
                data: { code: DocumentValidator.ParsingError }
            });
        }
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], _options: ValidationOptions): void {
        // Suggestions cost a comparison with every candidate; past this many unresolved references
        // (a file pasted in from elsewhere) they are left out, so the work stays linear.
        let suggestiesOver = 200;
        for (const reference of document.references) {
            const fout = reference.error;
            if (!fout || !reference.$refNode) {
                continue;
            }
            const naam = reference.$refText;
            const soort = fout.info.reference && onopgelosteVerwijzing(this.reflection, fout.info.container, fout.info.property, () => this.profielnamen());
            if (soort && soort.toegestaan?.(naam)) continue;
            const voorstel = soort && suggestiesOver-- > 0 ? suggesties(naam, soort.kandidaten()) : [];
            diagnostics.push({
                severity: DiagnosticSeverity.Error,
                range: reference.$refNode.range,
                message: soort ? soort.bericht(naam) + bedoeldeU(voorstel, naam) : `'${naam}' is niet gedeclareerd.`,
                source: 'vwo',
                code: soort?.code,
                relatedInformation: soort?.gerelateerd?.(naam),
                data: { code: DocumentValidator.LinkingError, refText: naam, property: fout.info.property, index: fout.info.index, pad: this.locator.getAstNodePath(fout.info.container), suggesties: voorstel }
            });
        }
    }

    private profielnamen(): Iterable<string> {
        return this.indexManager.allElements(Profiel.$type).map(d => d.name);
    }

    /** The parse errors from `vanaf` on that would be shown, without building their messages. */
    private nogTeTonen(parseResult: ParseResult, vanaf: IRecognitionException, lexerRegels: ReadonlySet<number>): number {
        const rest = parseResult.parserErrors.slice(parseResult.parserErrors.indexOf(vanaf));
        return new Set(rest.map(foutBereik).filter(r => !lexerRegels.has(r.start.line)).map(r => `${r.start.line}:${r.start.character}`)).size;
    }
}

function tokenBereik(token: IToken): Range {
    return {
        start: { line: token.startLine! - 1, character: token.startColumn! - 1 },
        end: { line: token.endLine! - 1, character: token.endColumn! }
    };
}

/**
 * Where a parse error is shown. A missing '}' is shown on the last token of the unclosed block,
 * where the user has to type it; other errors on the token that was not expected.
 */
function foutBereik(fout: IRecognitionException): Range {
    const vorige = (fout as { previousToken?: IToken }).previousToken;
    const ontbrekendSluitteken = fout.name === 'MismatchedTokenException' && fout.message.startsWith(VERWACHT_SLUITTEKEN);
    if ((ontbrekendSluitteken || !geldigToken(fout.token)) && vorige && geldigToken(vorige)) {
        return tokenBereik(vorige);
    }
    if (geldigToken(fout.token)) {
        return tokenBereik(fout.token);
    }
    return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}
