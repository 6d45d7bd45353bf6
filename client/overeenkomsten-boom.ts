import * as vscode from 'vscode';
import { Commando, type PortefeuilleOvereenkomst, type PortefeuilleParameters } from '../language/protocol.js';

type Knoop =
    | { readonly soort: 'leverancier'; readonly naam: string; readonly overeenkomsten: readonly PortefeuilleOvereenkomst[] }
    | { readonly soort: 'overeenkomst'; readonly o: PortefeuilleOvereenkomst };

/** What a row shows, for the in-editor tests too. */
export interface Weergave { readonly label: string; readonly beschrijving: string; readonly icoon: string }

const volgorde = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Errors before warnings before a draft; a clean signed agreement gets a check mark. */
function icoon(o: PortefeuilleOvereenkomst): vscode.ThemeIcon {
    if (o.fouten > 0) return new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'));
    if (o.waarschuwingen > 0) return new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
    return new vscode.ThemeIcon(o.status === 'concept' ? 'edit' : 'pass');
}

function beschrijving(o: PortefeuilleOvereenkomst): string {
    const delen = [o.status === 'concept' ? vscode.l10n.t('draft') : vscode.l10n.t('signed')];
    if (o.fouten > 0) delen.push(vscode.l10n.t('{0} error(s)', o.fouten));
    if (o.waarschuwingen > 0) delen.push(vscode.l10n.t('{0} warning(s)', o.waarschuwingen));
    return delen.join(' · ');
}

/**
 * The Explorer view "Verwerkersovereenkomsten": the agreements the server reports, grouped by
 * supplier. The server sends the whole list after each check; this only sorts and shows it.
 */
export class OvereenkomstenBoom implements vscode.TreeDataProvider<Knoop> {
    private groepen: Knoop[] = [];
    private readonly wijziging = new vscode.EventEmitter<void>();
    readonly onDidChangeTreeData = this.wijziging.event;
    /** the URIs of the agreements, for the overview's links */
    bekend: ReadonlySet<string> = new Set();

    werkBij({ overeenkomsten }: PortefeuilleParameters): void {
        // grouped as the overview groups suppliers (KvK number, else name), shown under the first name
        const perLeverancier = new Map<string, { naam: string; lijst: PortefeuilleOvereenkomst[] }>();
        for (const o of overeenkomsten) {
            const groep = perLeverancier.get(o.leverancierSleutel)
                ?? perLeverancier.set(o.leverancierSleutel, { naam: o.leverancier ?? vscode.l10n.t('(no supplier)'), lijst: [] }).get(o.leverancierSleutel)!;
            groep.lijst.push(o);
        }
        this.groepen = [...perLeverancier.values()].sort((a, b) => volgorde.compare(a.naam, b.naam)).map(({ naam, lijst }) => ({
            soort: 'leverancier', naam, overeenkomsten: lijst.sort((a, b) => volgorde.compare(a.overeenkomst, b.overeenkomst))
        }));
        this.bekend = new Set(overeenkomsten.map(o => o.uri));
        this.wijziging.fire();
    }

    getChildren(knoop?: Knoop): Knoop[] {
        if (!knoop) return this.groepen;
        return knoop.soort === 'leverancier' ? knoop.overeenkomsten.map(o => ({ soort: 'overeenkomst', o })) : [];
    }

    getTreeItem(knoop: Knoop): vscode.TreeItem {
        if (knoop.soort === 'leverancier') {
            const item = new vscode.TreeItem(knoop.naam, vscode.TreeItemCollapsibleState.Expanded);
            item.iconPath = new vscode.ThemeIcon('organization');
            item.description = String(knoop.overeenkomsten.length);
            item.id = `leverancier:${knoop.naam}`;
            return item;
        }
        const { o } = knoop;
        const uri = vscode.Uri.parse(o.uri);
        const item = new vscode.TreeItem(o.overeenkomst, vscode.TreeItemCollapsibleState.None);
        item.id = o.uri;
        item.resourceUri = uri;
        item.iconPath = icoon(o);
        item.description = beschrijving(o);
        item.tooltip = `${vscode.workspace.asRelativePath(uri)} — ${beschrijving(o)}`;
        item.command = { command: Commando.overeenkomstOpenen, title: vscode.l10n.t('Open'), arguments: [o.uri, o.regel] };
        return item;
    }

    /** Every row as shown: the suppliers with their agreements (for the in-editor tests). */
    weergave(): Array<{ leverancier: string; overeenkomsten: Weergave[] }> {
        return this.groepen.flatMap(g => g.soort === 'leverancier' ? [{
            leverancier: g.naam,
            overeenkomsten: g.overeenkomsten.map(o => ({ label: o.overeenkomst, beschrijving: beschrijving(o), icoon: icoon(o).id }))
        }] : []);
    }
}

/** Opens an agreement at a 0-based line, as a click in the tree or the overview asks. */
export async function openOvereenkomst(uri: string, regel: number): Promise<void> {
    const positie = new vscode.Position(Math.max(0, regel), 0);
    await vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection: new vscode.Range(positie, positie) });
}
