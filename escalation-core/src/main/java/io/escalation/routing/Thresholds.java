package io.escalation.routing;

import io.escalation.internal.routing.Arguments;
import io.escalation.internal.validation.Checks;
import io.escalation.model.ExperienceLevel;
import io.escalation.model.Temperature;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The center's thresholds for the standard policy. Defaults come from the seeds: take over after
 * 10 minutes without progress for trainees, 15 for regular operators, 20 for veterans (the seeds
 * say 10-20); a furious customer gets at least a supervisor; a complaint from an upset customer is
 * severe; two repeat contacts raise the priority, three bring a supervisor.
 *
 * @param takeOverTrainee handling time after which a trainee's contact is taken over
 * @param takeOverRegular handling time after which a regular operator's contact is taken over
 * @param takeOverVeteran handling time after which a veteran's contact is taken over
 * @param supervisorTemperature the temperature at which a supervisor takes over
 * @param severeComplaintTemperature the temperature at which a complaint is severe
 * @param repeatContactsForPriority repeat contacts that raise the priority
 * @param repeatContactsForSupervisor repeat contacts that bring a supervisor
 */
public record Thresholds(
        Duration takeOverTrainee,
        Duration takeOverRegular,
        Duration takeOverVeteran,
        Temperature supervisorTemperature,
        Temperature severeComplaintTemperature,
        int repeatContactsForPriority,
        int repeatContactsForSupervisor) {

    private static final Duration MIN_TAKE_OVER = Duration.ofMinutes(1);
    private static final Duration MAX_TAKE_OVER = Duration.ofHours(4);

    /** The seeds' defaults. */
    public static final Thresholds DEFAULTS = new Thresholds(Duration.ofMinutes(10), Duration.ofMinutes(15),
            Duration.ofMinutes(20), Temperature.FURIOUS, Temperature.UPSET, 2, 3);

    /**
     * Validates every threshold and reports all that are broken at once.
     *
     * @throws io.escalation.InvalidEscalationException naming each threshold, the rule and the value given
     */
    public Thresholds {
        if (!validTakeOver(takeOverTrainee) || !validTakeOver(takeOverRegular) || !validTakeOver(takeOverVeteran)
                || supervisorTemperature == null || severeComplaintTemperature == null
                || !validCount(repeatContactsForPriority) || !validCount(repeatContactsForSupervisor)) {
            Checks.Checker check = Checks.building(Thresholds.class);
            takeOver(check, "takeOverTrainee", takeOverTrainee);
            takeOver(check, "takeOverRegular", takeOverRegular);
            takeOver(check, "takeOverVeteran", takeOverVeteran);
            check.require(supervisorTemperature != null, "supervisorTemperature", "NotNull", "must not be null", null)
                    .require(severeComplaintTemperature != null, "severeComplaintTemperature", "NotNull",
                            "must not be null", null);
            count(check, "repeatContactsForPriority", repeatContactsForPriority);
            count(check, "repeatContactsForSupervisor", repeatContactsForSupervisor);
            check.done();
        }
    }

    private static boolean validTakeOver(@Nullable Duration value) {
        return value != null && value.compareTo(MIN_TAKE_OVER) >= 0 && value.compareTo(MAX_TAKE_OVER) <= 0;
    }

    private static boolean validCount(int value) {
        return value >= 1 && value <= 999;
    }

    private static void takeOver(Checks.Checker check, String name, @Nullable Duration value) {
        if (value == null) {
            check.require(false, name, "NotNull", "must not be null", null);
        } else {
            check.require(validTakeOver(value), name, "Range", "must be between PT1M and PT4H, but was " + value, value);
        }
    }

    private static void count(Checks.Checker check, String name, int value) {
        check.require(validCount(value), name, "Range", "must be between 1 and 999, but was " + value, value);
    }

    /**
     * Returns the take-over threshold for an experience level.
     *
     * @param experience the operator's experience
     * @return the handling time after which the contact is taken over
     */
    public Duration takeOverAfter(ExperienceLevel experience) {
        Arguments.present(Thresholds.class, "experience", experience);
        return switch (experience) {
            case TRAINEE -> takeOverTrainee;
            case REGULAR -> takeOverRegular;
            case VETERAN -> takeOverVeteran;
        };
    }

    /**
     * Returns these thresholds with other take-over times.
     *
     * @param trainee for trainees
     * @param regular for regular operators
     * @param veteran for veterans
     * @return the new thresholds
     */
    public Thresholds withTakeOver(Duration trainee, Duration regular, Duration veteran) {
        return new Thresholds(trainee, regular, veteran, supervisorTemperature, severeComplaintTemperature,
                repeatContactsForPriority, repeatContactsForSupervisor);
    }

    /**
     * Returns these thresholds with other temperatures.
     *
     * @param supervisor the temperature at which a supervisor takes over
     * @param severeComplaint the temperature at which a complaint is severe
     * @return the new thresholds
     */
    public Thresholds withTemperatures(Temperature supervisor, Temperature severeComplaint) {
        return new Thresholds(takeOverTrainee, takeOverRegular, takeOverVeteran, supervisor, severeComplaint,
                repeatContactsForPriority, repeatContactsForSupervisor);
    }

    /**
     * Returns these thresholds with other repeat-contact counts.
     *
     * @param forPriority repeat contacts that raise the priority
     * @param forSupervisor repeat contacts that bring a supervisor
     * @return the new thresholds
     */
    public Thresholds withRepeatContacts(int forPriority, int forSupervisor) {
        return new Thresholds(takeOverTrainee, takeOverRegular, takeOverVeteran, supervisorTemperature,
                severeComplaintTemperature, forPriority, forSupervisor);
    }
}
