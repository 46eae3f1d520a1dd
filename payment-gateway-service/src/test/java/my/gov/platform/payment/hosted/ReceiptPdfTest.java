package my.gov.platform.payment.hosted;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import my.gov.platform.testing.PlatformTestResource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static my.gov.platform.payment.support.GatewayFixtures.activeTrustmark;
import static my.gov.platform.payment.support.GatewayFixtures.createPayment;
import static my.gov.platform.payment.support.GatewayFixtures.merchant;
import static my.gov.platform.payment.support.GatewayFixtures.paymentBody;
import static org.assertj.core.api.Assertions.assertThat;

/** The PDF e-receipt prints a payer's name in Jawi, Tamil or Chinese as written, in embedded fonts, tagged for screen readers. */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class ReceiptPdfTest {

    @ParameterizedTest
    @ValueSource(strings = {"محمد", "முருகன்", "陈伟明"})
    void aNameInAnyOfMalaysiasScriptsReadsBackFromTheReceipt(String name) throws IOException {
        Map<String, String> merchant = merchant("JPJ", activeTrustmark("JPJ", "bayar.jpj.gov.my"), "https://bayar.jpj.gov.my/return",
                "https://bayar.jpj.gov.my/callback");
        String id = createPayment("JPJ", paymentBody(merchant.get("id"), 2500, "RECEIPT-1").replace("Test fee", "Lesen " + name))
                .statusCode(201).extract().path("id");
        pay(id);

        Response receipt = given().get("/pay/" + id + "/receipt.pdf");
        receipt.then().statusCode(200).contentType("application/pdf").header("Content-Disposition", org.hamcrest.Matchers.endsWith(".pdf\""));
        try (PDDocument pdf = Loader.loadPDF(receipt.asByteArray())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Lesen " + name).contains("RM 25.00").contains("RECEIPT-1")
                    .contains("Official Receipt");
            assertThat(fonts(pdf.getPage(0))).isNotEmpty().allSatisfy(font -> {
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            });
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot().getKids()).isNotEmpty();
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("ms-MY");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Resit Rasmi / Official Receipt");
        }
    }

    private static void pay(String id) {
        Response toBank = given().redirects().follow(false).formParam("method", "CARD").post("/pay/" + id + "/method");
        toBank.then().statusCode(303);
        given().redirects().follow(false).formParam("decision", "APPROVE").post(URI.create(toBank.header("Location")).getPath())
                .then().statusCode(303);
    }

    private static List<PDFont> fonts(PDPage page) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : page.getResources().getFontNames()) {
            fonts.add(page.getResources().getFont(name));
        }
        return fonts;
    }
}
