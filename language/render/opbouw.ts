/**
 * Builds the document model of an agreement: the template of its standard version (chapter 3,
 * `language/referentie/standaard/`) filled in from the `.vwo` file. A pure function of the AST;
 * anything missing stays the standard's own placeholder, which the diagnostics explain.
 */
import type {
    Afwijking as AfwijkingNode, Betrokkene, Categorie, Contactpersoon, Doorgifte, Normenstelsel, Ondertekenaar,
    Overeenkomst, Subverwerker, Verwerking
} from '../generated/ast.js';
import type { Reference } from 'langium';
import { bestemmingNaam, isEer } from '../referentie/landen.js';
import { zoekInstrument } from '../referentie/instrumenten.js';
import {
    huidigeStandaard, isInvulveld, origineleTekst, standaard as zoekStandaard, zoekArtikel,
    type Alinea as SjabloonAlinea, type Invulveld, type Keuze as SjabloonKeuze, type Lid as SjabloonLid, type Standaard, type Veld
} from '../referentie/standaard/index.js';
import type { Afwijking, AfwijkingsMarkering, Blok, Inline, Regel, Voetnoot, VwoDocument } from './model.js';
import { platteTekst } from './model.js';
import { gevuld, langeDatum } from '../tekst.js';

/** How the standard words each bestuursorgaan in its aanhef. */
export const BESTUURSORGAAN: Readonly<Record<string, string>> = {
    college: 'het college van Burgemeester en Wethouders',
    raad: 'de Gemeenteraad',
    burgemeester: 'de burgemeester'
};

/**
 * User text as every format can carry it: control characters (which XML 1.0 forbids, so they
 * would break a DOCX) become spaces, and lone surrogates become U+FFFD.
 */
export function schoon(t: string): string {
    const heel = typeof (t as { toWellFormed?: () => string }).toWellFormed === 'function' ? (t as unknown as { toWellFormed(): string }).toWellFormed() : t;
    return heel.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g, ' ').replace(/[\t\r\n]/g, ' ');
}

const tekst = (t: string): Inline => ({ soort: 'tekst', tekst: schoon(t) });
const waarde = (t: string): Inline => ({ soort: 'waarde', tekst: schoon(t) });
const invulveld = (t: string): Inline => ({ soort: 'invulveld', tekst: t });

/** A value of the file, or the placeholder when it is missing or empty. */
function waardeOf(w: string | undefined, placeholder: string): Inline {
    return w !== undefined && w.trim() !== '' ? waarde(w) : invulveld(placeholder);
}

/** The value of one field of the template, or undefined when the file does not give it. */
function veldwaarde(o: Overeenkomst, veld: Veld): string | undefined {
    const vv = o.verwerkingsverantwoordelijke;
    const vw = o.verwerker;
    const onderteken = (rol: string) => o.ondertekening?.ondertekenaars.find(x => x.rol === rol);
    const normen = (soorten: Array<string | undefined>) => o.beveiliging?.normenstelsels.filter(n => soorten.includes(n.soort)) ?? [];
    switch (veld) {
        case 'hoofdovereenkomst.titel': return gevuld(o.hoofdovereenkomst?.titel);
        case 'hoofdovereenkomst.gesloten': return langeDatum(o.hoofdovereenkomst?.gesloten);
        case 'diensten': return gevuld(o.diensten);
        case 'gemeente': return gevuld(vv?.gemeente);
        case 'bestuursorgaan': return vv?.bestuursorgaan ? BESTUURSORGAAN[vv.bestuursorgaan] : undefined;
        case 'verwerkingsverantwoordelijke.aanspreekvorm': return aanspreekvorm(vv?.vertegenwoordiger?.naam);
        case 'verwerkingsverantwoordelijke.vertegenwoordiger': return gevuld(vv?.vertegenwoordiger?.naam);
        case 'verwerkingsverantwoordelijke.functie': return gevuld(vv?.vertegenwoordiger?.functie);
        case 'verwerker.naam': return gevuld(vw?.naam);
        case 'verwerker.vestigingsplaats': return gevuld(vw?.vestigingsplaats);
        case 'verwerker.kvk': return gevuld(vw?.kvk);
        case 'verwerker.aanspreekvorm': return aanspreekvorm(vw?.vertegenwoordiger?.naam);
        case 'verwerker.vertegenwoordiger': return gevuld(vw?.vertegenwoordiger?.naam);
        case 'verwerker.functie': return gevuld(vw?.vertegenwoordiger?.functie);
        case 'ondertekening.ingangsdatum': return langeDatum(o.ondertekening?.ingangsdatum);
        case 'ondertekening.verwerkingsverantwoordelijke.naamFunctie': return naamFunctie(onderteken('verwerkingsverantwoordelijke'));
        case 'ondertekening.verwerkingsverantwoordelijke.plaats': return gevuld(onderteken('verwerkingsverantwoordelijke')?.plaats);
        case 'ondertekening.verwerkingsverantwoordelijke.datum': return langeDatum(onderteken('verwerkingsverantwoordelijke')?.datum);
        case 'ondertekening.verwerker.naamFunctie': return naamFunctie(onderteken('verwerker'));
        case 'ondertekening.verwerker.plaats': return gevuld(onderteken('verwerker')?.plaats);
        case 'ondertekening.verwerker.datum': return langeDatum(onderteken('verwerker')?.datum);
        case 'normenstelsel.norm': return lijst(normen([undefined]).map(n => n.naam));
        case 'normenstelsel.gecertificeerd': {
            const gewoon = normen([undefined]);
            return gewoon.length === 0 ? undefined : gewoon.some(n => n.gecertificeerd) ? 'wel' : 'niet';
        }
        case 'normenstelsel.overheidsnorm': return lijst(normen(['BIO', 'overheidsnorm']).map(normNaam));
        case 'normenstelsel.anders': return lijst(normen(['anders']).map(n => n.naam));
        case 'toereikendheid.eigenControles': return lijst(o.beveiliging?.toereikendheid.filter(b => b.soort === 'eigenControles').map(b => b.omschrijving) ?? []);
        case 'gedragscode': return gevuld(o.beveiliging?.gedragscode);
        default: return undefined;
    }
}

