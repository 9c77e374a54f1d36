package be.miresem.rebond.casefile;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a case's outcomes say at each follow-up: for 3, 6 and 12 months, the situation of the latest observation
 * recorded for that follow-up (latest by date, then by order of recording); and whether it is a boomerang
 * ({@link Boomerang}). Kept on the case file for reporting ({@link CaseFile#followUps}); pure, unit-tested.
 */
public final class FollowUps {

    private FollowUps() {
    }

    /** One recorded observation: its date, its order of recording (the row id), situation and follow-up. */
    public record Recorded(LocalDate on, long order, Situation situation, Integer milestone) {
    }

    /** The latest situation per follow-up (months → situation); follow-ups without a record are absent. */
    public static Map<Integer, Situation> latest(List<Recorded> recorded) {
        Map<Integer, Situation> latest = new HashMap<>();
        recorded.stream().filter(r -> r.milestone() != null)
                .sorted(Comparator.comparing(Recorded::on).thenComparingLong(Recorded::order))
                .forEach(r -> latest.put(r.milestone(), r.situation()));
        return latest;
    }

    public static boolean boomerang(LocalDate contractEnd, List<Recorded> recorded) {
        return Boomerang.isBoomerang(contractEnd, recorded.stream().map(r -> new Boomerang.Observation(r.situation(), r.on())).toList());
    }
}
