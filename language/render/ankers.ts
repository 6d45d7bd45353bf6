/**
 * Where each part of a `.vwo` file lands in the rendered document: source line ranges mapped to
 * the anchors of the document model, so the preview can scroll to the article of the cursor.
 */
import { GrammarUtils, type AstNode } from 'langium';
import type { Overeenkomst } from '../generated/ast.js';
import { standaard as zoekStandaard, zoekArtikel } from '../referentie/standaard/index.js';

export interface BronAnker {
    /** first and last source line (0-based, as in LSP) */
    readonly van: number;
    readonly tot: number;
    readonly anker: string;
}

export function bronAnkers(o: Overeenkomst): BronAnker[] {
    const ankers: BronAnker[] = [];
    const voeg = (node: AstNode | undefined, anker: string) => {
        const bereik = node?.$cstNode?.range;
        if (bereik) ankers.push({ van: bereik.start.line, tot: bereik.end.line, anker });
    };
    const s = zoekStandaard(o.standaard);
    const standaardRegel = GrammarUtils.findNodeForProperty(o.$cstNode, 'standaard');
    if (standaardRegel) ankers.push({ van: standaardRegel.range.start.line, tot: standaardRegel.range.end.line, anker: 'titel' });
    voeg(o.hoofdovereenkomst, 'overwegingen');
    const diensten = GrammarUtils.findNodeForProperty(o.$cstNode, 'diensten');
    if (diensten) ankers.push({ van: diensten.range.start.line, tot: diensten.range.end.line, anker: 'overwegingen' });
    voeg(o.verwerkingsverantwoordelijke, 'aanhef');
    voeg(o.verwerker, 'aanhef');
    for (const c of [...o.categorieen, ...o.betrokkenen, ...o.verwerkingen]) voeg(c, 'bijlage-1-tabel-1');
    for (const c of o.contactpersonen) voeg(c, 'bijlage-1-tabel-2');
    for (const c of o.subverwerkers) voeg(c, 'bijlage-1-tabel-3');
    voeg(o.beveiliging, 'bijlage-2');
    const gibit = GrammarUtils.findNodeForProperty(o.$cstNode, 'gibit');
    if (gibit) ankers.push({ van: gibit.range.start.line, tot: gibit.range.end.line, anker: 'bijlage-3' });
    voeg(o.ondertekening, 'ondertekening');
    for (const a of o.afwijkingen) {
        const verwijzing = s ? zoekArtikel(s, a.artikel ?? '') : undefined;
        voeg(a, verwijzing ? `artikel-${verwijzing.nummer}` : 'afwijkingen');
    }
    return ankers;
}
