package be.miresem.rebond.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

/**
 * The Belgian enterprise number of a CPAS or an employer, as stored and as typed: one column of ten digits
 * ({@code enterprise_number}), filled from whatever the user typed (BE 0212.345.668, 0212345668…) and shown
 * formatted. Forms bind {@code text}; the typed text is checked by {@link ValidEnterpriseNumber} (next to the
 * field) and may be at most {@link #TYPED_MAX} characters; the rules are {@link EnterpriseNumber}'s.
 */
@Embeddable
public class EnterpriseNumberField {

    public static final int TYPED_MAX = 20;

    @ValidEnterpriseNumber
    @Size(max = TYPED_MAX)
    @Column(name = "enterprise_number", length = 10)
    private String text;

    /** The stored form: ten digits, or null when none was given. */
    public String getText() {
        return text;
    }

    /** Takes what the user typed and keeps its stored form (ten digits), or null for an empty field. */
    public void setText(String typed) {
        text = EnterpriseNumber.storedForm(typed);
    }

    /** As shown on pages: 0212.345.668; empty when none. */
    public String getFormatted() {
        return EnterpriseNumber.displayed(text);
    }

    public boolean isEmpty() {
        return text == null;
    }
}
