package my.gov.platform.payment;

import my.gov.platform.testing.PackageLayers;
import my.gov.platform.testing.PackageLayers.Layer;

import java.util.List;

/**
 * The gateway's feature packages form one direction of use, so each can be read, and changed, knowing
 * only what lies below it: shared building blocks at the bottom; merchants and trustmarks; payments with
 * their callbacks; the payer's and acquirer's channels and the after-payment features; demo data on top.
 */
class PackageDependencyTest extends PackageLayers {
    PackageDependencyTest() {
        super("my.gov.platform.payment", List.of(
                new Layer("Foundation", "config", "problems", "idempotency", "ledger", "calendar", "signing"),
                new Layer("Merchants", "merchants", "trustmarks"),
                new Layer("Payments", "payments", "callbacks"),
                new Layer("Channels", "acquirers", "hosted", "me", "refunds", "reconciliation"),
                new Layer("Demo", "demo")));
    }
}
