package be.miresem.rebond.shared.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the pages warn about in a free text: national register numbers and health words, not phone numbers. */
class SensitiveTextTest {

    @Test
    void aNationalRegisterNumberIsFoundWrittenAnyUsualWay() {
        // 85.07.30-033.28: 97 - (850730033 mod 97) = 28.
        assertThat(SensitiveText.check("NN 85.07.30-033.28 à vérifier")).contains(SensitiveText.Finding.NATIONAL_NUMBER);
        assertThat(SensitiveText.check("son numéro 85073003328")).contains(SensitiveText.Finding.NATIONAL_NUMBER);
        // Born in 2000 or later: the check adds 2 in front. 01.02.03-004.xx
        long first = 2_010_203_004L;
        String check = String.format("%02d", 97 - first % 97);
        assertThat(SensitiveText.check("01.02.03-004." + check)).contains(SensitiveText.Finding.NATIONAL_NUMBER);
    }

    @Test
    void otherNumbersAreNotNationalNumbers() {
        assertThat(SensitiveText.check("Appeler le 0470 12 34 56 ou le 060 31 12 34")).isEmpty();
        assertThat(SensitiveText.check("85.07.30-033.29")).isEmpty();
        assertThat(SensitiveText.check("Contrat du 2026-01-31, 38 heures")).isEmpty();
    }

    @Test
    void healthWordsAreFoundWithOrWithoutAccents() {
        assertThat(SensitiveText.check("Absente : elle est malade")).contains(SensitiveText.Finding.HEALTH);
        assertThat(SensitiveText.check("Hospitalisée la semaine passée")).contains(SensitiveText.Finding.HEALTH);
        assertThat(SensitiveText.check("suivi psychiatrique")).contains(SensitiveText.Finding.HEALTH);
        assertThat(SensitiveText.check("problème de SANTÉ")).contains(SensitiveText.Finding.HEALTH);
    }

    @Test
    void ordinaryFollowUpIsNotFlagged() {
        assertThat(SensitiveText.check("Entretien positif chez un menuisier, permis B en cours")).isEmpty();
        assertThat(SensitiveText.check("Formation en entretien de bâtiments, disponible le matin")).isEmpty();
        assertThat(SensitiveText.check((String) null)).isEmpty();
        assertThat(SensitiveText.check("Ras", null, "rien")).isEmpty();
    }
}
