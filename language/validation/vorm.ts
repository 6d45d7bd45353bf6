import type { ValidationAcceptor } from 'langium';
import type { Overeenkomst } from '../generated/ast.js';

import { ondersteundeVersies, standaard, zoekArtikel } from '../referentie/standaard/index.js';
import { Code, meld } from './codes.js';
import { verwijzing, type Datum } from './gedeeld.js';
import { alsNederlandseDatum, isGeldigeDatum, opsomming, waaromGeenDatum } from '../tekst.js';
import { beheerDatums } from '../beheer/datums-in-beheer.js';

/** `2024-3-1` → `2024-03-01` when that is a real date; else undefined. */
export function verbeterdeDatum(tekst: string): string | undefined {
    const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(tekst);
    if (!m) return undefined;
    const kandidaat = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
    return kandidaat !== tekst && isGeldigeDatum(kandidaat) ? kandidaat : undefined;
}

/** `onbekende-standaard`: only versions with a template can be rendered and checked. */
export function controleerStandaard(overeenkomst: Overeenkomst, accept: ValidationAcceptor): void {
    const versie = overeenkomst.standaard;
    if (versie === undefined || standaard(versie)) return;
    const ondersteund = ondersteundeVersies().map(v => `"${v}"`);
    meld(accept, Code.onbekendeStandaard, `Voor versie "${versie}" van de Standaard Verwerkersovereenkomst Gemeenten heeft vwo geen sjabloon; de tekst kan niet worden gecontroleerd of opgemaakt. ` +
        `Ondersteund: ${opsomming(ondersteund, 'en')}. Schrijf: standaard ${ondersteund[ondersteund.length - 1]}.`, {
        node: overeenkomst, property: 'standaard',
        data: { versies: ondersteundeVersies() }
    });
}

/** Why a date before the main agreement's is suspect, per kind of date. */
const WAAROM: Readonly<Record<NonNullable<Datum['volgorde']>, string>> = {
    ingang: 'Art. 2.1 Standaard VWO: de verwerkersovereenkomst gaat in op het moment dat de hoofdovereenkomst tot stand is gekomen, "tenzij Partijen anders overeenkomen"; ' +
        'volgens de toelichting bij art. 2.1 moeten Partijen een andere ingangsdatum dan expliciet aangeven. Is dat zo afgesproken, leg het vast met een afwijking van art. 2.1 (afwijking "2.1" { … }); anders: controleer beide datums.',
    ondertekening: 'De verwerkersovereenkomst hoort bij de hoofdovereenkomst (overweging a); ondertekening ervóór is onwaarschijnlijk. Controleer beide datums.',
    einde: 'Een overeenkomst kan niet eindigen voordat zij is gesloten. Controleer beide datums.'
};

/**
 * `ongeldige-datum` and `datumvolgorde`: every date is a real JJJJ-MM-DD date; the agreement is not
 * signed before the main agreement was concluded nor before its standard version existed, and does
 * not take effect before the main agreement (art. 2.1).
 */
export function controleerDatums(overeenkomst: Overeenkomst, accept: ValidationAcceptor): void {
    const hoofd = overeenkomst.hoofdovereenkomst;
    const ondertekening = overeenkomst.ondertekening;
    const alle: Datum[] = [];
    if (hoofd?.gesloten !== undefined) alle.push({ node: hoofd, property: 'gesloten', waarde: hoofd.gesloten, omschrijving: 'de hoofdovereenkomst gesloten' });
    if (hoofd?.tot !== undefined) alle.push({ node: hoofd, property: 'tot', waarde: hoofd.tot, omschrijving: 'Het einde van de hoofdovereenkomst', volgorde: 'einde' });
    for (const toets of overeenkomst.verwerkingen.flatMap(v => v.doorgiften).map(d => d.toets)) {
        if (toets?.datum !== undefined) alle.push({ node: toets, property: 'datum', waarde: toets.datum, omschrijving: 'De doorgiftetoets' });
    }
    if (ondertekening?.ingangsdatum !== undefined) alle.push({ node: ondertekening, property: 'ingangsdatum', waarde: ondertekening.ingangsdatum, omschrijving: 'De ingangsdatum', volgorde: 'ingang' });
    for (const ondertekenaar of ondertekening?.ondertekenaars ?? []) {
        if (ondertekenaar.datum !== undefined) {
            alle.push({ node: ondertekenaar, property: 'datum', waarde: ondertekenaar.datum, omschrijving: `De ondertekening door de ${ondertekenaar.rol ?? 'partij'}`, volgorde: 'ondertekening' });
        }
    }
    const geldig = new Set<Datum>();
    for (const datum of [...alle, ...beheerDatums(overeenkomst.beheer)]) {
        if (isGeldigeDatum(datum.waarde)) {
            geldig.add(datum);
            continue;
        }
        const verbeterd = verbeterdeDatum(datum.waarde);
        const waarom = waaromGeenDatum(datum.waarde);
        meld(accept, Code.ongeldigeDatum, verbeterd
            ? `'${datum.waarde}' is niet in de vorm JJJJ-MM-DD. Schrijf ${verbeterd}.`
            : waarom ? `'${datum.waarde}' bestaat niet: ${waarom}.`
            : `'${datum.waarde}' is geen datum in de vorm JJJJ-MM-DD, zoals 2024-03-01.`, {
            node: datum.node, property: datum.property, data: verbeterd ? { verbeterd } : undefined
        });
    }
    const gesloten = alle.find(d => d.property === 'gesloten' && geldig.has(d));
    // A file without `standaard` is read against the newest version.
    const s = standaard(overeenkomst.standaard);
    const versie = s?.bron;
    // An `afwijking` of art. 2 or 2.1 is the explicit statement art. 2.1 asks for ("tenzij Partijen anders overeenkomen").
    const andersOvereengekomen = !!s && overeenkomst.afwijkingen.some(a => a.artikel !== undefined && ['2', '2.1'].includes(zoekArtikel(s, a.artikel)?.nummer ?? ''));
    for (const datum of alle) {
        if (!geldig.has(datum) || datum === gesloten || !datum.volgorde) continue;
        if (gesloten && datum.waarde < gesloten.waarde) {
            if (datum.volgorde === 'ingang' && andersOvereengekomen) continue;
            meld(accept, Code.datumvolgorde, `${datum.omschrijving} (${alsNederlandseDatum(datum.waarde)}) ligt vóór de datum waarop de hoofdovereenkomst werd gesloten (${alsNederlandseDatum(gesloten.waarde)}). ${WAAROM[datum.volgorde]}`, {
                node: datum.node, property: datum.property,
                relatedInformation: verwijzing(gesloten.node, 'hoofdovereenkomst gesloten', 'gesloten')
            });
        } else if (versie && datum.volgorde === 'ondertekening' && datum.waarde < versie.versiedatum) {
            meld(accept, Code.datumvolgorde, `${datum.omschrijving} (${alsNederlandseDatum(datum.waarde)}) ligt vóór ${alsNederlandseDatum(versie.versiedatum)}, de datum van versie ${versie.versie} van de standaard die deze overeenkomst gebruikt. Controleer de datum of de versie.`, {
                node: datum.node, property: datum.property,
                relatedInformation: verwijzing(overeenkomst, `standaard ${versie.versie}`, 'standaard')
            });
        }
    }
}
