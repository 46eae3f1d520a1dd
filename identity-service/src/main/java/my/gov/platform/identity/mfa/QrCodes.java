package my.gov.platform.identity.mfa;

import io.nayuki.qrcodegen.QrCode;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** QR codes as SVG: crisp at any size, and a few hundred bytes for an otpauth:// URI. */
public final class QrCodes {
    /** Light modules around the code, as ISO/IEC 18004 asks for scanners to find it. */
    private static final int QUIET_ZONE = 4;

    private QrCodes() {
    }

    public static String svg(String text) {
        QrCode code = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = code.size + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                if (code.getModule(x, y)) {
                    path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size + "\" shape-rendering=\"crispEdges\">"
                + "<title>QR</title><rect width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/><path d=\"" + path + "\" fill=\"#000000\"/></svg>";
    }

    public static String svgDataUri(String text) {
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg(text).getBytes(StandardCharsets.UTF_8));
    }
}
