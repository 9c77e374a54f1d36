package be.miresem.rebond.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlCharacterFilterTest {

    @Test
    void controlCharactersGoTabsAndLineBreaksStay() {
        assertThat(ControlCharacterFilter.clean("avant\u0000après\u0007\u001b[31m\u007f")).isEqualTo("avantaprès[31m");
        assertThat(ControlCharacterFilter.clean("ligne 1\r\nligne\t2\n")).isEqualTo("ligne 1\r\nligne\t2\n");
    }

    @Test
    void aCleanValueIsReturnedAsItIs() {
        String value = "CPAS de Couvin — été 🙂";
        assertThat(ControlCharacterFilter.clean(value)).isSameAs(value);
    }
}
