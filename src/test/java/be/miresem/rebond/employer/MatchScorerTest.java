package be.miresem.rebond.employer;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.casefile.Sector;
import org.junit.jupiter.api.Test;

class MatchScorerTest {

    private static final MatchScorer.Need JOINER = new MatchScorer.Need(Sector.MAINTENANCE, "Couvin",
            "Menuiserie, lecture de plans, ponçage", "Menuisier d'atelier", false);

    @Test
    void sameSectorSharedSkillsAndCommuneAddUpWithTheirReasons() {
        var match = MatchScorer.score(JOINER, new MatchScorer.Profile(Sector.MAINTENANCE, "COUVIN",
                "Menuiserie et plans", "Menuisier", true)).orElseThrow();
        assertThat(match.score()).isEqualTo(3 + 3 + 2); // sector, menuiserie + plans + menuisier, commune
        assertThat(match.reasons()).extracting(MatchScorer.Reason::key)
                .containsExactly("match.sector", "match.skills", "match.commune");
        assertThat(match.reasons().get(1).argument()).isEqualTo("menuiserie, plans, menuisier");
    }

    @Test
    void elsewhereALicenceCountsAndTheRankingFollowsTheScore() {
        var mobile = MatchScorer.score(JOINER, new MatchScorer.Profile(Sector.MAINTENANCE, "Chimay", null, "Ouvrier", true))
                .orElseThrow();
        var notMobile = MatchScorer.score(JOINER, new MatchScorer.Profile(Sector.MAINTENANCE, "Chimay", null, "Ouvrier", false))
                .orElseThrow();
        assertThat(mobile.score()).isEqualTo(4);
        assertThat(mobile.reasons()).extracting(MatchScorer.Reason::key).contains("match.licence");
        assertThat(notMobile.score()).isEqualTo(3);
    }

    @Test
    void noSectorNorSkillInCommonOrNoLicenceWhenRequiredIsNoMatch() {
        assertThat(MatchScorer.score(JOINER, new MatchScorer.Profile(Sector.CLEANING, "Couvin", "Repassage", "Technicienne de surface", true)))
                .isEmpty();
        var driving = new MatchScorer.Need(Sector.LOGISTICS, "Couvin", "Livraison", "Chauffeur-livreur", true);
        assertThat(MatchScorer.score(driving, new MatchScorer.Profile(Sector.LOGISTICS, "Couvin", "Livraison", "Livreur", false)))
                .isEmpty();
        assertThat(MatchScorer.score(driving, new MatchScorer.Profile(Sector.CARE, "Couvin", "Livraison de repas", "Aide", true)))
                .as("a shared skill across sectors").isPresent();
    }
}
