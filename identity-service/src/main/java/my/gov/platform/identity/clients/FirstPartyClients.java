package my.gov.platform.identity.clients;

/** The relying parties the provider runs itself: they receive nothing a person must agree to release. */
public final class FirstPartyClients {
    /** The public client the account page and the civil-servant approvals page sign people in as. */
    public static final String ACCOUNT_PAGE = "mygov-account";

    private FirstPartyClients() {
    }

    public static boolean isFirstParty(String clientId) {
        return ACCOUNT_PAGE.equals(clientId);
    }
}
