import { AstUtils, GrammarAST, type AstNode, type AstNodeDescription, type MaybePromise, type ReferenceInfo } from 'langium';
import type { CompletionAcceptor, CompletionContext, CompletionValueItem, NextFeature } from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type MarkupContent } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { KLASSE_OMSCHRIJVING, zoekBetrokkenen, zoekPersoonsgegevens, type Klasse } from '../referentie/catalogus.js';
import { INSTRUMENTEN } from '../referentie/instrumenten.js';
import { BESTEMMINGEN, type Bestemming } from '../referentie/landen.js';
import { artikelen, ondersteundeVersies, standaard, zoekElement } from '../referentie/standaard/index.js';
import { CATALOGUS_URI } from '../scoping/catalogus-document.js';
import type { VwoServices } from '../vwo-module.js';
import { BLOK_SNIPPETS } from './vwo-completion-snippets.js';
import { BlokCompletionProvider } from './vwo-completion-venster.js';
import { alineaTekst, artikelTekst, elementKort, waarde } from '../documentatie/markdown.js';
import {
    betrokkeneDocumentatie, categorieDocumentatie, instrumentDocumentatie, landDocumentatie, landStatus, standaardVan, subverwerkerSamenvatting
} from '../documentatie/waarden.js';

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

function markdown(value: string | undefined): MarkupContent | undefined {
    return value ? { kind: 'markdown', value } : undefined;
}

/**
 * Completion for authors: catalogue values and the file's own declarations with their legal
 * class, countries by code or Dutch name, instruments, versions, articles of the standard,
 * keywords that fit the block (each with what it means), and snippets for whole blocks.
 */
export class VwoCompletionProvider extends BlokCompletionProvider {

