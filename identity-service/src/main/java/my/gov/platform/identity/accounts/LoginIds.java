package my.gov.platform.identity.accounts;

import java.time.LocalDate;
import java.util.Locale;

/** What a person types to sign in, normalised: MyKad digits without dashes, or a lower-case e-mail address. */
public final class LoginIds {
    private LoginIds() {
    }

    public static String normalise(String typed) {
        String trimmed = typed == null ? "" : typed.trim();
        return MyKadNumber.parse(trimmed, LocalDate.now(AccountService.MALAYSIA)).map(MyKadNumber::digits)
                .orElse(trimmed.toLowerCase(Locale.ROOT));
    }
}
