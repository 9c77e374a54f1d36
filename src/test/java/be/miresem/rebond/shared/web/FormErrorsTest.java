package be.miresem.rebond.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The error summary names each field by its label. */
class FormErrorsTest {

    @Test
    void aFieldErrorIsNamedByTheFieldsLabel() {
        assertThat(FormErrors.named("Nom du CPAS", "Ce champ est obligatoire."))
                .isEqualTo("Nom du CPAS : ce champ est obligatoire.");
        assertThat(FormErrors.named("Numéro d’entreprise", "BCE : ce numéro n’est pas valide."))
                .as("an acronym keeps its capitals").isEqualTo("Numéro d’entreprise : BCE : ce numéro n’est pas valide.");
        assertThat(FormErrors.named(null, "Choisissez un créneau.")).isEqualTo("Choisissez un créneau.");
    }
}
