package my.gov.platform.payment.hosted;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-page PDF e-receipt written directly (PDF 1.4, Helvetica, text only), so the gateway needs
 * no PDF library. Characters outside Latin-1 are replaced, since the standard font cannot show them.
 */
final class ReceiptPdf {
    private ReceiptPdf() {
    }

    static byte[] render(String title, List<String[]> rows, String footer) {
        StringBuilder text = new StringBuilder("BT /F1 18 Tf 56 780 Td (").append(escape(title)).append(") Tj ET\n");
        int y = 740;
        for (String[] row : rows) {
            text.append("BT /F1 11 Tf 56 ").append(y).append(" Td (").append(escape(row[0])).append(") Tj ET\n");
            text.append("BT /F1 11 Tf 220 ").append(y).append(" Td (").append(escape(row[1])).append(") Tj ET\n");
            y -= 22;
        }
        text.append("BT /F1 9 Tf 56 ").append(y - 20).append(" Td (").append(escape(footer)).append(") Tj ET\n");
        byte[] content = text.toString().getBytes(StandardCharsets.ISO_8859_1);

        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
                "<< /Length " + content.length + " >>\nstream\n" + new String(content, StandardCharsets.ISO_8859_1) + "\nendstream");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        write(pdf, "%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.size());
            write(pdf, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = pdf.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(offset -> table.append("%010d 00000 n \n".formatted(offset)));
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        write(pdf, table.toString());
        return pdf.toByteArray();
    }

    private static String escape(String value) {
        StringBuilder escaped = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '(' || c == ')' || c == '\\') {
                escaped.append('\\').append(c);
            } else if (c < 32 || c > 255) {
                escaped.append('?');
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
