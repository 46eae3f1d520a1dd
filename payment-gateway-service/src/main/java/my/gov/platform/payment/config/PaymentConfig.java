package my.gov.platform.payment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * Every setting the gateway reads, under {@code mygov.*}: one place to see what can be set. The schedules
 * ({@code mygov.*.expiry-check-every}, {@code mygov.settlements.cron}) stay in their {@code @Scheduled} expressions,
 * and the sealing key files ({@code mygov.payment.*}) stay injected where they are used
 * ({@code merchants.CallbackSecrets}): a mapping that cannot be read stops the start at its first missing value,
 * while missing injected settings are named together, so production without its secrets names every one.
 */
@ConfigMapping(prefix = "mygov")
public interface PaymentConfig {
    /** Where callers reach this service: the base of {@code Location} headers and hosted-page links. */
    String publicBaseUrl();

    /** Load the demo trustmark, merchant and payments at start-up (local run only). */
    @WithDefault("false")
    boolean demoData();

    Ledger ledger();

    Callbacks callbacks();

    AcquirerNotifications acquirerNotifications();

    Idempotency idempotency();

    interface Ledger {
        /** The gateway's fee on every captured payment, in sen. */
        @WithDefault("100")
        long feeSen();
    }

    /** When a merchant callback that failed is sent again, and when the gateway stops trying. */
    interface Callbacks {
        @WithDefault("30s")
        Duration firstRetry();

        @WithDefault("2h")
        Duration maxBackoff();

        @WithDefault("26h")
        Duration giveUpAfter();
    }

    /** How old, or how far ahead of this clock, a signed acquirer notification may be. */
    interface AcquirerNotifications {
        @WithDefault("5m")
        Duration maxAge();

        @WithDefault("1m")
        Duration clockSkew();
    }

    interface Idempotency {
        /** How long an Idempotency-Key and its first response are kept. */
        @WithDefault("48h")
        Duration retention();
    }
}
