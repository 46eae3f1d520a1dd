package my.gov.platform.payment.hosted;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The typefaces a receipt is set in, shipped in the jar (subsets; sources and licences beside them in
 * {@code receipt-fonts/}), tried in this order for each character: Latin, Arabic (Jawi), Tamil, Han.
 * Each document embeds only the glyphs it uses, so a receipt stays a few tens of kilobytes.
 */
final class ReceiptFonts {
    private static final List<Typeface> TYPEFACES = List.of(
            Typeface.load("NotoSans-Regular"), Typeface.load("NotoNaskhArabic-Regular"),
            Typeface.load("NotoSansTamil-Regular"), Typeface.load("DroidSansFallback-Han"));
    private static final int UNPRINTABLE = '?';

    /** A stretch of text set in one font. */
    record Run(PDType0Font font, String text) {
    }

    private final PDDocument document;
    private final Map<Typeface, PDType0Font> embedded = new HashMap<>();

    ReceiptFonts(PDDocument document) {
        this.document = document;
    }

    /** Splits a line into runs, each in the first typeface that has its letters; spaces and marks stay in the run they are in. */
    List<Run> runs(String line) {
        List<Run> runs = new ArrayList<>();
        Typeface current = null;
        StringBuilder text = new StringBuilder();
        for (int c : line.codePoints().toArray()) {
            Typeface face = current != null && current.has(c) && !Character.isLetter(c) ? current : firstHaving(c);
            int printed = face == null ? UNPRINTABLE : c;
            face = face == null ? TYPEFACES.get(0) : face;
            if (face != current && !text.isEmpty()) {
                runs.add(new Run(font(current), text.toString()));
                text.setLength(0);
            }
            current = face;
            text.appendCodePoint(printed);
        }
        if (!text.isEmpty()) {
            runs.add(new Run(font(current), text.toString()));
        }
        return runs;
    }

    private static Typeface firstHaving(int c) {
        return TYPEFACES.stream().filter(face -> face.has(c)).findFirst().orElse(null);
    }

    private PDType0Font font(Typeface face) {
        return embedded.computeIfAbsent(face, f -> {
            try {
                return f.embedIn(document);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A font file read once, with the characters it has a glyph for. */
    private static final class Typeface {
        private final byte[] file;
        private final BitSet characters = new BitSet();

        private Typeface(byte[] file) {
            this.file = file;
        }

        static Typeface load(String name) {
            try (InputStream in = ReceiptFonts.class.getResourceAsStream("/receipt-fonts/" + name + ".ttf")) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the jar: " + name);
                }
                Typeface face = new Typeface(in.readAllBytes());
                try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(face.file))) {
                    CmapLookup cmap = font.getUnicodeCmapLookup();
                    for (int c = 0; c <= Character.MAX_VALUE; c++) {
                        face.characters.set(c, cmap.getGlyphId(c) != 0);
                    }
                }
                return face;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Parsed again for each document, which subsets it and closes it when the document closes. */
        PDType0Font embedIn(PDDocument document) throws IOException {
            return PDType0Font.load(document, new RandomAccessReadBuffer(file), true, false);
        }

        boolean has(int c) {
            return c <= Character.MAX_VALUE && characters.get(c);
        }
    }
}
