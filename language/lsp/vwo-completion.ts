import { AstUtils, GrammarAST, type AstNode, type AstNodeDescription, type LangiumDocument, type MaybePromise, type ReferenceInfo } from 'langium';
import type { CompletionAcceptor, CompletionContext, CompletionValueItem, NextFeature } from 'langium/lsp';
import {
    CompletionItemKind, InsertTextFormat, type CancellationToken, type CompletionItem, type CompletionList, type CompletionParams, type InsertReplaceEdit,
    type Range, type TextEdit
} from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { KLASSE_OMSCHRIJVING, zoekBetrokkenen, zoekPersoonsgegevens, type Klasse } from '../referentie/catalogus.js';
import { INSTRUMENTEN } from '../referentie/instrumenten.js';
import { BESTEMMINGEN, type Bestemming } from '../referentie/landen.js';
import { artikelen, ondersteundeVersies, standaard, zoekElement } from '../referentie/standaard/index.js';
import { CATALOGUS_URI } from '../scoping/catalogus-document.js';
import type { VwoServices } from '../vwo-module.js';
import { BLOK_SNIPPETS } from './vwo-completion-snippets.js';
import type { Sleutel } from './vwo-completion-resolve.js';
import { BlokCompletionProvider } from './vwo-completion-venster.js';
import { alineaTekst } from '../documentatie/markdown.js';
import { bruikbareMeldingen } from '../beheer/meldingen.js';
import { alsNederlandseDatum } from '../tekst.js';
import { landStatus, standaardVan } from '../documentatie/waarden.js';

/** What the completion list shows right of a category: its legal class, for everything but ordinary data. */
const KLASSE_KORT: Readonly<Record<Klasse, string | undefined>> = {
    gewoon: undefined,
    art9: 'art. 9 AVG',
    art10: 'art. 10 AVG',
    bsn: 'art. 46 UAVG',
    gevoelig: 'gevoelig'
};

/** Fields of the agreement that occur once: their keyword is not offered again once written. */
const ENKELVOUDIG_IN_OVEREENKOMST: Readonly<Record<string, keyof ast.Overeenkomst>> = {
    standaard: 'standaard',
    hoofdovereenkomst: 'hoofdovereenkomst',
    diensten: 'diensten',
    verwerkingsverantwoordelijke: 'verwerkingsverantwoordelijke',
    verwerker: 'verwerker',
    beveiliging: 'beveiliging',
    gibit: 'gibit',
    ondertekening: 'ondertekening',
    beheer: 'beheer'
};

/** Text as the content of a `.vwo` string: quotes and backslashes escaped. */
function tekstInString(tekst: string): string {
    return tekst.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}

/** Text as the placeholder of a snippet: `$`, `}` and `\\` escaped. */
function snippetTekst(tekst: string): string {
    return tekst.replace(/[$}\\]/g, m => `\\${m}`);
}

/** The text the client filters on: the name, and what the list shows of it where that differs (else none: the label). */
function zoektekst(naam: string, weergave: string | undefined): string | undefined {
    return weergave && weergave !== naam ? `${naam} ${weergave}` : undefined;
}

/** Right of the label; no empty object in the answer. */
function rechts(description: string | undefined): CompletionItem['labelDetails'] {
    return description ? { description } : undefined;
}

type Bereik = Range | { insert: Range; replace: Range };

function bereikVan(edit: TextEdit | InsertReplaceEdit): Bereik {
    return 'range' in edit ? edit.range : { insert: edit.insert, replace: edit.replace };
}

function bereiken(b: Bereik): Range[] {
    return 'start' in b ? [b] : [b.insert, b.replace];
}

const zelfdePlek = (a: Range['start'], b: Range['start']) => a.line === b.line && a.character === b.character;

function zelfdeBereik(a: Bereik, b: Bereik): boolean {
    const [x, y] = [bereiken(a), bereiken(b)];
    return x.length === y.length && x.every((r, i) => zelfdePlek(r.start, y[i].start) && zelfdePlek(r.end, y[i].end));
}

