/**
 * The portfolio from checked agreements: one pass over each tree, then the lists grouped and
 * sorted. Pure: the CLI and the language server hand in the trees and their diagnostics.
 */
import type { AstNode } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { isOvereenkomst, type Categorie, type Overeenkomst } from '../generated/ast.js';
import { agendapunten, ondertekendOp } from '../beheer/agenda.js';
import { bruikbareMeldingen, gebruikteSubverwerker } from '../beheer/meldingen.js';
import { zoekArtikel, standaard, huidigeStandaard } from '../referentie/standaard/index.js';
import { isEer, normaliseerLandcode, zoekBestemming } from '../referentie/landen.js';
import { gebruik } from '../scoping/gebruik.js';
import { telMeldingen } from '../syntax/begrenzing.js';
import { isBijzondereKlasse, klasseVan } from '../validation/gegevens.js';
import { gevuld } from '../tekst.js';
import { leverancierVan, sleutel } from './leverancier.js';
import type { AfwijkingRij, BijzonderRij, DoorgifteRij, LeverancierRij, OvereenkomstRij, Portefeuille, SubverwerkerRij, Vindplaats } from './model.js';

/** One checked file: its tree, how the user names it, and what the checks found. */
export interface Gecontroleerd {
    readonly wortel: AstNode;
    readonly bestand: string;
    readonly diagnostics: readonly Diagnostic[];
}

const volgorde = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
const op = <T>(...sleutels: Array<(r: T) => string | null>) => (a: T, b: T) => {
    for (const s of sleutels) {
        const verschil = volgorde.compare(s(a) ?? '', s(b) ?? '');
        if (verschil !== 0) return verschil;
    }
    return 0;
};


export const regelVan = (node: AstNode | undefined): number => (node?.$cstNode?.range.start.line ?? 0) + 1;
export const naamVan = (o: Overeenkomst): string => o.name ?? '(zonder naam)';


export function overeenkomstRij(o: Overeenkomst, bestand: string, diagnostics: readonly Diagnostic[], peildatum: string): OvereenkomstRij {
    const leverancier = leverancierVan(o);
    const ondertekend = ondertekendOp(o);
    const volgende = agendapunten(o, peildatum)[0];
    // also the findings a file had beyond what is shown (`te-veel-meldingen`)
    const { fouten, waarschuwingen } = telMeldingen(diagnostics);
    return {
        overeenkomst: naamVan(o), bestand, regel: regelVan(o),
        leverancier: leverancier.naam ?? null,
        kvk: leverancier.kvk ?? null,
        gemeente: gevuld(o.verwerkingsverantwoordelijke?.gemeente) ?? null,
        hoofdovereenkomst: gevuld(o.hoofdovereenkomst?.titel) ?? null,
        gesloten: o.hoofdovereenkomst?.gesloten ?? null,
        status: ondertekend ? 'ondertekend' : 'concept',
        ondertekend: ondertekend ?? null,
        fouten, waarschuwingen,
        volgendeBeheer: volgende ? { datum: volgende.datum, titel: volgende.titel, status: volgende.status } : null
    };
}

export function overeenkomstenVan(bestanden: readonly Gecontroleerd[]): Array<{ o: Overeenkomst; bestand: Gecontroleerd }> {
    return bestanden.flatMap(b => isOvereenkomst(b.wortel) ? [{ o: b.wortel, bestand: b }] : []);
}

