package my.gov.platform.exchange.tracker;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the citizen's data tracker page.
 * Bahasa Melayu in {@code messages/msg_ms.properties}, English in {@code messages/msg_en.properties}.
 */
@MessageBundle(locale = "ms")
public interface MyDataMessages {
    @Message
    String title();

    @Message
    String service();

    @Message
    String skip();

    @Message
    String intro();

    @Message
    String accessHeading();

    @Message
    String noAccess();

    @Message
    String when();

    @Message
    String agency();

    @Message
    String data();

    @Message
    String fields();

    @Message
    String purpose();

    @Message
    String consentHeading();

    @Message
    String noConsent();

    @Message
    String expires();

    @Message
    String status();

    @Message
    String action();

    @Message
    String revoke();

    @Message
    String GRANTED();

    @Message
    String REVOKED();

    @Message
    String other();

    @Message
    String otherLang();
}
