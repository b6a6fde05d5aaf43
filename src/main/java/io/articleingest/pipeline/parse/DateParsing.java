package io.articleingest.pipeline.parse;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates as documents and object metadata write them. */
public final class DateParsing {

    private static final int MAX_DATE_CHARS = 200;
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final List<DateTimeFormatter> WRITTEN = List.of(
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH));

    private DateParsing() {
    }

    /** A date from ISO 8601 (date or date-time), RFC 1123, or "November 30, 2025"; null if none. */
    public static LocalDate parseDate(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_DATE_CHARS) {
            return null; // a date is short: a megabyte of "date" is no date, and is not scanned
        }
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // not a full timestamp; try the other shapes
        }
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // not an HTTP date
        }
        Matcher iso = ISO_DATE.matcher(v);
        if (iso.find()) {
            try {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        String cleaned = v.replace("Sept ", "Sep ").replaceAll("(\\d)(st|nd|rd|th)\\b", "$1").replace(".", "");
        for (DateTimeFormatter f : WRITTEN) {
            try {
                return LocalDate.parse(cleaned, f);
            } catch (DateTimeParseException ignored) {
                // next shape
            }
        }
        return null;
    }
}
