package my.gov.platform.identity;

import my.gov.platform.testing.PackageLayers;
import my.gov.platform.testing.PackageLayers.Layer;

import java.util.List;

/** The service's packages form no cycle and depend only on the layers below them; read bottom-up, the map of the service. */
class PackageDependencyTest extends PackageLayers {
    PackageDependencyTest() {
        super("my.gov.platform.identity", List.of(
                // Mechanisms with no knowledge of the domain above them.
                new Layer("Foundation", "config", "crypto", "keys", "sealing", "problems", "memory", "throttle",
                        "securityevents", "security"),
                // Who exists: people, relying parties, agencies.
                new Layer("Directory", "accounts", "clients", "agencies"),
                // How a person proves who they are: sessions, second factors, passkeys, devices, DPoP proofs.
                new Layer("Authentication", "signin", "mfa", "passkeys", "devices", "dpop"),
                // What every page shares: language, texts, the signed-in form.
                new Layer("PageKit", "pages"),
                // Tokens, client authentication and the token, introspection and revocation endpoints.
                new Layer("OAuth", "oauth"),
                // The authorization endpoint and browser flow: codes, consent, refresh tokens, logout.
                new Layer("Authorization", "authorize"),
                // Pages of their own: the account page, civil-servant approvals, sign-up, discovery documents.
                new Layer("Pages", "accountpage", "civilservants", "signup", "discovery"),
                // Demo data, on top so that nothing in production leans on it.
                new Layer("Demo", "demo")));
    }
}