/**
 * The text edits made small: the list goes over the wire on every keystroke. Where the client
 * takes one range for the whole list (LSP 3.17 `itemDefaults.editRange`, as VS Code does), an
 * item with that range keeps only its text, and only when it is not the label; for other
 * clients an edit that replaces nothing becomes a plain insertion at the cursor. The text of a
 * snippet is no longer sent twice (Langium copies it into the edit and `insertText`).
 */
function kleineBewerkingen(lijst: CompletionList, lijstBereik: boolean): CompletionList {
    const eerste = lijst.items.find(i => i.textEdit)?.textEdit;
    const standaard = lijstBereik && eerste ? bereikVan(eerste) : undefined;
    for (const item of lijst.items) {
        if (!item.textEdit) continue;
        const bereik = bereikVan(item.textEdit);
        const tekst = item.textEdit.newText === item.label ? undefined : item.textEdit.newText;
        if (standaard && zelfdeBereik(bereik, standaard)) {
            item.textEditText = tekst;
            item.insertText = undefined;
        } else if (bereiken(bereik).every(r => zelfdePlek(r.start, r.end))) {
            item.insertText = tekst;
        } else {
            continue;
        }
        item.textEdit = undefined;
    }
    if (standaard) lijst.itemDefaults = { ...lijst.itemDefaults, editRange: standaard };
    return lijst;
}

/**
 * Completion for authors: catalogue values and the file's own declarations with their legal
 * class, countries by code or Dutch name, instruments, versions, articles of the standard,
 * keywords that fit the block (each with what it means), and snippets for whole blocks. The
 * documentation of an item comes on `completionItem/resolve`: each item carries its
 * {@link Sleutel} in `data` (`vwo-completion-resolve.ts`).
 */
export class VwoCompletionProvider extends BlokCompletionProvider {

    constructor(services: VwoServices) {
        super(services);
    }