    constructor(services: VwoServices) {
        super(services);
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        const toewijzing = AstUtils.getContainerOfType(next.feature, GrammarAST.isAssignment);
        const regel = AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule)?.name;
        if (toewijzing && !GrammarAST.isCrossReference(next.feature)) {
            switch (`${regel}.${toewijzing.feature}`) {
                case 'Doorgifte.land': return this.landen(context, acceptor, true);
                case 'Subverwerker.land': return this.landen(context, acceptor, false);
                case 'Doorgifte.instrument': return this.instrumenten(context, acceptor);
                case 'Overeenkomst.standaard': return this.versies(context, acceptor);
                case 'Afwijking.artikel': return this.artikelen(context, acceptor);
            }
        }
        return super.completionFor(context, next, acceptor);
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
                documentation: markdown(landDocumentatie(b.code)),
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
                documentation: markdown(instrumentDocumentatie(i.naam)),
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
                documentation: markdown(s.bron.wijziging),
                filterText: `"${versie}`,
                textEdit: this.vervang(context, `"${versie}"`)
            });
        }
    }

    /** Article numbers of the standard with their headings, in reading order; the original text as documentation. */
    private artikelen(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const node = context.node ?? context.document.parseResult.value;
        // Without a block after the cursor yet, the item writes the whole `afwijking`, with the
        // standard's text of the clause as the starting point to edit (the usual way to deviate).
        const verder = context.textDocument.getText().slice(context.offset).trimStart();
        const metBlok = !verder.startsWith('{') && !verder.startsWith('"');
        artikelen(standaardVan(node)).forEach((a, i) => {
            const origineel = a.lid ? a.lid.alineas.map(alineaTekst).join(' ') : '';
            acceptor(context, {
                label: `"${a.nummer}"`,
                labelDetails: { description: a.kop },
                kind: a.lid ? CompletionItemKind.Field : CompletionItemKind.Module,
                detail: `art. ${a.nummer} ${a.kop}`,
                documentation: markdown(artikelTekst(a.artikel, a.lid)),
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
        const item = super.createReferenceCompletionItem(beschrijving, refInfo, context);
        const catalogus = beschrijving.documentUri.toString() === CATALOGUS_URI.toString();
        const container = refInfo.container;
        const gebruikt = ast.isVerwerking(container)
            ? new Set(((container as unknown as Record<string, unknown>)[refInfo.property] as Array<{ $refText: string }> | undefined ?? []).map(r => r.$refText))
            : new Set<string>();
        const naam = beschrijving.name;
        const volgorde = `${gebruikt.has(naam) ? '9' : '0'}${catalogus ? '1' : '0'}`;
        const node = beschrijving.node;
        if (beschrijving.type === ast.Categorie.$type) {
            const c = catalogus ? zoekPersoonsgegevens(naam) : undefined;
            const eigen = ast.isCategorie(node) ? node : undefined;
            const klasse = c ? KLASSE_KORT[c.klasse] : eigen?.bijzonder ? 'bijzonder' : undefined;
            return {
                ...item,
                kind: klasse ? CompletionItemKind.Constant : CompletionItemKind.EnumMember,
                labelDetails: { description: klasse ? `⚠ ${klasse}` : (catalogus ? undefined : 'eigen') },
                detail: c ? `${c.weergave} · ${KLASSE_OMSCHRIJVING[c.klasse]}` : `${eigen?.omschrijving ?? naam} · eigen categorie${eigen?.bijzonder ? ' · bijzonder' : ''}`,
                documentation: markdown(c ? categorieDocumentatie(naam) : `**${waarde(eigen?.omschrijving ?? naam)}** — eigen categorie persoonsgegevens, gedeclareerd in dit bestand.`),
                filterText: `${naam} ${c?.weergave ?? eigen?.omschrijving ?? ''}`.trim(),
                sortText: volgorde + naam
            };
        }
        if (beschrijving.type === ast.Betrokkene.$type) {
            const b = catalogus ? zoekBetrokkenen(naam) : undefined;
            const eigen = ast.isBetrokkene(node) ? node : undefined;
            return {
                ...item,
                kind: CompletionItemKind.EnumMember,
                labelDetails: { description: catalogus ? undefined : 'eigen' },
                detail: b ? b.weergave : `${eigen?.omschrijving ?? naam} · eigen categorie betrokkenen`,
                documentation: markdown(b ? betrokkeneDocumentatie(naam) : `**${waarde(eigen?.omschrijving ?? naam)}** — eigen categorie betrokkenen, gedeclareerd in dit bestand.`),
                filterText: `${naam} ${b?.weergave ?? eigen?.omschrijving ?? ''}`.trim(),
                sortText: volgorde + naam
            };
        }
        if (beschrijving.type === ast.Profiel.$type && ast.isProfiel(node)) {
            return { ...item, kind: CompletionItemKind.Class, labelDetails: { description: 'profiel' }, detail: node.verwerker?.naam ?? 'leveranciersprofiel' };
        }
        if (beschrijving.type === ast.Subverwerker.$type && ast.isSubverwerker(node)) {
            const profiel = ast.isProfiel(node.$container) ? node.$container.name : undefined;
            return {
                ...item,
                kind: CompletionItemKind.Module,
                labelDetails: { description: [node.land, profiel && `profiel ${profiel}`].filter(Boolean).join(' · ') || undefined },
                detail: [node.naam, node.uitbesteed].filter(Boolean).join(' · ') || 'subverwerker (tabel 3)',
                documentation: markdown(subverwerkerSamenvatting(node)),
                sortText: volgorde + naam
            };
        }
        return item;
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
            documentation: markdown(elementKort(s, keyword.value, regel)),
            sortText: '5' + keyword.value
        });
        const snippet = BLOK_SNIPPETS[keyword.value];
        if (snippet && snippet.regel === regel && this.isEersteVan(keyword)) {
            acceptor(context, {
                label: `${keyword.value} …`,
                labelDetails: { description: 'blok' },
                kind: CompletionItemKind.Snippet,
                detail: snippet.omschrijving,
                documentation: markdown(['```vwo', snippet.tekst.replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d/g, '').replace(/\t/g, '    '), '```'].join('\n')),
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
