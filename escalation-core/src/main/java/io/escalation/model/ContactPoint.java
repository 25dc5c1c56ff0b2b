package io.escalation.model;

import io.escalation.internal.validation.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * How to reach a customer: a phone number or an e-mail address. Personal data:
 * {@link #toString()} shows the kind only.
 *
 * @param kind phone, e-mail or another channel
 * @param value the number or address; phone numbers hold digits, spaces and {@code +()-} only,
 *     e-mail addresses contain one {@code @}
 */
public record ContactPoint(@NotNull Kind kind, @NotBlank @Size(max = 320) @Pattern(regexp = ModelLimits.TEXT_CHARS, message = ModelLimits.TEXT_CHARS_MESSAGE) String value) {

    /** The kind of contact point. */
    public enum Kind {
        /** A phone number. */
        PHONE,
        /** An e-mail address. */
        EMAIL,
        /** Any other handle the host understands (a chat account, say). */
        OTHER
    }

    /**
     * Validates kind and value.
     *
     * @throws io.escalation.InvalidEscalationException if either breaks its rule; the message
     *     never contains the value
     */
    public ContactPoint {
        if (kind == null || !Checks.isText(value, 320) || !shapeOk(kind, value)) {
            Checks.Checker check = Checks.of(ContactPoint.class, kind, value);
            if (check.ok() && kind == Kind.PHONE) {
                check.require(shapeOk(kind, value), "value", "PhoneNumber",
                        "must be 3-32 digits, spaces or '+()-', with at least 3 digits", value);
            }
            if (check.ok() && kind == Kind.EMAIL) {
                check.require(shapeOk(kind, value), "value", "EmailAddress",
                        "must be one local part, one '@' and a domain, without spaces", value);
            }
            check.done();
        }
    }

    private static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile("\\+?[0-9 ()-]{3,32}");

    private static boolean shapeOk(Kind kind, String value) {
        return switch (kind) {
            case PHONE -> PHONE.matcher(value).matches() && value.chars().filter(Character::isDigit).count() >= 3;
            case EMAIL -> {
                int at = value.indexOf('@');
                yield at > 0 && at == value.lastIndexOf('@') && at < value.length() - 1 && value.indexOf(' ') < 0;
            }
            case OTHER -> true;
        };
    }

    /**
     * Returns a phone contact point.
     *
     * @param number the phone number
     * @return the contact point
     */
    public static ContactPoint phone(String number) {
        return new ContactPoint(Kind.PHONE, number);
    }

    /**
     * Returns an e-mail contact point.
     *
     * @param address the address
     * @return the contact point
     */
    public static ContactPoint email(String address) {
        return new ContactPoint(Kind.EMAIL, address);
    }

    /** Returns the kind only, e.g. {@code "ContactPoint[PHONE, redacted]"}. */
    @Override
    public String toString() {
        return "ContactPoint[" + kind + ", redacted]";
    }
}
