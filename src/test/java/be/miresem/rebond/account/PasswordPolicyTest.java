package be.miresem.rebond.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The password policy's rules, each with the bundle key the form shows (until now seen only through forms). */
class PasswordPolicyTest {

    @Test
    void tooShortLikeTheAddressOrCommonIsRefusedWithItsReason() {
        assertThat(PasswordPolicy.check(null, "a@b.be")).contains("password.tooShort");
        assertThat(PasswordPolicy.check("court-court", "a@b.be")).contains("password.tooShort");
        assertThat(PasswordPolicy.check("agent.couvin@rebond.test", "agent.couvin@rebond.test")).contains("password.likeEmail");
        assertThat(PasswordPolicy.check("Xagent.couvin-2026", "agent.couvin@rebond.test")).contains("password.likeEmail");
        assertThat(PasswordPolicy.check("AzertyUiop12", "a@b.be")).contains("password.common");
        assertThat(PasswordPolicy.check("abababababab", "a@b.be")).as("fewer than four different characters")
                .contains("password.common");
    }

    @Test
    void aLongUnusualPasswordIsAccepted() {
        assertThat(PasswordPolicy.check("Un-mot-de-passe-solide-42", "agent.couvin@rebond.test")).isEmpty();
        // A short local part (under 6 characters) inside the password does not count as "like the address".
        assertThat(PasswordPolicy.check("annie-et-le-vent-2026", "ann@b.be")).isEmpty();
    }
}