function normNaam(n: Normenstelsel): string | undefined {
    return n.soort === 'BIO' ? 'Baseline Informatiebeveiliging Overheid (BIO)' : n.naam;
}

function lijst(waarden: Array<string | undefined>): string | undefined {
    const echt = waarden.filter((w): w is string => gevuld(w) !== undefined);
    return echt.length > 0 ? echt.join('; ') : undefined;
}

/** "mevrouw A. de Vries" → "mevrouw"; the representative's name carries its form of address. */
function aanspreekvorm(naam: string | undefined): string | undefined {
    const m = /^(de heer|mevrouw|heer)\b/i.exec(naam ?? '');
    return m ? m[1] : undefined;
}

function naamFunctie(o: Ondertekenaar | undefined): string | undefined {
    const naam = gevuld(o?.naam);
    if (!naam) return undefined;
    const functie = gevuld(o?.functie);
    return functie ? `${naam}, ${functie}` : naam;
}

/** The name a reference shows: the declaration's description (catalogue display text), else its name. */
function weergave(ref: Reference<Categorie | Betrokkene>): string {
    const doel = ref.ref;
    return gevuld(doel?.omschrijving) ?? doel?.name ?? ref.$refText;
}

class Bouwer {
    readonly blokken: Blok[] = [];
    readonly voetnoten: Voetnoot[] = [];
    readonly afwijkingen: Afwijking[] = [];
    openVelden = 0;

    constructor(readonly o: Overeenkomst, readonly s: Standaard) { }

    /** Fills a paragraph of the template. A filled value never runs into the next word. */
    vul(a: SjabloonAlinea): Regel {
        const regel: Inline[] = [];
        for (const deel of a) {
            if (isInvulveld(deel)) {
                regel.push(this.veld(deel));
            } else {
                const vorige = regel[regel.length - 1];
                regel.push(tekst(vorige?.soort === 'waarde' && /^\p{L}/u.test(deel) ? `, ${deel}` : deel));
            }
        }
        return regel;
    }

    veld(v: Invulveld): Inline {
        const w = veldwaarde(this.o, v.veld);
        if (w === undefined) {
            this.openVelden++;
            return invulveld(v.origineel);
        }
        return waarde(w);
    }

    /** A placeholder of vwo's own (table cells), in the standard's `<…>` form. */
    open(w: string | undefined, placeholder: string): Inline {
        const inline = waardeOf(w, placeholder);
        if (inline.soort === 'invulveld') this.openVelden++;
        return inline;
    }

    voetnoot(regel: Regel): number {
        const nummer = this.voetnoten.length + 1;
        this.voetnoten.push({ nummer, tekst: regel });
        return nummer;
    }

