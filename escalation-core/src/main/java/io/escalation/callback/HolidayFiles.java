package io.escalation.callback;

import static io.escalation.internal.callback.CalendarArguments.describe;
import static io.escalation.internal.callback.CalendarArguments.present;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads holidays from files: the Cabinet Office's CSV of national holidays (syukujitsu.csv, in
 * Shift_JIS as published) and plain date lists for company holidays.
 */
public final class HolidayFiles {

    private static final DateTimeFormatter CABINET_OFFICE = DateTimeFormatter.ofPattern("uuuu/M/d");

    private HolidayFiles() {}

    /**
     * Reads the Cabinet Office format: a header line, then {@code 2026/1/1,元日} per line.
     *
     * @param in the file's bytes
     * @param charset its charset; the official file is {@code Shift_JIS}
     * @return a provider of the listed holidays
     * @throws CalendarException with rule {@code NotNull} at {@code in} or {@code charset}, or naming
     *     the line of the first malformed row
     * @throws UncheckedIOException when the stream cannot be read
     */
    public static HolidayProvider cabinetOfficeCsv(InputStream in, Charset charset) {
        present("in", in);
        present("charset", charset);
        List<Holiday> holidays = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String trimmed = line.strip().replace("\uFEFF", "");
                if (trimmed.isEmpty() || (number == 1 && !Character.isDigit(trimmed.charAt(0)))) {
                    continue; // the header, or a blank line
                }
                int comma = trimmed.indexOf(',');
                if (comma < 0) {
                    throw new CalendarException("line " + number, "CabinetOfficeFormat",
                            "expected 'yyyy/M/d,name'");
                }
                holidays.add(new Holiday(parse(trimmed.substring(0, comma).strip(), CABINET_OFFICE, number),
                        trimmed.substring(comma + 1).strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HolidayProvider.of(holidays);
    }

    /**
     * Reads a plain list: one ISO date per line ({@code 2026-12-29}), optionally followed by a
     * comma and a name; blank lines and lines starting with {@code #} are ignored.
     *
     * @param in the list
     * @return a provider of the listed days
     * @throws CalendarException with rule {@code NotNull} at {@code in}, or naming the line of the
     *     first malformed date
     * @throws UncheckedIOException when the reader fails
     */
    public static HolidayProvider dateList(Reader in) {
        present("in", in);
        List<Holiday> holidays = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(in)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                int comma = trimmed.indexOf(',');
                String date = comma < 0 ? trimmed : trimmed.substring(0, comma).strip();
                String name = comma < 0 ? "holiday" : trimmed.substring(comma + 1).strip();
                holidays.add(new Holiday(parse(date, DateTimeFormatter.ISO_LOCAL_DATE, number), name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HolidayProvider.of(holidays);
    }

    private static LocalDate parse(String text, DateTimeFormatter format, int line) {
        try {
            return LocalDate.parse(text, format);
        } catch (DateTimeParseException e) {
            throw new CalendarException("line " + line, "Date", describe(text) + " is not a date");
        }
    }
}
