/**
 * Builds the document model of an agreement: the template of its standard version (chapter 3,
 * `language/referentie/standaard/`) filled in from the `.vwo` file. A pure function of the AST;
 * anything missing stays the standard's own placeholder, which the diagnostics explain.
 */
import type { Afwijking as AfwijkingNode, Overeenkomst } from '../generated/ast.js';
import {
    huidigeStandaard, isInvulveld, origineleTekst, standaard as zoekStandaard, zoekArtikel,
    type Alinea as SjabloonAlinea, type Invulveld, type Keuze as SjabloonKeuze, type Lid as SjabloonLid, type Standaard
} from '../referentie/standaard/index.js';
import { bijlage1, type Opbouw } from './bijlage1.js';
import type { Afwijking, AfwijkingsMarkering, Blok, Inline, Regel, Voetnoot, VwoDocument } from './model.js';
import { platteTekst } from './model.js';
import { gevuld } from '../tekst.js';
import { effectieveOvereenkomst } from '../profielen/effectief.js';
import { invulveld, schoon, tekst, veldwaarde, waarde, waardeOf } from './velden.js';

/** Which document: the one to sign, or one to review (preview, HTML, Markdown, the portfolio). */
export interface Opbouwopties {
    /**
     * The municipality's own accountability for a deviation — its motivering and the note that
     * deviations go into the annual report — belongs in review documents, not in the text the
     * supplier signs; the deviating text itself is always there, marked. Default: true.
     */
    readonly verantwoording?: boolean;
}

class Bouwer implements Opbouw {
    readonly blokken: Blok[] = [];
    readonly voetnoten: Voetnoot[] = [];
    readonly afwijkingen: Afwijking[] = [];
    openVelden = 0;

    constructor(readonly o: Overeenkomst, readonly s: Standaard, readonly verantwoording: boolean) { }

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
        const w = veldwaarde(this.o, this.s, v.veld);
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
        // said once: beside the deviating text (review documents only), and in the annex
        const motivering = this.verantwoording ? gevuld(node.motivering) && schoon(node.motivering!) : undefined;
        const nummer = this.voetnoot([tekst('Afwijking van de standaard (artikel '), waarde(node.artikel ?? ''), tekst(').')]);
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
        bijlage1(this);
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
            else this.afwijkingen.push({ artikel: schoon(a.artikel ?? ''), tekst: gevuld(a.tekst) && schoon(a.tekst!), motivering: this.verantwoording ? gevuld(a.motivering) && schoon(a.motivering!) : undefined });
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

    bijlage2(): void {
        const b = this.s.tekst.bijlage2;
        const beveiliging = this.o.beveiliging;
        const normen = new Set<string>((beveiliging?.normenstelsels ?? []).map(n => n.soort === undefined ? 'norm' : n.soort === 'BIO' ? 'overheidsnorm' : n.soort));
        const bewijzen = beveiliging?.toereikendheid ?? [];
        this.blokken.push({ soort: 'paginaeinde' });
        this.blokken.push({ soort: 'kop', niveau: 2, tekst: [tekst(b.titel)], anker: 'bijlage-2' });
        this.blokken.push({ soort: 'kop', niveau: 3, tekst: [tekst(b.normenstelsel.kop)] });
        // a group without any choice is open: its dotted lines are placeholders, highlighted and counted
        for (const k of b.normenstelsel.keuzes) this.keuze(k, normen.has(k.sleutel), [], normen.size === 0);
        this.blokken.push({ soort: 'kop', niveau: 3, tekst: [tekst(b.toereikendheid.kop)] });
        this.blokken.push({ soort: 'alinea', tekst: [tekst(b.toereikendheid.inleiding)] });
        for (const k of b.toereikendheid.keuzes) {
            const gekozen = bewijzen.filter(x => x.soort === k.sleutel);
            // the standard has no line to fill for these two; the file's description goes below the box
            const toelichting = k.invulregel ? [] : gekozen.map(x => gevuld(x.omschrijving)).filter((x): x is string => !!x).map(x => [waarde(x)]);
            this.keuze(k, gekozen.length > 0, toelichting, bewijzen.length === 0);
        }
        this.blokken.push({ soort: 'alinea', tekst: [tekst(b.toereikendheid.nb)], stijl: 'opmerking' });
        this.blokken.push({ soort: 'kop', niveau: 3, tekst: [tekst(b.gedragscode.kop)] });
        for (const k of b.gedragscode.keuzes) this.keuze(k, gevuld(beveiliging?.gedragscode) !== undefined);
    }

    /**
     * A tick box; a ticked one is filled. An unticked box keeps the standard's dotted lines, as
     * text when another box of its group was chosen, as open placeholders when none was.
     */
    keuze(k: SjabloonKeuze, aangevinkt: boolean, extra: Regel[] = [], groepOpen = false): void {
        const regel = (a: SjabloonAlinea): Regel => aangevinkt || groepOpen ? this.vul(a) : [tekst(origineleTekst(a))];
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
            tekst: [tekst(`Deze overeenkomst wijkt op de volgende punten af van de ${this.s.bron.titel} ${this.s.bron.versie}.` +
                (this.verantwoording ? ' Gemeenten vermelden deze afwijkingen met hun motivering in hun jaarverslag (pas toe of leg uit).' : ''))]
        });
        const verantwoord = this.verantwoording;
        this.blokken.push({
            soort: 'tabel', ondeelbareRijen: true,
            kolommen: ['Artikel', 'Tekst van de standaard', 'Afwijkende tekst', ...(verantwoord ? ['Motivering'] : [])],
            breedtes: verantwoord ? [14, 30, 30, 26] : [16, 42, 42],
            rijen: this.afwijkingen.map(a => [
                [[waardeOf(a.kop ? `${a.artikel} ${a.kop}` : a.artikel, '<artikel>')]],
                a.origineel ? a.origineel.split('\n').map(r => [tekst(r)]) : [[invulveld('<onbekend artikel>')]],
                [[waardeOf(a.tekst, '<afwijkende tekst>')]],
                ...(verantwoord ? [[[waardeOf(a.motivering, '<motivering>')]]] : [])
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

/**
 * The document model of an agreement, from the template of the version its `standaard` names
 * (or `sjabloon`, for tests). A file whose `standaard` names no known version is rendered
 * against the current version, with a note saying so (the diagnostic is an error, so this only
 * happens with `--force`).
 */
export function bouwDocument(o: Overeenkomst, sjabloon?: Standaard, opties: Opbouwopties = {}): VwoDocument {
    const bekend = sjabloon ?? zoekStandaard(o.standaard);
    const s = bekend ?? huidigeStandaard();
    // an agreement with a profile is rendered as if the profile were written out in it
    const bouwer = new Bouwer(effectieveOvereenkomst(o), s, opties.verantwoording ?? true);
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
