package my.gov.platform.identity.mfa;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class QrCodesTest {
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) \\d+\"");
    private static final Pattern MODULE = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z");
    private static final int PIXELS_PER_MODULE = 4;

    @Test
    void anIndependentDecoderReadsTheKeyUriBack() throws Exception {
        String uri = Totp.otpauthUri(Totp.newSecret(), "MyGov ID", "rakyat@demo.mygov.my");
        String dataUri = QrCodes.svgDataUri(uri);
        assertThat(dataUri).startsWith("data:image/svg+xml;base64,");
        String svg = new String(Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1)), StandardCharsets.UTF_8);

        assertThat(decode(svg)).isEqualTo(uri);
    }

    /** Paints the SVG's modules black on white, as a camera would see them, and scans the picture. */
    private static String decode(String svg) throws Exception {
        Matcher box = VIEW_BOX.matcher(svg);
        assertThat(box.find()).isTrue();
        int side = Integer.parseInt(box.group(1)) * PIXELS_PER_MODULE;
        int[] pixels = new int[side * side];
        Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher module = MODULE.matcher(svg);
        while (module.find()) {
            int x0 = Integer.parseInt(module.group(1)) * PIXELS_PER_MODULE;
            int y0 = Integer.parseInt(module.group(2)) * PIXELS_PER_MODULE;
            for (int y = y0; y < y0 + PIXELS_PER_MODULE; y++) {
                Arrays.fill(pixels, y * side + x0, y * side + x0 + PIXELS_PER_MODULE, 0xFF000000);
            }
        }
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels)))).getText();
    }
}
