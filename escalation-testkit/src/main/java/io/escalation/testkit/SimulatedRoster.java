package io.escalation.testkit;

import io.escalation.callback.BusinessCalendar;
import io.escalation.model.ActorId;
import io.escalation.model.Tier;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Who of the higher tiers is on duty in each hour of a simulated day: responders by id and tier,
 * each present or away per hour (from {@code 00:00-01:00} to {@code 23:00-24:00}, in the day's zone).
 * Immutable; built with {@link #builder()}.
 *
 * <pre>{@code
 * SimulatedRoster roster = SimulatedRoster.builder()
 *         .responders(Tier.SUPERVISOR, 3, 9, 18)   // sv-1..sv-3 present 09:00-18:00
 *         .responders(Tier.MANAGER, 1, 9, 18)      // mgr-1
 *         .away(Tier.SUPERVISOR, 12, 13)           // lunch: no supervisor 12:00-13:00
 *         .build();
 * }</pre>
 */
public final class SimulatedRoster {

    /**
     * One responder's duty over the day.
     *
     * @param id the responder's id (not a name: no personal data)
     * @param tier the responder's tier
     * @param present for each hour of the day, whether the responder is present
     */
    public record Duty(String id, Tier tier, List<Boolean> present) {
        /**
         * Validates the duty.
         *
         * @throws IllegalArgumentException if a part is missing or there are not 24 hours
         */
        public Duty {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(tier, "tier");
            present = List.copyOf(present);
            if (present.size() != 24) {
                throw new IllegalArgumentException("present needs 24 hours, but had " + present.size());
            }
        }

        /**
         * Returns whether the responder is present in {@code hour}.
         *
         * @param hour 0 to 23
         * @return whether present
         */
        public boolean presentAt(int hour) {
            return present.get(hour);
        }

        /**
         * Returns whether the responder is present in any hour.
         *
         * @return whether on duty at all
         */
        public boolean onDuty() {
            return present.contains(true);
        }

        /**
         * Returns the responder's calendar for the callback planner: the hours present, on every day of
         * the week.
         *
         * @param zone the day's zone
         * @return the calendar
         * @throws IllegalStateException if the responder is never present
         */
        public BusinessCalendar calendar(ZoneId zone) {
            if (!onDuty()) {
                throw new IllegalStateException(id + " is never present");
            }
            BusinessCalendar.Builder b = BusinessCalendar.builder(zone);
            int h = 0;
            while (h < 24) {
                if (!present.get(h)) {
                    h++;
                    continue;
                }
                int from = h;
                while (h < 24 && present.get(h)) {
                    h++;
                }
                LocalTime to = h == 24 ? LocalTime.MIDNIGHT : LocalTime.of(h, 0);
                for (DayOfWeek d : DayOfWeek.values()) {
                    b.hours(d, LocalTime.of(from, 0), to);
                }
            }
            return b.build();
        }
    }

    private final List<Duty> duties;

    private SimulatedRoster(List<Duty> duties) {
        this.duties = List.copyOf(duties);
    }

    /**
     * Starts an empty roster.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the responders' duties, in the order they were added.
     *
     * @return the duties
     */
    public List<Duty> duties() {
        return duties;
    }

    /**
     * Returns how many responders of {@code tier} are present in {@code hour}.
     *
     * @param tier a tier
     * @param hour 0 to 23
     * @return the count
     */
    public int present(Tier tier, int hour) {
        int n = 0;
        for (Duty d : duties) {
            if (d.tier().equals(tier) && d.presentAt(hour)) {
                n++;
            }
        }
        return n;
    }

    @Override
    public String toString() {
        return "SimulatedRoster[" + duties.size() + " responders]";
    }

    /** Builds a roster; not thread-safe. */
    public static final class Builder {
        private final Map<String, Duty> duties = new LinkedHashMap<>();
        private final Map<Tier, Integer> counters = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Adds one responder, present from hour {@code from} to hour {@code to}.
         *
         * @param id the responder's id, an {@link ActorId} new in this roster
         * @param tier the tier
         * @param from the first hour present, 0 to 23
         * @param to the hour the responder leaves, after {@code from}, 1 to 24
         * @return this builder
         * @throws IllegalArgumentException if the id is taken or the hours are out of range
         * @throws io.escalation.InvalidEscalationException if the id is not a valid actor id
         */
        public Builder responder(String id, Tier tier, int from, int to) {
            ActorId.of(Objects.requireNonNull(id, "id"));
            Objects.requireNonNull(tier, "tier");
            hours(from, to);
            if (duties.containsKey(id)) {
                throw new IllegalArgumentException("responder " + id + " was already added");
            }
            List<Boolean> present = new ArrayList<>(24);
            for (int h = 0; h < 24; h++) {
                present.add(h >= from && h < to);
            }
            duties.put(id, new Duty(id, tier, present));
            return this;
        }

        /**
         * Adds {@code count} responders of {@code tier}, present from {@code from} to {@code to}, with
         * ids {@code <tier code>-1}, {@code <tier code>-2}, ... continuing the tier's numbering.
         *
         * @param tier the tier
         * @param count how many, at least 1
         * @param from the first hour present
         * @param to the hour they leave
         * @return this builder
         */
        public Builder responders(Tier tier, int count, int from, int to) {
            Objects.requireNonNull(tier, "tier");
            if (count < 1) {
                throw new IllegalArgumentException("count must be at least 1, but was " + count);
            }
            for (int i = 0; i < count; i++) {
                int n = counters.merge(tier, 1, Integer::sum);
                responder(tier.code() + "-" + n, tier, from, to);
            }
            return this;
        }

        /**
         * Marks one responder away from hour {@code from} to hour {@code to}.
         *
         * @param id a responder already added
         * @param from the first hour away
         * @param to the hour the responder is back
         * @return this builder
         */
        public Builder away(String id, int from, int to) {
            Duty d = duties.get(id);
            if (d == null) {
                throw new IllegalArgumentException("no responder " + id + " in this roster");
            }
            hours(from, to);
            List<Boolean> present = new ArrayList<>(d.present());
            for (int h = from; h < to; h++) {
                present.set(h, false);
            }
            duties.put(id, new Duty(id, d.tier(), present));
            return this;
        }

        /**
         * Marks every responder of {@code tier} away from hour {@code from} to hour {@code to}.
         *
         * @param tier the tier
         * @param from the first hour away
         * @param to the hour they are back
         * @return this builder
         */
        public Builder away(Tier tier, int from, int to) {
            Objects.requireNonNull(tier, "tier");
            for (Duty d : List.copyOf(duties.values())) {
                if (d.tier().equals(tier)) {
                    away(d.id(), from, to);
                }
            }
            return this;
        }

        private static void hours(int from, int to) {
            if (from < 0 || from > 23 || to <= from || to > 24) {
                throw new IllegalArgumentException("hours need 0 <= from < to <= 24, but were " + from + " and " + to);
            }
        }

        /**
         * Builds the roster.
         *
         * @return the roster
         */
        public SimulatedRoster build() {
            return new SimulatedRoster(List.copyOf(duties.values()));
        }
    }
}
