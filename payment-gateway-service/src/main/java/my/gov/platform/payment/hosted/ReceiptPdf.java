package my.gov.platform.payment.hosted;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * A one-page PDF e-receipt, tagged for screen readers: a title heading, a table of label and value
 * rows, a closing note. Fonts are embedded per script (see {@link ReceiptFonts}), so a name in Jawi,
 * Tamil or Chinese prints as written.
 */
final class ReceiptPdf {
    private static final String LANGUAGE = "ms-MY";

    private final PDDocument document = new PDDocument();
    private final PDPage page = new PDPage(PDRectangle.A4);
    private final ReceiptFonts fonts = new ReceiptFonts(document);
    private final COSArray elementsByMarkedContent = new COSArray();
    private PDPageContentStream content;

    private ReceiptPdf() {
    }

    static byte[] render(String title, List<String[]> rows, String footer) {
        ReceiptPdf receipt = new ReceiptPdf();
        try (PDDocument document = receipt.document) {
            receipt.write(title, rows, footer);
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String title, List<String[]> rows, String footer) throws IOException {
        document.addPage(page);
        PDStructureElement root = describe(title);
        try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
            content = stream;
            text(element(StandardStructureTypes.H1, root), 56, 780, 18, title);
            PDStructureElement table = element(StandardStructureTypes.TABLE, root);
            int y = 740;
            for (String[] row : rows) {
                PDStructureElement tableRow = element(StandardStructureTypes.TR, table);
                text(element(StandardStructureTypes.TH, tableRow), 56, y, 11, row[0]);
                text(element(StandardStructureTypes.TD, tableRow), 220, y, 11, row[1]);
                y -= 22;
            }
            text(element(StandardStructureTypes.P, root), 56, y - 20, 9, footer);
        }
        page.setStructParents(0);
        PDNumberTreeNode parentTree = new PDNumberTreeNode(COSArray.class);
        parentTree.setNumbers(Map.of(0, elementsByMarkedContent));
        document.getDocumentCatalog().getStructureTreeRoot().setParentTree(parentTree);
        document.getDocumentCatalog().getStructureTreeRoot().setParentTreeNextKey(1);
    }

    /** Title, language and the structure tree's root, so assistive technology announces and walks the receipt. */
    private PDStructureElement describe(String title) {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        document.getDocumentInformation().setTitle(title);
        catalog.setLanguage(LANGUAGE);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
        PDStructureTreeRoot tree = new PDStructureTreeRoot();
        catalog.setStructureTreeRoot(tree);
        return element(StandardStructureTypes.DOCUMENT, tree);
    }

    private PDStructureElement element(String type, PDStructureNode parent) {
        PDStructureElement element = new PDStructureElement(type, parent);
        element.setPage(page);
        parent.appendKid(element);
        return element;
    }

    /** One line as the element's marked content; where drawing order differs from reading order, the element carries the words as read. */
    private void text(PDStructureElement element, float x, float y, float size, String words) throws IOException {
        String drawn = VisualText.of(words);
        if (!drawn.equals(words)) {
            element.setActualText(words);
        }
        int mcid = elementsByMarkedContent.size();
        elementsByMarkedContent.add(element);
        element.appendKid(mcid);
        content.beginMarkedContent(COSName.getPDFName(element.getStructureType()), mcid);
        content.beginText();
        content.newLineAtOffset(x, y);
        for (ReceiptFonts.Run run : fonts.runs(drawn)) {
            content.setFont(run.font(), size);
            content.showText(run.text());
        }
        content.endText();
        content.endMarkedContent();
    }
}
