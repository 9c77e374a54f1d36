package be.miresem.rebond.partner;

import java.util.Locale;
import java.util.Optional;

/**
 * A Belgian enterprise number (numéro d'entreprise, BCE/KBO): ten digits, the first 0 or 1,
 * whose last two digits equal 97 minus the first eight taken modulo 97.
 * Accepts the usual written forms: {@code 0212.345.668}, {@code BE0212345668}, {@code BE 0212 345 668},
 * and the old nine-digit form (a leading 0 is added).
 */
public record EnterpriseNumber(String digits) {

    public EnterpriseNumber {
        if (!hasValidDigits(digits)) {
            throw new IllegalArgumentException("Not a valid Belgian enterprise number");
        }
    }

    /** Parses any usual written form; empty when the text is not a valid number. */
    public static Optional<EnterpriseNumber> parse(String text) {
        String digits = normalise(text);
        return hasValidDigits(digits) ? Optional.of(new EnterpriseNumber(digits)) : Optional.empty();
    }

    /**
     * What an entity stores for typed text: the ten digits of a valid number, null for a blank value, and an
     * invalid text as typed (stripped) for Bean Validation to refuse next to the field.
     */
    public static String storedForm(String text) {
        return text == null || text.isBlank() ? null : parse(text).map(EnterpriseNumber::digits).orElse(text.strip());
    }

    /** The written form of a stored number ({@code 0212.345.668}), the stored text if not valid, or empty. */
    public static String displayed(String stored) {
        return stored == null ? "" : parse(stored).map(EnterpriseNumber::formatted).orElse(stored);
    }

    public static boolean isValid(String text) {
        return parse(text).isPresent();
    }

    /** The written form used on pages and documents: {@code 0212.345.668}. */
    public String formatted() {
        return digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7);
    }

    @Override
    public String toString() {
        return formatted();
    }

    private static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String compact = text.replaceAll("[\\s.\\-/]", "").toUpperCase(Locale.ROOT);
        if (compact.startsWith("BE")) {
            compact = compact.substring(2);
        }
        if (compact.length() == 9 && compact.chars().allMatch(Character::isDigit)) {
            compact = "0" + compact;
        }
        return compact;
    }

    private static boolean hasValidDigits(String digits) {
        if (digits == null || digits.length() != 10 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        if (digits.charAt(0) != '0' && digits.charAt(0) != '1') {
            return false;
        }
        long base = Long.parseLong(digits.substring(0, 8));
        int check = Integer.parseInt(digits.substring(8));
        return check == 97 - (int) (base % 97);
    }
}
