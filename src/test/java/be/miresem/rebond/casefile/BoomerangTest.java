package be.miresem.rebond.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoomerangTest {

    private static final LocalDate END = LocalDate.of(2026, 3, 31);

    private static boolean boomerang(Situation situation, LocalDate on) {
        return Boomerang.isBoomerang(END, List.of(new Boomerang.Observation(situation, on)));
    }

    @Test
    void backOnTheIntegrationIncomeWithin365DaysIsABoomerang() {
        assertThat(boomerang(Situation.INTEGRATION_INCOME, END)).as("day 0").isTrue();
        assertThat(boomerang(Situation.INTEGRATION_INCOME, END.plusDays(365))).as("day 365").isTrue();
        assertThat(boomerang(Situation.INTEGRATION_INCOME, END.plusDays(366))).as("day 366").isFalse();
        assertThat(boomerang(Situation.INTEGRATION_INCOME, END.minusDays(1))).as("before the end").isFalse();
    }

    @Test
    void otherSituationsAndMissingEndsAreNotBoomerangs() {
        assertThat(boomerang(Situation.UNEMPLOYMENT, END.plusDays(30))).isFalse();
        assertThat(boomerang(Situation.NO_NEWS, END.plusDays(30))).isFalse();
        assertThat(Boomerang.isBoomerang(null, List.of(new Boomerang.Observation(Situation.INTEGRATION_INCOME, END))))
                .isFalse();
        assertThat(Boomerang.isBoomerang(END, List.of(new Boomerang.Observation(Situation.PERMANENT_CONTRACT, END.plusDays(90)),
                new Boomerang.Observation(Situation.INTEGRATION_INCOME, END.plusDays(200))))).as("job then back").isTrue();
    }
}
