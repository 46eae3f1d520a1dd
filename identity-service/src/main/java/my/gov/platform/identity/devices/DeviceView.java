package my.gov.platform.identity.devices;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Device", description = "A registered device")
public record DeviceView(
        @Schema(examples = "0193a1c2-7d4e-7b1a-9f00-2f1f3e6c9a10") UUID id,
        @Schema(examples = "Siti's phone") String name,
        @Schema(examples = "2026-11-25T13:00:00Z") Instant createdAt) {

    static DeviceView of(Device device) {
        return new DeviceView(device.id, device.name, device.createdAt);
    }
}
