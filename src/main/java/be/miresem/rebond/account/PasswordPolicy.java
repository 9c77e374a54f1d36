package be.miresem.rebond.account;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The minimal password policy: at least 12 characters, not the e-mail address, not a well-known password. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;

    private static final Set<String> COMMON = Set.of("123456789012", "1234567890123", "motdepasse123",
            "motdepasse1234", "password1234", "password12345", "azertyuiop12", "azertyuiopqs", "qwertyuiop12",
            "000000000000", "111111111111", "aaaaaaaaaaaa", "rebondrebond", "miresem12345", "bonjour12345",
            "soleil123456", "iloveyou1234", "administrateur", "azerty123456", "cpascpascpas");

    private PasswordPolicy() {
    }

    /** The bundle key of the first rule the password breaks, or empty when it is acceptable. */
    public static Optional<String> check(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (email != null && (lower.equals(email.toLowerCase(Locale.ROOT))
                || lower.contains(email.toLowerCase(Locale.ROOT).split("@")[0]) && email.split("@")[0].length() >= 6)) {
            return Optional.of("password.likeEmail");
        }
        if (COMMON.contains(lower) || lower.chars().distinct().count() < 4) {
            return Optional.of("password.common");
        }
        return Optional.empty();
    }
}
