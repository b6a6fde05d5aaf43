package io.articleingest.pipeline.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date expression of a sentence and resolves it against the publication date:
 * "on Saturday" (the last Saturday, or the next one for a planned event), "yesterday",
 * "overnight", "on October 10", "in March", "last week", "at month's end", "in 1988".
 */
public final class DateResolver {

    /** A resolved date: ISO text at the given precision, and the words that gave it. */
    public record Resolved(String date, String precision, String text) {
    }

    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october|"
            + "november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
    private static final String DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b(?:on\\s+)?(" + MONTHS + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(?:on\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTHS + ")\\b\\.?(?:,?\\s+(\\d{4}))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b((?:on|last|next|this|by|until|from)\\s+)?(" + DAYS + ")\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_ALONE = Pattern.compile(
            "\\b(in|since|by|until|last|next|early|late|mid|this)[\\s-]+(" + MONTHS + ")\\b(?:\\s+(\\d{4}))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("\\b(in|since|during|by|of)\\s+((?:19|20)\\d{2})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final List<Map.Entry<Pattern, String>> RELATIVE = List.of(
            Map.entry(Pattern.compile("\\b(day before yesterday)\\b", Pattern.CASE_INSENSITIVE), "-2d"),
            Map.entry(Pattern.compile("\\b(yesterday|last night|overnight)\\b", Pattern.CASE_INSENSITIVE), "-1d"),
            Map.entry(Pattern.compile("\\b(today|tonight|this morning|this afternoon|this evening)\\b",
                    Pattern.CASE_INSENSITIVE), "0d"),
            Map.entry(Pattern.compile("\\b(tomorrow)\\b", Pattern.CASE_INSENSITIVE), "+1d"),
            Map.entry(Pattern.compile("\\b(last week|earlier this week|past week)\\b", Pattern.CASE_INSENSITIVE), "-1w"),
            Map.entry(Pattern.compile("\\b(next week|later this week|coming week)\\b", Pattern.CASE_INSENSITIVE), "+1w"),
            Map.entry(Pattern.compile("\\b(at month's end|at month’s end|end of the month|end of this month|"
                    + "later this month)\\b", Pattern.CASE_INSENSITIVE), "end-of-month"),
            Map.entry(Pattern.compile("\\b(last month|past month)\\b", Pattern.CASE_INSENSITIVE), "-1m"),
            Map.entry(Pattern.compile("\\b(next month|coming month)\\b", Pattern.CASE_INSENSITIVE), "+1m"),
            Map.entry(Pattern.compile("\\b(earlier this month|this month)\\b", Pattern.CASE_INSENSITIVE), "0m"),
            Map.entry(Pattern.compile("\\b(last year|past year)\\b", Pattern.CASE_INSENSITIVE), "-1y"),
            Map.entry(Pattern.compile("\\b(next year)\\b", Pattern.CASE_INSENSITIVE), "+1y"));

    private DateResolver() {
    }

    /**
     * @param text      the sentence (or the part of it that concerns the event)
     * @param published the publication date, or null (then nothing relative can be resolved)
     * @param future    the event is planned: a bare weekday means the next one, not the last
     */
    public static Resolved resolve(String text, LocalDate published, boolean future) {
        Matcher iso = ISO.matcher(text);
        if (iso.find()) {
            return new Resolved(iso.group(), "day", iso.group());
        }
        Resolved r = monthDay(MONTH_DAY.matcher(text), 1, 2, 3, published, future);
        if (r == null) {
            r = monthDay(DAY_MONTH.matcher(text), 2, 1, 3, published, future);
        }
        if (r != null || published == null) {
            return r;
        }
        Matcher wd = WEEKDAY.matcher(text);
        if (wd.find()) {
            DayOfWeek day = DayOfWeek.valueOf(wd.group(2).toUpperCase(Locale.ROOT));
            String prefix = wd.group(1) == null ? "" : wd.group(1).strip().toLowerCase(Locale.ROOT);
            boolean next = prefix.equals("next") || future && !prefix.equals("last");
            LocalDate d = next ? published.with(TemporalAdjusters.next(day))
                    : published.with(TemporalAdjusters.previousOrSame(day));
            return new Resolved(d.toString(), "day", wd.group().strip());
        }
        for (Map.Entry<Pattern, String> rel : RELATIVE) {
            Matcher m = rel.getKey().matcher(text);
            if (m.find()) {
                return relative(rel.getValue(), published, m.group(1));
            }
        }
        Matcher mo = MONTH_ALONE.matcher(text);
        if (mo.find()) {
            Month month = month(mo.group(2));
            int year = mo.group(3) != null ? Integer.parseInt(mo.group(3)) : published.getYear();
            String prefix = mo.group(1).toLowerCase(Locale.ROOT);
            if (mo.group(3) == null && (prefix.equals("last") || !future && !prefix.equals("next")
                    && month.getValue() > published.getMonthValue())) {
                year--;
            }
            if (mo.group(3) == null && prefix.equals("next") && month.getValue() <= published.getMonthValue()) {
                year++;
            }
            return new Resolved(YearMonth.of(year, month).toString(), "month", mo.group().strip());
        }
        Matcher y = YEAR.matcher(text);
        if (y.find()) {
            return new Resolved(y.group(2), "year", y.group().strip());
        }
        return null;
    }

    private static Resolved monthDay(Matcher m, int monthGroup, int dayGroup, int yearGroup, LocalDate published,
                                     boolean future) {
        if (!m.find()) {
            return null;
        }
        Month month = month(m.group(monthGroup));
        int day = Integer.parseInt(m.group(dayGroup));
        if (day < 1 || day > month.maxLength()) {
            return null;
        }
        int year;
        if (m.group(yearGroup) != null) {
            year = Integer.parseInt(m.group(yearGroup));
        } else if (published == null) {
            return null;
        } else {
            year = published.getYear();
            LocalDate candidate = LocalDate.of(year, month, Math.min(day, YearMonth.of(year, month).lengthOfMonth()));
            if (!future && candidate.isAfter(published.plusDays(7))) {
                year--;
            } else if (future && candidate.isBefore(published.minusDays(7))) {
                year++;
            }
        }
        LocalDate d = LocalDate.of(year, month, Math.min(day, YearMonth.of(year, month).lengthOfMonth()));
        return new Resolved(d.toString(), "day", m.group().strip());
    }

    private static Resolved relative(String code, LocalDate published, String text) {
        return switch (code) {
            case "-2d" -> new Resolved(published.minusDays(2).toString(), "day", text);
            case "-1d" -> new Resolved(published.minusDays(1).toString(), "day", text);
            case "0d" -> new Resolved(published.toString(), "day", text);
            case "+1d" -> new Resolved(published.plusDays(1).toString(), "day", text);
            case "-1w" -> new Resolved(YearMonth.from(published.minusWeeks(1)).toString(), "month", text);
            case "+1w" -> new Resolved(YearMonth.from(published.plusWeeks(1)).toString(), "month", text);
            case "end-of-month" -> new Resolved(published.with(TemporalAdjusters.lastDayOfMonth()).toString(), "day",
                    text);
            case "-1m" -> new Resolved(YearMonth.from(published).minusMonths(1).toString(), "month", text);
            case "+1m" -> new Resolved(YearMonth.from(published).plusMonths(1).toString(), "month", text);
            case "0m" -> new Resolved(YearMonth.from(published).toString(), "month", text);
            case "-1y" -> new Resolved(String.valueOf(published.getYear() - 1), "year", text);
            case "+1y" -> new Resolved(String.valueOf(published.getYear() + 1), "year", text);
            default -> throw new IllegalArgumentException(code);
        };
    }

    private static Month month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(n.length() >= 3 ? n.substring(0, 3) : n)) {
                return m;
            }
        }
        throw new IllegalArgumentException(name);
    }
}
