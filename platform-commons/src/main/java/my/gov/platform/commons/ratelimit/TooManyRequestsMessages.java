package my.gov.platform.commons.ratelimit;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the browser's 429 page; Malay in {@code messages/tooManyRequests_ms.properties}, English in {@code _en}. */
@MessageBundle(value = "tooManyRequests", locale = "ms")
public interface TooManyRequestsMessages {
    @Message
    String title();

    @Message
    String body(String wait);

    @Message
    String oneSecond();

    @Message
    String seconds(long count);

    @Message
    String minutes(long count);
}