    afwijking(node: AfwijkingNode, kop: string | undefined, origineel: string): { markering: AfwijkingsMarkering; regel: Regel } {
        const motivering = gevuld(node.motivering) && schoon(node.motivering!);
        const nummer = this.voetnoot([
            tekst('Afwijking van de standaard (artikel '), waarde(node.artikel ?? ''), tekst(')'),
            ...(motivering ? [tekst('. Motivering: '), waarde(motivering)] : [tekst('.')])
        ]);
        this.afwijkingen.push({ artikel: schoon(node.artikel ?? ''), kop, origineel, tekst: gevuld(node.tekst) && schoon(node.tekst!), motivering });
        return {
            markering: { artikel: schoon(node.artikel ?? ''), motivering, voetnoot: nummer },
            regel: [this.open(node.tekst, '<afwijkende tekst>'), { soort: 'voetnoot', nummer }]
        };
    }

    bouw(): void {
        const t = this.s.tekst;
        this.blokken.push({ soort: 'kop', niveau: 1, tekst: this.vul(t.titel), anker: 'titel' });
        t.aanhef.forEach((a, i) => this.blokken.push({ soort: 'alinea', tekst: this.vul(a), anker: i === 0 ? 'aanhef' : undefined }));
        this.blokken.push({ soort: 'alinea', tekst: [tekst(t.overwegingen.inleiding)], anker: 'overwegingen' });
        this.blokken.push({
            soort: 'opsomming',
            punten: t.overwegingen.punten.map(p => ({ label: `${p.letter})`, alineas: p.alineas.map(a => this.vul(a)) }))
        });
        this.blokken.push({ soort: 'alinea', tekst: [tekst(t.overwegingen.slot)] });
        this.artikelen();
        this.ondertekening();
        this.bijlage1();
        this.bijlage2();
        if (this.o.gibit) this.bijlage3();
        this.afwijkingenBijlage();
        this.colofon();
    }

    artikelen(): void {
        const afwijkingen = new Map<string, AfwijkingNode>();
        for (const a of this.o.afwijkingen) {
            const verwijzing = zoekArtikel(this.s, a.artikel ?? '');
            if (verwijzing) afwijkingen.set(verwijzing.nummer, a);
            else this.afwijkingen.push({ artikel: schoon(a.artikel ?? ''), tekst: gevuld(a.tekst) && schoon(a.tekst!), motivering: gevuld(a.motivering) && schoon(a.motivering!) });
        }
        for (const artikel of this.s.tekst.artikelen) {
            this.blokken.push({ soort: 'kop', niveau: 2, nummer: `Artikel ${artikel.nummer}`, tekst: [tekst(artikel.kop)], anker: `artikel-${artikel.nummer}`, artikel: true });
            const geheel = afwijkingen.get(artikel.nummer);
            if (geheel) {
                const origineel = artikel.leden.map(l => `${l.nummer} ${l.alineas.map(origineleTekst).join(' ')}`).join('\n');
                const { markering, regel } = this.afwijking(geheel, artikel.kop, origineel);
                this.blokken.push({ soort: 'alinea', tekst: regel, afwijking: markering });
                continue;
            }
            for (const lid of artikel.leden) {
                const afwijking = afwijkingen.get(lid.nummer);
                if (afwijking) {
                    const { markering, regel } = this.afwijking(afwijking, lid.kop ?? artikel.kop, lid.alineas.map(origineleTekst).join('\n'));
                    this.blokken.push({ soort: 'lid', nummer: lid.nummer, kop: lid.kop, alineas: [regel], anker: `artikel-${lid.nummer}`, artikel: true, afwijking: markering });
                } else {
                    this.blokken.push(this.lid(lid, true));
                }
            }
        }
    }

    lid(lid: SjabloonLid, artikel: boolean): Blok {
        return { soort: 'lid', nummer: lid.nummer, kop: lid.kop, alineas: lid.alineas.map(a => this.vul(a)), anker: `artikel-${lid.nummer}`, artikel };
    }

