package my.gov.platform.commons.events;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;

/** Structured-mode CloudEvents JSON, the one wire format on every platform topic. */
public final class CloudEventCodec {
    public static final String CONTENT_TYPE = JsonFormat.CONTENT_TYPE;
    private static final EventFormat FORMAT = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);

    private CloudEventCodec() {
    }

    public static byte[] encode(CloudEvent event) {
        return FORMAT.serialize(event);
    }

    public static CloudEvent decode(byte[] json) {
        return FORMAT.deserialize(json);
    }
}