export function bouwPortefeuille(bestanden: readonly Gecontroleerd[], peildatum: string): Portefeuille {
    const overeenkomsten: OvereenkomstRij[] = [];
    const leveranciers = new Map<string, { rij: LeverancierRij; overeenkomsten: Vindplaats[] }>();
    const subverwerkers = new Map<string, { rij: SubverwerkerRij; landen: Set<string>; leveranciers: Set<string>; overeenkomsten: Vindplaats[] }>();
    const doorgiften: DoorgifteRij[] = [];
    const bijzondereGegevens: BijzonderRij[] = [];
    const afwijkingen: AfwijkingRij[] = [];

    for (const { o, bestand } of overeenkomstenVan(bestanden)) {
        const rij = overeenkomstRij(o, bestand.bestand, bestand.diagnostics, peildatum);
        overeenkomsten.push(rij);
        const hier: Vindplaats = { overeenkomst: rij.overeenkomst, bestand: rij.bestand, regel: rij.regel };
        const leverancier = leverancierVan(o);

        const l = sleutel(leverancier.naam, leverancier.kvk);
        const groep = leveranciers.get(l) ?? { rij: { leverancier: rij.leverancier, kvk: rij.kvk, vestigingsplaats: leverancier.vestigingsplaats ?? null, overeenkomsten: [] }, overeenkomsten: [] };
        groep.overeenkomsten.push(hier);
        leveranciers.set(l, groep);

        // a sub-processor of the profile is written in the profile: the place is where the agreement names it
        const profielRegel = (o.profiel?.$refNode?.range.start.line ?? 0) + 1;
        const voegSubverwerkerToe = (naam: string | null, kvk: string | null, land: string | undefined, regel: number) => {
            const k = sleutel(naam ?? undefined, kvk ?? undefined);
            const sv = subverwerkers.get(k) ?? { rij: { subverwerker: naam, kvk, landen: [], leveranciers: [], overeenkomsten: [] }, landen: new Set(), leveranciers: new Set(), overeenkomsten: [] };
            if (land) sv.landen.add(normaliseerLandcode(land));
            if (leverancier.naam) sv.leveranciers.add(leverancier.naam);
            sv.overeenkomsten.push({ ...hier, regel });
            subverwerkers.set(k, sv);
        };
        for (const s of leverancier.subverwerkers) {
            voegSubverwerkerToe(gevuld(s.naam)?.trim() ?? s.name ?? null, gevuld(s.kvk ?? s.registratie)?.trim() ?? null, s.land, s.$container === o ? regelVan(s) : profielRegel);
        }
        // announced after signing (art. 4.5) and not objected to: the supplier engages it as well
        for (const m of bruikbareMeldingen(o)) {
            if (!leverancier.subverwerkers.some(s => s.name === m.subverwerker)) voegSubverwerkerToe(m.subverwerker, null, m.land, regelVan(m));
        }

        for (const v of o.verwerkingen) {
            for (const d of v.doorgiften) {
                if (!d.land || isEer(d.land)) continue;
                const land = normaliseerLandcode(d.land);
                doorgiften.push({
                    ...hier, regel: regelVan(d), leverancier: rij.leverancier,
                    verwerking: gevuld(v.naam) ?? v.name ?? '',
                    land, landnaam: zoekBestemming(land)?.naam ?? null,
                    instrument: d.instrument ?? null,
                    maatregelen: gevuld(d.maatregelen) ?? null,
                    doorgiftetoets: d.toets ? { datum: d.toets.datum ?? null, uitkomst: d.toets.uitkomst ?? null } : null,
                    subverwerkers: v.subverwerkers.flatMap(r => {
                        const s = gebruikteSubverwerker(v, r);
                        return s?.land && normaliseerLandcode(s.land) === land ? [s.naam] : [];
                    })
                });
            }
        }

        for (const plekken of gebruik(o, 'persoonsgegevens').values()) {
            const categorie = plekken[0].verwijzing.ref as Categorie | undefined;
            const klasse = categorie && klasseVan(categorie);
            if (!categorie || !klasse || !isBijzondereKlasse(klasse)) continue;
            bijzondereGegevens.push({
                ...hier, regel: (plekken[0].verwijzing.$refNode?.range.start.line ?? 0) + 1, leverancier: rij.leverancier,
                categorie: gevuld(categorie.omschrijving) ?? categorie.name,
                klasse,
                verwerkingen: [...new Set(plekken.map(p => gevuld(p.verwerking.naam) ?? p.verwerking.name))]
            });
        }

        const s = standaard(o.standaard) ?? huidigeStandaard();
        for (const a of o.afwijkingen) {
            if (a.artikel === undefined) continue;
            const artikel = zoekArtikel(s, a.artikel);
            afwijkingen.push({
                ...hier, regel: regelVan(a), leverancier: rij.leverancier,
                artikel: artikel?.nummer ?? a.artikel, kop: artikel?.kop ?? null,
                tekst: gevuld(a.tekst) ?? null, motivering: gevuld(a.motivering) ?? null
            });
        }
    }

    const opOvereenkomst = op<Vindplaats>(v => v.overeenkomst, v => v.bestand);
    return {
        overeenkomsten: overeenkomsten.sort(op(r => r.leverancier, r => r.overeenkomst, r => r.bestand)),
        leveranciers: [...leveranciers.values()].map(g => ({ ...g.rij, overeenkomsten: g.overeenkomsten.sort(opOvereenkomst) })).sort(op(r => r.leverancier, r => r.kvk)),
        subverwerkers: [...subverwerkers.values()].map(g => ({
            ...g.rij, landen: [...g.landen].sort(), leveranciers: [...g.leveranciers].sort(volgorde.compare), overeenkomsten: g.overeenkomsten.sort(opOvereenkomst)
        })).sort(op(r => r.subverwerker, r => r.kvk)),
        doorgiften: doorgiften.sort(op(r => r.land, r => r.overeenkomst, r => r.verwerking)),
        bijzondereGegevens: bijzondereGegevens.sort(op(r => r.overeenkomst, r => r.bestand, r => r.categorie)),
        afwijkingen: afwijkingen.sort(op(r => r.overeenkomst, r => r.bestand, r => r.artikel))
    };
}