    ondertekening(): void {
        const o = this.s.tekst.ondertekening;
        this.blokken.push({ soort: 'kop', niveau: 2, tekst: [tekst(o.kop)], anker: 'ondertekening' });
        this.blokken.push({ soort: 'alinea', tekst: [tekst(o.slotformule)], bijVolgende: true });
        this.blokken.push({ soort: 'alinea', tekst: this.vul(o.ingangsdatum), bijVolgende: true });
        // the columns line up from the bottom ("namens deze", "plaats", "datum"), as in the standard
        const links = o.verwerkingsverantwoordelijke.map(a => this.vul(a));
        const rechts = o.verwerker.map(a => this.vul(a));
        const kort = links.length < rechts.length ? links : rechts;
        kort.splice(1, 0, ...Array.from({ length: Math.abs(links.length - rechts.length) }, (): Regel => []));
        this.blokken.push({ soort: 'ondertekening', links, rechts });
    }

    bijlage1(): void {
        const b = this.s.tekst.bijlage1;
        this.blokken.push({ soort: 'paginaeinde' });
        this.blokken.push({ soort: 'kop', niveau: 2, tekst: [tekst(b.titel)], anker: 'bijlage-1' });
        this.blokken.push({ soort: 'kop', niveau: 3, tekst: [tekst(b.verwerkingen.kop)], anker: 'bijlage-1-tabel-1' });
        const verwerkingen = this.o.verwerkingen.length > 0 ? this.o.verwerkingen.map(v => this.verwerkingRij(v)) : [this.legeVerwerkingRij()];
        this.blokken.push({ soort: 'tabel', kolommen: b.verwerkingen.kolommen, rijen: verwerkingen, breedtes: [12, 16, 14, 18, 12, 13, 15] });

        const c = b.contactgegevens;
        this.blokken.push({ soort: 'kop', niveau: 3, tekst: [tekst(c.kop)], anker: 'bijlage-1-tabel-2' });
        this.blokken.push({
            soort: 'tabel', kolommen: [], labelkolom: true, breedtes: [40, 60],
            rijen: [
                [[[tekst(c.verwerkingsverantwoordelijke)]], this.contactCel('verwerkingsverantwoordelijke', c.celInhoud)],
                [[[tekst(c.verwerker)]], this.contactCel('verwerker', c.celInhoud)],
                [[[tekst(c.ibd[0])]], [[tekst(c.ibd[1])]]]
            ]
        });
        this.blokken.push({ soort: 'alinea', tekst: [tekst(c.nb)], stijl: 'opmerking' });

        this.blokken.push({ soort: 'kop', niveau: 3, tekst: [tekst(b.subverwerkers.kop)], anker: 'bijlage-1-tabel-3' });
        const subverwerkers = this.o.subverwerkers.length > 0
            ? this.o.subverwerkers.map(s => this.subverwerkerRij(s))
            : [[[[waarde('Geen subverwerkers')]], [[waarde('—')]], [[waarde('—')]], [[waarde('—')]]]];
        this.blokken.push({ soort: 'tabel', kolommen: b.subverwerkers.kolommen, rijen: subverwerkers, breedtes: [34, 18, 28, 20] });
    }

    verwerkingRij(v: Verwerking): Array<Regel[]> {
        const betrokkenen = v.betrokkenen.map(weergave);
        const gegevens = v.persoonsgegevens.map(weergave);
        const doorgiften = v.doorgiften;
        return [
            [[this.open(v.naam ?? v.name, '<naam verwerking>')]],
            [[this.open(v.doeleinden, '<verwerkingsdoeleinden>')]],
            betrokkenen.length > 0 ? betrokkenen.map(b => [waarde(b)]) : [[this.open(undefined, '<categorieën van betrokkenen>')]],
            gegevens.length > 0 ? gegevens.map(g => [waarde(g)]) : [[this.open(undefined, '<categorieën persoonsgegevens>')]],
            doorgiften.length > 0 ? doorgiften.map(d => [d.land ? waarde(doorgifteTekst(d.land)) : this.open(undefined, '<derde land>')]) : [[waarde('Nee')]],
            doorgiften.length > 0 ? doorgiften.map(d => [this.instrument(d)]) : [[waarde('n.v.t.')]],
            doorgiften.length > 0 ? doorgiften.map(d => [this.maatregelen(d)]) : [[waarde('n.v.t.')]]
        ];
    }

    legeVerwerkingRij(): Array<Regel[]> {
        return ['<naam verwerking>', '<verwerkingsdoeleinden>', '<categorieën van betrokkenen>', '<categorieën persoonsgegevens>',
            '<doorgifte naar derde landen>', '<doorgifte-instrument>', '<aanvullende maatregelen>'].map(p => [[this.open(undefined, p)]]);
    }

