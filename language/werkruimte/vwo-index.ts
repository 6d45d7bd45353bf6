import {
    AstUtils, CstUtils, DefaultDocumentBuilder, DefaultIndexManager, DocumentState, isReference, stream,
    type AstNode, type LangiumDocument, type ReferenceDescription, type Stream
} from 'langium';

/**
 * References of an agreement never leave its file (only into the built-in catalogue, which
 * never changes), so the workspace needs no reference index kept up to date on every keystroke:
 * find references and rename — the only users — look them up when asked, in the documents
 * themselves. On a 5,000-line agreement that index cost a tenth of each keystroke.
 */
export class VwoIndexManager extends DefaultIndexManager {

    override async updateReferences(): Promise<void> {
        // Looked up on demand in findAllReferences.
    }

    override findAllReferences(targetNode: AstNode, astNodePath: string): Stream<ReferenceDescription> {
        const doel = AstUtils.getDocument(targetNode);
        const gevonden: ReferenceDescription[] = [];
        for (const document of this.documents.all) {
            if (document.state < DocumentState.Linked) continue;
            const locator = this.serviceRegistry.getServices(document.uri).workspace.AstNodeLocator;
            for (const verwijzing of document.references) {
                if (!isReference(verwijzing) || verwijzing.ref !== targetNode || !verwijzing.$refNode) continue;
                gevonden.push({
                    sourceUri: document.uri,
                    sourcePath: locator.getAstNodePath(verwijzing.$refNode.astNode),
                    targetUri: doel.uri,
                    targetPath: astNodePath,
                    segment: CstUtils.toDocumentSegment(verwijzing.$refNode),
                    local: document === doel
                });
            }
        }
        return stream(gevonden);
    }
}

/**
 * A change in one agreement can never resolve or break a reference in another, so other
 * documents are not relinked — Langium's default relinks every document with an unresolved
 * reference on every keystroke anywhere in the workspace.
 */
export class VwoDocumentBuilder extends DefaultDocumentBuilder {
    protected override shouldRelink(_document: LangiumDocument, _changedUris: Set<string>): boolean {
        return false;
    }
}
