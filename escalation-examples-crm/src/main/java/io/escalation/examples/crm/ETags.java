package io.escalation.examples.crm;

import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * An escalation's version as a strong entity tag ({@code "7"}), and the {@code If-Match} rules of the action
 * endpoint: required (428 without it), strong comparison (a weak tag never matches), {@code *} refused because an
 * action must say which version it was decided on.
 */
public final class ETags {

    private static final Pattern TAG = Pattern.compile("\\s*(W/)?\"([^\"]*)\"\\s*");

    private ETags() {}

    /**
     * Returns the tag of a version.
     *
     * @param version the version
     * @return e.g. {@code "7"} with the quotes
     */
    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Reads the version an {@code If-Match} header names, if it names the current one.
     *
     * @param header the header, or {@code null}
     * @param current the current version
     * @return the version the request was decided on: {@code current} when a listed strong tag matches it, else
     *     the first listed version (stale), else empty (nothing matches)
     * @throws CrmRequestException 428 when the header is missing or {@code *}, 400 when it is not a list of tags
     */
    public static OptionalLong expected(@Nullable String header, long current) {
        if (header == null || header.isBlank()) {
            throw new CrmRequestException(HttpStatus.PRECONDITION_REQUIRED, "If-Match", "required",
                    "If-Match with the escalation's ETag is required");
        }
        if (header.trim().equals("*")) {
            throw new CrmRequestException(HttpStatus.PRECONDITION_REQUIRED, "If-Match", "version",
                    "If-Match must name the escalation's ETag, not *");
        }
        List<String> parts = List.of(header.split(","));
        OptionalLong first = OptionalLong.empty();
        for (String part : parts) {
            Matcher m = TAG.matcher(part);
            if (!m.matches()) {
                throw new CrmRequestException(HttpStatus.BAD_REQUEST, "If-Match", "entity-tag",
                        "If-Match must be a list of entity tags");
            }
            if (m.group(1) != null || !m.group(2).matches("[0-9]{1,18}")) {
                continue; // weak or foreign tags never match
            }
            long v = Long.parseLong(m.group(2));
            if (v == current) {
                return OptionalLong.of(v);
            }
            if (first.isEmpty()) {
                first = OptionalLong.of(v);
            }
        }
        return first;
    }
}