    instrument(d: Doorgifte): Inline {
        if (d.land && isEer(d.land) && !d.instrument) return waarde('n.v.t.');
        if (!d.instrument) return this.open(undefined, '<doorgifte-instrument>');
        return waarde(zoekInstrument(d.instrument)?.weergave ?? d.instrument);
    }

    maatregelen(d: Doorgifte): Inline {
        if (gevuld(d.maatregelen)) return waarde(d.maatregelen!);
        const nodig = d.instrument ? zoekInstrument(d.instrument)?.maatregelenVereist ?? false : !(d.land && isEer(d.land));
        return nodig ? this.open(undefined, '<aanvullende maatregelen>') : waarde('n.v.t.');
    }

    contactCel(rol: string, labels: readonly string[]): Regel[] {
        const personen: Contactpersoon[] = this.o.contactpersonen.filter(c => c.rol === rol);
        const [naamLabel, contactLabel] = labels;
        if (personen.length === 0) {
            return [[tekst(`${naamLabel} `), this.open(undefined, '<naam>')], [tekst(`${contactLabel} `), this.open(undefined, '<contactgegevens>')]];
        }
        return personen.flatMap(c => {
            const gegevens = [c.email, c.telefoon].filter(w => gevuld(w)).join(', ');
            return [
                [tekst(`${naamLabel} `), this.open(c.naam, '<naam>')],
                [tekst(`${contactLabel} `), this.open(gegevens, '<contactgegevens>')],
                [tekst('Buiten kantooruren: '), this.open(c.buitenKantooruren, '<telefoonnummer buiten kantooruren>')]
            ];
        });
    }

    subverwerkerRij(s: Subverwerker): Array<Regel[]> {
        const naam: Regel[] = [[this.open(s.naam, '<naam subverwerker>')], [this.open(s.contact, '<contactgegevens>')]];
        if (s.land) naam.push([tekst('Vestigingsland: '), waarde(`${bestemmingNaam(s.land)} (${s.land})`)]);
        return [
            naam,
            [[this.open(s.kvk ?? s.registratie, '<KvK-nummer>')]],
            [[this.open(s.uitbesteed, '<uitbestede verwerkingen>')]],
            [[this.open(s.toepassing, '<toepassing>')]]
        ];
    }

    bijlage2(): void {
        const b = this.s.tekst.bijlage2;
        const beveiliging = this.o.beveiliging;
        const normen = new Set<string>((beveiliging?.normenstelsels ?? []).map(n => n.soort === undefined ? 'norm' : n.soort === 'BIO' ? 'overheidsnorm' : n.soort));
        const bewijzen = beveiliging?.toereikendheid ?? [];
        this.blokken.push({ soort: 'paginaeinde' });
        this.blokken.push({ soort: 'kop', niveau: 2, tekst: [tekst(b.titel)], anker: 'bijlage-2' });
        this.blokken.push({ soort: 'kop', niveau: 3, tekst: [tekst(b.normenstelsel.kop)] });
        for (const k of b.normenstelsel.keuzes) this.keuze(k, normen.has(k.sleutel));
        this.blokken.push({ soort: 'kop', niveau: 3, tekst: [tekst(b.toereikendheid.kop)] });
        this.blokken.push({ soort: 'alinea', tekst: [tekst(b.toereikendheid.inleiding)] });
        for (const k of b.toereikendheid.keuzes) {
            const gekozen = bewijzen.filter(x => x.soort === k.sleutel);
            // the standard has no line to fill for these two; the file's description goes below the box
            const toelichting = k.invulregel ? [] : gekozen.map(x => gevuld(x.omschrijving)).filter((x): x is string => !!x).map(x => [waarde(x)]);
            this.keuze(k, gekozen.length > 0, toelichting);
        }
        this.blokken.push({ soort: 'alinea', tekst: [tekst(b.toereikendheid.nb)], stijl: 'opmerking' });
        this.blokken.push({ soort: 'kop', niveau: 3, tekst: [tekst(b.gedragscode.kop)] });
        for (const k of b.gedragscode.keuzes) this.keuze(k, gevuld(beveiliging?.gedragscode) !== undefined);
    }

    /** A tick box; an unticked box keeps the standard's dotted lines, a ticked one is filled. */
    keuze(k: SjabloonKeuze, aangevinkt: boolean, extra: Regel[] = []): void {
        const regel = (a: SjabloonAlinea): Regel => aangevinkt ? this.vul(a) : [tekst(origineleTekst(a))];
        this.blokken.push({ soort: 'keuze', aangevinkt, tekst: regel(k.tekst), regels: [...(k.invulregel ? [regel(k.invulregel)] : []), ...extra] });
    }

