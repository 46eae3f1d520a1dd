package my.gov.platform.payment.hosted;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;

/**
 * A line of text in the order its glyphs are drawn, left to right. PDF has no text layout of its own
 * and PDFBox applies no Arabic shaping, so Jawi letters are given their joined forms here and
 * right-to-left runs are reversed; text readers (and {@code PDFTextStripper}) undo both.
 */
final class VisualText {
    private static final ArabicShaping SHAPING = new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL);

    private VisualText() {
    }

    static String of(String logical) {
        String line = logical.codePoints().map(c -> Character.isISOControl(c) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (!Bidi.requiresBidi(line.toCharArray(), 0, line.length())) {
            return line;
        }
        Bidi bidi = new Bidi();
        bidi.setPara(shaped(line), Bidi.LTR, null);
        return bidi.writeReordered(Bidi.DO_MIRRORING);
    }

    private static String shaped(String line) {
        try {
            return SHAPING.shape(line);
        } catch (ArabicShapingException e) {
            // Unjoined letters still read correctly; a receipt is never refused for its looks.
            return line;
        }
    }
}
