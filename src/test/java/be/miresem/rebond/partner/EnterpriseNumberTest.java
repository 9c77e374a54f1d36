package be.miresem.rebond.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnterpriseNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"0212.345.668", "BE0212345668", "be 0212 345 668", "0212345668", "212345668",
            " BE 0212.345.668 "})
    void acceptsTheUsualWrittenForms(String text) {
        assertThat(EnterpriseNumber.parse(text)).map(EnterpriseNumber::digits).contains("0212345668");
    }

    @Test
    void formatsWithDots() {
        assertThat(EnterpriseNumber.parse("BE0212345668").orElseThrow().formatted()).isEqualTo("0212.345.668");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0212.345.678", "0212345667", "2212345668", "02123456", "02123456689", "BE02123456AB",
            "", "   ", "abcdefghij"})
    void refusesWrongCheckDigitsAndMalformedNumbers(String text) {
        assertThat(EnterpriseNumber.isValid(text)).isFalse();
    }

    @Test
    void checkDigitsOf97WhenTheRemainderIsZero() {
        // 00000000 mod 97 = 0, so the check digits are 97.
        assertThat(EnterpriseNumber.isValid("0000000097")).isTrue();
        assertThat(EnterpriseNumber.isValid("0000000000")).isFalse();
    }

    @Test
    void numbersStartingWithOneAreValidToo() {
        // 10000000 mod 97 = 76 → check 21
        assertThat(EnterpriseNumber.isValid("1000.000.021")).isTrue();
    }

    @Test
    void refusesNullAndRejectsDirectConstructionOfAnInvalidNumber() {
        assertThat(EnterpriseNumber.parse(null)).isEmpty();
        assertThatThrownBy(() -> new EnterpriseNumber("0212345678")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBeanValidationConstraintAcceptsBlankAndRefusesInvalid() {
        var validator = new ValidEnterpriseNumber.Validator();
        assertThat(validator.isValid(null, null)).isTrue();
        assertThat(validator.isValid(" ", null)).isTrue();
        assertThat(validator.isValid("0212.345.668", null)).isTrue();
        assertThat(validator.isValid("0212.345.678", null)).isFalse();
    }
}