    bijlage3(): void {
        const b = this.s.tekst.bijlage3;
        this.blokken.push({ soort: 'paginaeinde' });
        this.blokken.push({ soort: 'kop', niveau: 2, tekst: [tekst(b.titel)], anker: 'bijlage-3' });
        for (const artikel of b.artikelen) {
            this.blokken.push({ soort: 'kop', niveau: 3, nummer: `Artikel ${artikel.nummer}.`, tekst: [tekst(artikel.kop)], anker: `gibit-${artikel.nummer}` });
            for (const blok of artikel.blokken) {
                if (blok.tussenkop) this.blokken.push({ soort: 'alinea', tekst: [tekst(blok.tussenkop)], stijl: 'toelichting' });
                for (const lid of blok.leden) this.blokken.push({ ...this.lid(lid, false), anker: `gibit-${lid.nummer}` } as Blok);
            }
        }
    }

    afwijkingenBijlage(): void {
        if (this.afwijkingen.length === 0) return;
        this.blokken.push({ soort: 'paginaeinde' });
        this.blokken.push({ soort: 'kop', niveau: 2, tekst: [tekst('Afwijkingen van de Standaard VWO')], anker: 'afwijkingen' });
        this.blokken.push({
            soort: 'alinea', stijl: 'toelichting',
            tekst: [tekst(`Deze overeenkomst wijkt op de volgende punten af van de ${this.s.bron.titel} ${this.s.bron.versie} (pas toe of leg uit). Gemeenten vermelden deze afwijkingen in hun jaarverslag.`)]
        });
        this.blokken.push({
            soort: 'tabel', kolommen: ['Artikel', 'Tekst van de standaard', 'Afwijkende tekst', 'Motivering'], breedtes: [14, 30, 30, 26],
            rijen: this.afwijkingen.map(a => [
                [[waardeOf(a.kop ? `${a.artikel} ${a.kop}` : a.artikel, '<artikel>')]],
                a.origineel ? a.origineel.split('\n').map(r => [tekst(r)]) : [[invulveld('<onbekend artikel>')]],
                [[waardeOf(a.tekst, '<afwijkende tekst>')]],
                [[waardeOf(a.motivering, '<motivering>')]]
            ])
        });
    }

    colofon(): void {
        const b = this.s.bron;
        const [j, m, d] = b.versiedatum.split('-');
        this.blokken.push({
            soort: 'alinea', stijl: 'toelichting', anker: 'colofon',
            tekst: [tekst(`Tekst: ${b.titel}, versie ${b.versie} van ${d}-${m}-${j}. Bron: ${b.naamsvermelding}, licentie ${b.licentie} (${b.licentieUrl}).`)]
        });
    }
}

function doorgifteTekst(land: string): string {
    const naam = `${bestemmingNaam(land)} (${land})`;
    return isEer(land) ? `Nee — ${naam} ligt in de EER` : `Ja — ${naam}`;
}

/**
 * The document model of an agreement, from the template of the version its `standaard` names
 * (or `sjabloon`, for tests). A file whose `standaard` names no known version is rendered
 * against the current version, with a note saying so (the diagnostic is an error, so this only
 * happens with `--force`).
 */
export function bouwDocument(o: Overeenkomst, sjabloon?: Standaard): VwoDocument {
    const bekend = sjabloon ?? zoekStandaard(o.standaard);
    const s = bekend ?? huidigeStandaard();
    const bouwer = new Bouwer(o, s);
    if (!bekend && o.standaard) {
        bouwer.blokken.push({ soort: 'alinea', stijl: 'opmerking', tekst: [tekst(`Versie "${o.standaard}" van de standaard is onbekend; de tekst hieronder is die van versie ${s.bron.versie}.`)] });
    }
    bouwer.bouw();
    const titelBlok = bouwer.blokken.find(b => b.soort === 'kop' && b.niveau === 1);
    return {
        titel: titelBlok && titelBlok.soort === 'kop' ? platteTekst(titelBlok.tekst) : s.bron.titel,
        standaard: s.bron.versie,
        blokken: bouwer.blokken,
        voetnoten: bouwer.voetnoten,
        afwijkingen: bouwer.afwijkingen,
        openVelden: bouwer.openVelden
    };
}
