package my.gov.platform.payment.hosted;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the hosted payment pages (and the sandbox bank page that stands in for a bank).
 * Bahasa Melayu in {@code messages/msg_ms.properties}, English in {@code messages/msg_en.properties}.
 */
@MessageBundle(locale = "ms")
public interface HostedPageMessages {
    @Message
    String skip();

    @Message
    String brand();

    @Message
    String switchTo();

    @Message
    String payTitle();

    @Message
    String payTo();

    @Message
    String amount();

    @Message
    String bill();

    @Message
    String description();

    @Message
    String expires();

    @Message
    String chooseMethod();

    @Message
    String FPX_B2C();

    @Message
    String FPX_B2B();

    @Message
    String CARD();

    @Message
    String DUITNOW_QR();

    @Message
    String bank();

    @Message
    String offline();

    @Message
    String continueToBank();

    @Message
    String trustmark();

    @Message
    String timeNote();

    @Message
    String error();

    @Message
    String refusedTitle();

    @Message
    String refusedBody();

    @Message
    String receiptTitle();

    @Message
    String receiptNumber();

    @Message
    String paidAt();

    @Message
    String method();

    @Message
    String status();

    @Message
    String notFoundTitle();

    @Message
    String notFoundBody();
}