    override async getCompletion(document: LangiumDocument, params: CompletionParams, cancelToken?: CancellationToken): Promise<CompletionList | undefined> {
        const lijst = await super.getCompletion(document, params, cancelToken);
        return lijst && kleineBewerkingen(lijst, this.clientCapabilities?.completionList?.itemDefaults?.includes('editRange') ?? false);
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        const toewijzing = AstUtils.getContainerOfType(next.feature, GrammarAST.isAssignment);
        const regel = AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule)?.name;
        if (toewijzing && !GrammarAST.isCrossReference(next.feature)) {
            switch (`${regel}.${toewijzing.feature}`) {
                case 'Doorgifte.land': return this.landen(context, acceptor, true);
                case 'Subverwerker.land':
                case 'Melding.land': return this.landen(context, acceptor, false);
                case 'Doorgifte.instrument': return this.instrumenten(context, acceptor);
                case 'Overeenkomst.standaard': return this.versies(context, acceptor);
                case 'Afwijking.artikel': return this.artikelen(context, acceptor);
            }
        }
        return super.completionFor(context, next, acceptor);
    }

    /** After a processing's `subverwerkers` also the sub-processors announced in the beheer (art. 4.5), but none objected to. */
    protected override completionForCrossReference(context: CompletionContext, next: NextFeature<GrammarAST.CrossReference>, acceptor: CompletionAcceptor): MaybePromise<void> {
        super.completionForCrossReference(context, next, acceptor);
        if (AstUtils.getContainerOfType(next.feature, GrammarAST.isAssignment)?.feature !== 'subverwerkers' || !context.node) return;
        const overeenkomst = AstUtils.getContainerOfType(context.node, ast.isOvereenkomst);
        const verwerking = AstUtils.getContainerOfType(context.node, ast.isVerwerking);
        const gebruikt = new Set(verwerking?.subverwerkers.map(r => r.$refText));
        for (const melding of bruikbareMeldingen(overeenkomst)) {
            const naam = melding.subverwerker;
            // one of tabel 3 or of the profile is offered as that already
            if ([...overeenkomst?.subverwerkers ?? [], ...overeenkomst?.profiel?.ref?.subverwerkers ?? []].some(s => s.name === naam)) continue;
            const besluit = melding.besluit === 'akkoord' ? 'akkoord' : melding.bezwaarTot ? `bezwaar mogelijk tot en met ${alsNederlandseDatum(melding.bezwaarTot)}` : 'nog geen besluit';
            acceptor(context, {
                label: naam,
                kind: CompletionItemKind.Module,
                labelDetails: rechts([melding.land, 'gemeld'].filter(Boolean).join(' · ')),
                detail: `gemelde subverwerker (art. 4.5)${melding.ontvangen ? `, ontvangen ${alsNederlandseDatum(melding.ontvangen)}` : ''} · ${besluit}`,
                sortText: `${gebruikt.has(naam) ? '9' : '0'}2${naam}`
            });
        }
    }

    /** The text the user has typed of the current token. */
    private getypt(context: CompletionContext): string {
        return context.textDocument.getText().substring(context.tokenOffset, context.offset);
    }

    /** An item that replaces the typed token with `nieuw`, filtered by us (not by the label). */
    private vervang(context: CompletionContext, nieuw: string): CompletionItem['textEdit'] {
        return { newText: nieuw, range: { start: context.textDocument.positionAt(context.tokenOffset), end: context.position } };
    }

    /**
     * ISO codes with Dutch names; "Verenigde" finds `US`. After `doorgifte` third countries come
     * first (with adequacy decisions marked) and EEA countries last.
     */
    private landen(context: CompletionContext, acceptor: CompletionAcceptor, doorgifte: boolean): void {
        const getypt = this.getypt(context).toLowerCase();
        const past = (b: Bestemming) => !getypt || this.fuzzyMatcher.match(getypt, b.code.toLowerCase())
            || b.naam.toLowerCase().split(/[\s-]+/).some(w => w.startsWith(getypt)) || b.naam.toLowerCase().startsWith(getypt);
        for (const b of BESTEMMINGEN.filter(past)) {
            const groep = doorgifte ? (b.eer ? '2' : b.adequaatheidsbesluit ? '0' : '1') : (b.code === 'NL' ? '0' : '1');
            acceptor(context, {
                label: b.code,
                labelDetails: { detail: ` ${b.naam}`, description: b.eer ? 'EER' : b.adequaatheidsbesluit ? (b.adequaatheidsbesluit.reikwijdte ? 'adequaat (beperkt)' : 'adequaat') : 'derde land' },
                kind: CompletionItemKind.EnumMember,
                detail: `${b.naam} — ${landStatus(b)}`,
                data: ['land'] satisfies Sleutel,
                filterText: `${b.code} ${b.naam}`,
                sortText: `${groep}${b.naam}`,
                textEdit: this.vervang(context, b.code)
            });
        }
    }

    private instrumenten(context: CompletionContext, acceptor: CompletionAcceptor): void {
        for (const i of INSTRUMENTEN) {
            acceptor(context, {
                label: i.naam,
                labelDetails: { description: i.maatregelenVereist ? `${i.grondslag} · maatregelen vereist` : i.grondslag },
                kind: CompletionItemKind.EnumMember,
                detail: `${i.nummer}. ${i.weergave}`,
                data: ['instrument'] satisfies Sleutel,
                sortText: String(i.nummer)
            });
        }
    }

    private versies(context: CompletionContext, acceptor: CompletionAcceptor): void {
        for (const versie of ondersteundeVersies()) {
            const s = standaard(versie)!;
            acceptor(context, {
                label: `"${versie}"`,
                kind: CompletionItemKind.Constant,
                detail: `${s.bron.titel} ${versie} (${s.bron.versiedatum.split('-').reverse().join('-')})`,
                data: ['versie'] satisfies Sleutel,
                filterText: `"${versie}`,
                textEdit: this.vervang(context, `"${versie}"`)
            });
        }
    }

    /** Article numbers of the standard with their headings, in reading order; the original text as documentation. */
    private artikelen(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const s = standaardVan(context.node ?? context.document.parseResult.value);
        // Without a block after the cursor yet, the item writes the whole `afwijking`, with the
        // standard's text of the clause as the starting point to edit (the usual way to deviate).
        const verder = context.textDocument.getText().slice(context.offset).trimStart();
        const metBlok = !verder.startsWith('{') && !verder.startsWith('"');
        artikelen(s).forEach((a, i) => {
            const origineel = a.lid ? a.lid.alineas.map(alineaTekst).join(' ') : '';
            acceptor(context, {
                label: `"${a.nummer}"`,
                labelDetails: { description: a.kop },
                kind: a.lid ? CompletionItemKind.Field : CompletionItemKind.Module,
                detail: `art. ${a.nummer} ${a.kop}`,
                data: ['artikel', s.bron.versie] satisfies Sleutel,
                filterText: `"${a.nummer} ${a.kop}`,
                sortText: String(i).padStart(3, '0'),
                textEdit: this.vervang(context, metBlok
                    ? `"${a.nummer}" {\n\ttekst "\${1:${snippetTekst(tekstInString(origineel || 'afwijkende tekst'))}}"\n\tmotivering "\${2:waarom wordt afgeweken}"\n}`
                    : `"${a.nummer}"`),
                insertTextFormat: metBlok ? InsertTextFormat.Snippet : InsertTextFormat.PlainText
            });
        });
    }

    /** Categories, data subjects and sub-processors: detail, documentation, not-yet-used first. */
    protected override createReferenceCompletionItem(beschrijving: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        // ours come with their documentation on resolve: Langium's (a comment above the node) is not looked up
        const item = { nodeDescription: beschrijving };
        const catalogus = beschrijving.documentUri.toString() === CATALOGUS_URI.toString();
        const container = refInfo.container;
        const gebruikt = ast.isVerwerking(container)
            ? new Set(((container as unknown as Record<string, unknown>)[refInfo.property] as Array<{ $refText: string }> | undefined ?? []).map(r => r.$refText))
            : new Set<string>();
        const naam = beschrijving.name;
        const volgorde = `${gebruikt.has(naam) ? '9' : '0'}${catalogus ? '1' : '0'}`;
        const node = beschrijving.node;
        // a declaration of a file: resolve finds it there by name
        const uri = catalogus ? undefined : beschrijving.documentUri.toString();
        if (beschrijving.type === ast.Categorie.$type) {
            const c = catalogus ? zoekPersoonsgegevens(naam) : undefined;
            const eigen = ast.isCategorie(node) ? node : undefined;
            const klasse = c ? KLASSE_KORT[c.klasse] : eigen?.bijzonder ? 'bijzonder' : undefined;
            return {
                ...item,
                kind: klasse ? CompletionItemKind.Constant : CompletionItemKind.EnumMember,
                labelDetails: rechts(klasse ? `⚠ ${klasse}` : (catalogus ? undefined : 'eigen')),
                detail: c ? `${c.weergave} · ${KLASSE_OMSCHRIJVING[c.klasse]}` : `${eigen?.omschrijving ?? naam} · eigen categorie${eigen?.bijzonder ? ' · bijzonder' : ''}`,
                data: (uri ? ['categorie', uri] : ['categorie']) satisfies Sleutel,
                filterText: zoektekst(naam, c?.weergave ?? eigen?.omschrijving),
                sortText: volgorde + naam
            };
        }
        if (beschrijving.type === ast.Betrokkene.$type) {
            const b = catalogus ? zoekBetrokkenen(naam) : undefined;
            const eigen = ast.isBetrokkene(node) ? node : undefined;
            return {
                ...item,
                kind: CompletionItemKind.EnumMember,
                labelDetails: rechts(catalogus ? undefined : 'eigen'),
                detail: b ? b.weergave : `${eigen?.omschrijving ?? naam} · eigen categorie betrokkenen`,
                data: (uri ? ['betrokkene', uri] : ['betrokkene']) satisfies Sleutel,
                filterText: zoektekst(naam, b?.weergave ?? eigen?.omschrijving),
                sortText: volgorde + naam
            };
        }
        if (beschrijving.type === ast.Profiel.$type && ast.isProfiel(node)) {
            return {
                ...super.createReferenceCompletionItem(beschrijving, refInfo, context),
                kind: CompletionItemKind.Class, labelDetails: { description: 'profiel' }, detail: node.verwerker?.naam ?? 'leveranciersprofiel'
            };
        }
        if (beschrijving.type === ast.Subverwerker.$type && ast.isSubverwerker(node)) {
            const profiel = ast.isProfiel(node.$container) ? node.$container.name : undefined;
            return {
                ...item,
                kind: CompletionItemKind.Module,
                labelDetails: rechts([node.land, profiel && `profiel ${profiel}`].filter(Boolean).join(' · ')),
                detail: [node.naam, node.uitbesteed].filter(Boolean).join(' · ') || 'subverwerker (tabel 3)',
                data: ['subverwerker', beschrijving.documentUri.toString()] satisfies Sleutel,
                sortText: volgorde + naam
            };
        }
        return super.createReferenceCompletionItem(beschrijving, refInfo, context);
    }

    /**
     * Langium keeps only items whose label matches what was typed; an item whose `filterText`
     * has a word starting with it stays too, so "Indieners" finds `Aanvragers`
     * ("Aanvragers/Indieners") and "vakbond" finds `Vakbondslidmaatschap`.
     */
    protected override fillCompletionItem(context: CompletionContext, item: CompletionValueItem): CompletionItem | undefined {
        const gevuld = super.fillCompletionItem(context, item);
        if (gevuld || !item.filterText || item.textEdit) return gevuld;
        const getypt = this.getypt(context).toLowerCase();
        const woorden = item.filterText.toLowerCase().split(/[\s/,()-]+/);
        if (!getypt || !woorden.some(w => w.startsWith(getypt))) return undefined;
        const label = typeof item.label === 'string' ? item.label : 'nodeDescription' in item ? item.nodeDescription.name : undefined;
        return label ? super.fillCompletionItem(context, { ...item, label, textEdit: this.vervang(context, label) }) : undefined;
    }

    /** Keywords that fit the block, each with what it means; a field already written is not offered again. Block keywords also come as a snippet. */
    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (!this.filterKeyword(context, keyword) || this.alIngevuld(context.node, keyword)) {
            return;
        }
        const regel = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name;
        const s = standaardVan(context.node ?? context.document.parseResult.value);
        const element = zoekElement(s, keyword.value, regel);
        acceptor(context, {
            label: keyword.value,
            kind: CompletionItemKind.Keyword,
            detail: element?.naam ?? 'Keyword',
            data: (regel ? ['keyword', s.bron.versie, regel] : ['keyword', s.bron.versie]) satisfies Sleutel,
            sortText: '5' + keyword.value
        });
        const snippet = BLOK_SNIPPETS[keyword.value];
        if (snippet && snippet.regel === regel && this.isEersteVan(keyword)) {
            acceptor(context, {
                label: `${keyword.value} …`,
                labelDetails: { description: 'blok' },
                kind: CompletionItemKind.Snippet,
                detail: snippet.omschrijving,
                data: ['snippet', keyword.value] satisfies Sleutel,
                filterText: keyword.value,
                insertText: snippet.tekst,
                insertTextFormat: InsertTextFormat.Snippet,
                sortText: '6' + keyword.value
            });
        }
    }

    /** The keyword opens its rule (`verwerker {`), as opposed to a role inside another rule. */
    private isEersteVan(keyword: GrammarAST.Keyword): boolean {
        const regel = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule);
        const definitie = regel?.definition;
        return GrammarAST.isGroup(definitie) ? definitie.elements[0] === keyword : definitie === keyword;
    }

    /** A single-valued field the node already has: `naam` twice in one block is never right. */
    private alIngevuld(node: AstNode | undefined, keyword: GrammarAST.Keyword): boolean {
        if (!node) return false;
        const veld = ENKELVOUDIG_IN_OVEREENKOMST[keyword.value];
        const regel = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name;
        // `verwerker` is also a role inside contactpersoon/ondertekening; only the block counts here
        if (veld && (regel === 'Overeenkomst' || this.isEersteVan(keyword))) {
            const waarde = AstUtils.getContainerOfType(node, ast.isOvereenkomst)?.[veld];
            return waarde !== undefined && waarde !== false;
        }
        // a keyword that opens a new node (`doorgifte`, `verwerking`) is never "already written"
        if (ast.isOvereenkomst(node) || this.isEersteVan(keyword)) return false;
        const groep: AstNode | undefined = keyword.$container;
        if (!GrammarAST.isGroup(groep) || AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name !== node.$type) return false;
        const volgende = groep.elements[groep.elements.indexOf(keyword) + 1];
        if (!GrammarAST.isAssignment(volgende) || volgende.operator === '+=') return false;
        return (node as unknown as Record<string, unknown>)[volgende.feature] !== undefined;
    }
}
