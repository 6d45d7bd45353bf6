import { CstUtils, GrammarAST, GrammarUtils, type AstNode, type DocumentationProvider, type LangiumDocument, type LeafCstNode, type MaybePromise, type References } from 'langium';
import type { HoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import type { VwoServices } from '../vwo-module.js';
import type { Handleiding } from '../documentatie/handleiding.js';
import { code, elementMarkdown, letterlijk, letterlijkeRegels } from '../documentatie/markdown.js';
import { afwijkingHover, declaratieHover, gibitLijst, meldingHover, standaardVan, versieHover, waardeInstrument, waardeLand } from '../documentatie/waarden.js';
import { meldingBij } from '../beheer/meldingen.js';
import { profielHover } from '../profielen/hover.js';
import { zoekElement, type Standaard } from '../referentie/standaard/index.js';

/**
 * Hover for reviewers: every keyword says what it means, which article(s) of the standard it
 * fills, the GDPR element and the toelichting of those articles; every value (catalogue entry,
 * country, instrument, reference) says what it is. Built from the data in `language/referentie/`.
 */
export class VwoHoverProvider implements HoverProvider {
    private readonly references: References;
    private readonly documentation: DocumentationProvider;
    private readonly handleiding: Handleiding;

    constructor(services: VwoServices) {
        this.references = services.references.References;
        this.documentation = services.documentation.DocumentationProvider;
        this.handleiding = services.documentatie.Handleiding;
    }

    getHoverContent(document: LangiumDocument, params: HoverParams): MaybePromise<Hover | undefined> {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const leaf = CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(params.position));
        if (!leaf || leaf.hidden) return undefined;
        const markdown = this.inhoud(leaf);
        return markdown ? { contents: { kind: 'markdown', value: markdown }, range: leaf.range } : undefined;
    }

    /** The Markdown for the token under the cursor, or undefined for punctuation and free text. */
    inhoud(leaf: LeafCstNode): string | undefined {
        const node = leaf.astNode;
        if (GrammarAST.isKeyword(leaf.grammarSource)) {
            return this.keyword(leaf.grammarSource.value, node);
        }
        const toewijzing = GrammarUtils.findAssignment(leaf);
        switch (toewijzing?.feature) {
            case 'land':
                return ast.isDoorgifte(node) || ast.isSubverwerker(node) ? waardeLand(this.handleiding, leaf.text, node) : undefined;
            case 'instrument':
                return ast.isDoorgifte(node) ? waardeInstrument(this.handleiding, node) : undefined;
            case 'standaard':
                return ast.isOvereenkomst(node) ? versieHover(node.standaard) : undefined;
            case 'artikel':
                return ast.isAfwijking(node) ? afwijkingHover(this.handleiding, node) : undefined;
            case 'subverwerker':
                return ast.isMelding(node) ? meldingHover(this.handleiding, node) : undefined;
        }
        if (GrammarAST.isCrossReference(toewijzing?.terminal) || toewijzing?.feature === 'name') {
            if (ast.isProfiel(node)) return profielHover(this.handleiding, node);
            if (ast.isOvereenkomst(node) && toewijzing?.feature === 'profiel') {
                return node.profiel?.ref ? profielHover(this.handleiding, node.profiel.ref) : undefined;
            }
            if (ast.isOvereenkomst(node)) return this.keyword('overeenkomst', node);
            const doel = this.references.findDeclarations(leaf)[0];
            const melding = !doel && ast.isVerwerking(node) && toewijzing?.feature === 'subverwerkers' ? meldingBij(node, leaf.text) : undefined;
            if (melding) return meldingHover(this.handleiding, melding);
            const inhoud = doel ? declaratieHover(this.handleiding, doel, node) : undefined;
            // the author's own `/** … */` comment above the declaration, under the heading
            const notitie = doel ? this.documentation.getDocumentation(doel) : undefined;
            return inhoud && notitie ? inhoud.replace('\n\n', `\n\n${letterlijkeRegels(notitie)}\n\n`) : inhoud;
        }
        return undefined;
    }

    private keyword(keyword: string, node: AstNode): string | undefined {
        if (keyword === 'afwijking' && ast.isAfwijking(node)) return afwijkingHover(this.handleiding, node);
        // `bijzonder`, `BIO`, `certificering` … belong to the node they are part of; `Bewijs` and
        // `Normenstelsel` are small rules of their own, look up by keyword alone.
        const s = standaardVan(node);
        const element = zoekElement(s, keyword, node.$type);
        if (!element) return undefined;
        const extra: string[] = [];
        if (keyword === 'overeenkomst') extra.push(onderwerpenTabel(s));
        if (keyword === 'gibit') extra.push(`**Bijlage 3** neemt deze artikelen van de GIBIT 2020 op:\n\n${gibitLijst(s)}`);
        if (keyword === 'standaard') extra.push(`Deze overeenkomst: versie ${code(ast.isOvereenkomst(node) ? node.standaard ?? '(niet genoemd)' : '')} — ${s.bron.titel} ${s.bron.versie}.`);
        return elementMarkdown(this.handleiding, s, keyword, element, extra);
    }
}

/** §2.3 of the standard: where it settles each subject art. 28 lid 3 AVG requires. */
function onderwerpenTabel(s: Standaard): string {
    const { kop, rijen, nb } = s.onderwerpen;
    const cel = (t: string) => letterlijk(t).replace(/\|/g, '\\|');
    return [
        '**Verplichte onderwerpen** (§2.3; art. 28 lid 3 AVG)',
        '',
        `| ${cel(kop.onderwerp)} | ${cel(kop.waar)} |`,
        '|---|---|',
        ...rijen.map(o => `| ${cel(o.onderwerp)} | ${cel(o.waar)} |`),
        '',
        `*${letterlijk(nb)}*`
    ].join('\n');
}
