package io.escalation.examples.crm;

import io.escalation.callback.BusinessCalendar;
import io.escalation.callback.Candidate;
import io.escalation.callback.Handoff;
import io.escalation.callback.JapaneseHolidays;
import io.escalation.desk.EscalationDesk;
import io.escalation.lifecycle.Actor;
import io.escalation.routing.Presence;
import io.escalation.routing.Responder;
import io.escalation.routing.RoutingContext;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The second line of the center as this CRM knows it: who is on the floor, present or away, and the
 * office calendar they call customers back in. A real CRM reads this from its roster; here it is
 * fixed, so the examples and tests see the same people.
 */
public final class Floor {

    private final ZoneId zone;
    private final BusinessCalendar office;
    private final List<Responder> roster;

    /**
     * Creates the floor of a center in {@code zone}: Sato (supervisor, present), Kato (supervisor,
     * away) and Ito (manager, present), working 9:00-18:00 on weekdays but Japanese holidays.
     *
     * @param zone the center's zone
     */
    public Floor(ZoneId zone) {
        this.zone = zone;
        this.office = BusinessCalendar.builder(zone).weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))
                .holidays(JapaneseHolidays.provider()).build();
        this.roster = List.of(
                Responder.builder("sv-sato", io.escalation.model.Tier.SUPERVISOR)
                        .name(Map.of(Locale.JAPANESE, "佐藤", Locale.ENGLISH, "Sato")).build(),
                Responder.builder("sv-kato", io.escalation.model.Tier.SUPERVISOR)
                        .name(Map.of(Locale.JAPANESE, "加藤", Locale.ENGLISH, "Kato")).presence(Presence.AWAY).build(),
                Responder.builder("mgr-ito", io.escalation.model.Tier.MANAGER)
                        .name(Map.of(Locale.JAPANESE, "伊藤", Locale.ENGLISH, "Ito")).build());
    }

    /**
     * Returns the center's zone.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Returns the office calendar.
     *
     * @return the calendar
     */
    public BusinessCalendar office() {
        return office;
    }

    /**
     * Returns everyone on the roster.
     *
     * @return the responders
     */
    public List<Responder> roster() {
        return roster;
    }

    /**
     * Finds a responder by id.
     *
     * @param id the responder's id
     * @return the responder, if on the roster
     */
    public Optional<Responder> responder(String id) {
        return roster.stream().filter(r -> r.id().value().equals(id)).findFirst();
    }

    /**
     * Returns the actor a responder acts as.
     *
     * @param responder a responder of the roster
     * @return the actor (supervisor or manager)
     */
    public Actor actor(Responder responder) {
        return EscalationDesk.asActor(responder);
    }

    /**
     * Returns the routing context now: the roster and the zone.
     *
     * @param now the instant, from the desk's clock
     * @return the context
     */
    public RoutingContext routing(Instant now) {
        return RoutingContext.builder(now).zone(zone).roster(roster).build();
    }

    /**
     * Returns who could call the customer back: everyone present, live from the floor.
     *
     * @return the candidates
     */
    public List<Candidate> callbackCandidates() {
        return roster.stream().filter(Responder::isPresent).map(r -> Candidate.of(r, office, Handoff.live())).toList();
    }
}
