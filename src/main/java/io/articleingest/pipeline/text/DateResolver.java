package io.articleingest.pipeline.text;

import io.articleingest.pipeline.knowledge.Lexicon;
import io.articleingest.pipeline.knowledge.WordClass;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date expression of a stretch of text and resolves it against the publication date:
 * "on Saturday" (the last Saturday, or the next one for a planned event), "yesterday",
 * "overnight", "on October 10", "in March", "last week", "at month's end", "in 1988". The month
 * and weekday names, the words that lead them and the relative expressions are the lexicon's.
 */
public final class DateResolver {

    /** A resolved date: ISO text at the given precision, and the words that gave it. */
    public record Resolved(String date, String precision, String text) {
    }

    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    /** "on the 26th": a day of the month the story is in, or of the month before (not "the 26th anniversary") */
    private static final Pattern DAY_OF_MONTH = Pattern.compile("\\bon the (\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+[a-z])");

    /** how far apart two expressions may be and still be one ("Friday, March 14") */
    private static final int TOUCHING_CHARS = 3;

    private final Lexicon words;
    private final Pattern monthDay;
    private final Pattern dayMonth;
    private final Pattern weekday;
    private final Pattern monthAlone;
    private final Pattern year;
    private final Pattern ago;
    private final List<RelativeDate> relative = new ArrayList<>();

    /**
     * A relative expression, its pattern and its code. {@code lowerCase} lets a stretch that does
     * not contain the words skip the pattern: a case-insensitive match of them implies it, and
     * the scan of each pattern over each stretch was most of the dates' cost.
     */
    private record RelativeDate(String lowerCase, Pattern pattern, String code) {
    }

    public DateResolver(Lexicon words) {
        this.words = words;
        String months = alternatives(words.monthNames());
        String days = alternatives(words.words(WordClass.WEEKDAYS));
        monthDay = Pattern.compile("\\b(?:on\\s+)?(" + months + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?",
                Pattern.CASE_INSENSITIVE);
        dayMonth = Pattern.compile("\\b(?:on\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + months + ")\\b\\.?(?:,?\\s+(\\d{4}))?",
                Pattern.CASE_INSENSITIVE);
        weekday = Pattern.compile("\\b((?:" + alternatives(words.words(WordClass.WEEKDAY_LEADERS)) + ")\\s+)?(" + days
                + ")\\b", Pattern.CASE_INSENSITIVE);
        monthAlone = Pattern.compile("\\b(" + alternatives(words.words(WordClass.MONTH_LEADERS)) + ")[\\s-]+(" + months
                + ")\\b(?:\\s+(\\d{4}))?", Pattern.CASE_INSENSITIVE);
        year = Pattern.compile("\\b(" + alternatives(words.words(WordClass.YEAR_LEADERS)) + ")\\s+((?:19|20)\\d{2})\\b",
                Pattern.CASE_INSENSITIVE);
        ago = Pattern.compile("\\b([\\w-]+)\\s+(" + alternatives(words.agoUnits().keySet()) + ")\\s+ago\\b",
                Pattern.CASE_INSENSITIVE);
        words.relativeDates().forEach((expression, code) -> relative.add(new RelativeDate(
                expression.toLowerCase(Locale.ROOT),
                Pattern.compile("\\b(" + Pattern.quote(expression) + ")\\b", Pattern.CASE_INSENSITIVE), code)));
    }

    /** Longest first, so that "sept" is tried before "sep". */
    private static String alternatives(Set<String> set) {
        return String.join("|", set.stream().sorted(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder())).map(Pattern::quote).toList());
    }

    /**
     * @param text      the sentence (or the part of it that concerns the event)
     * @param published the publication date, or null (then nothing relative can be resolved)
     * @param future    the event is planned: a bare weekday means the next one, not the last
     */
    public Resolved resolve(String text, LocalDate published, boolean future) {
        return resolve(text, published, future, false);
    }

    /**
     * @param nearestTheEnd the stretch ends where the act is told (the words before its trigger): the
     *                      expression nearest its end dates it ("the town fell earlier this week, and on
     *                      Friday a drone struck": Friday's)
     */
    public Resolved resolve(String text, LocalDate published, boolean future, boolean nearestTheEnd) {
        Matcher iso = ISO.matcher(text);
        if (iso.find()) {
            return new Resolved(iso.group(), "day", iso.group());
        }
        List<Found> found = new ArrayList<>();
        add(found, monthDay(monthDay.matcher(text), 1, 2, 3, published, future));
        add(found, monthDay(dayMonth.matcher(text), 2, 1, 3, published, future));
        if (published != null) {
            add(found, dayOfMonth(text, published, future));
            add(found, weekday(text, published, future));
            add(found, ago(text, published));
            relatives(text, published, found);
            add(found, monthAlone(text, published, future));
            Matcher ym = year.matcher(text);
            if (ym.find()) {
                found.add(new Found(ym.start(), ym.end(), found.size(), new Resolved(ym.group(2), "year", ym.group().strip())));
            }
        }
        return nearest(found, nearestTheEnd);
    }

    /**
     * A date expression found in the stretch, where, and how specific its kind is (a lower rank
     * is preferred when two expressions touch: "on Friday, March 14" is March 14).
     */
    private record Found(int start, int end, int rank, Resolved date) {
    }

    private static void add(List<Found> found, Found one) {
        if (one != null) {
            found.add(new Found(one.start(), one.end(), found.size(), one.date()));
        }
    }

    /**
     * The expression nearest the start of the stretch, which is nearest the act ("shelled the town
     * earlier this week, and on Friday a drone struck" dates the shelling by the week, not by Friday),
     * or nearest its end when the stretch ends at the act. Expressions that overlap or touch it are
     * one expression, read by its most specific kind.
     */
    private static Resolved nearest(List<Found> found, boolean fromEnd) {
        Comparator<Found> edge = fromEnd ? Comparator.comparingInt(Found::end) : Comparator.comparingInt(f -> -f.start());
        Found anchor = found.stream().max(edge.thenComparingInt(f -> f.end() - f.start())).orElse(null);
        if (anchor == null) {
            return null;
        }
        return found.stream()
                .filter(f -> fromEnd ? f.end() >= anchor.start() - TOUCHING_CHARS : f.start() <= anchor.end() + TOUCHING_CHARS)
                .min(Comparator.comparingInt(Found::rank).thenComparing(Comparator.comparingInt(Found::end).reversed()))
                .orElseThrow().date();
    }

    /** "on the 26th" */
    private static Found dayOfMonth(String text, LocalDate published, boolean future) {
        Matcher dom = DAY_OF_MONTH.matcher(text);
        if (!dom.find()) {
            return null;
        }
        int day = Integer.parseInt(dom.group(1));
        YearMonth month = YearMonth.from(published);
        if (future ? day < published.getDayOfMonth() : day > published.getDayOfMonth()) {
            month = future ? month.plusMonths(1) : month.minusMonths(1);
        }
        if (day < 1 || day > month.lengthOfMonth()) {
            return null;
        }
        return new Found(dom.start(), dom.end(), 0, new Resolved(month.atDay(day).toString(), "day", dom.group()));
    }

    private Found weekday(String text, LocalDate published, boolean future) {
        Matcher wd = weekday.matcher(text);
        if (!wd.find()) {
            return null;
        }
        DayOfWeek day = DayOfWeek.valueOf(wd.group(2).toUpperCase(Locale.ROOT));
        String prefix = wd.group(1) == null ? "" : wd.group(1).strip().toLowerCase(Locale.ROOT);
        boolean next = words.is(WordClass.NEXT_MARKERS, prefix) || future && !words.is(WordClass.PAST_MARKERS, prefix);
        LocalDate d = next ? published.with(TemporalAdjusters.next(day))
                : published.with(TemporalAdjusters.previousOrSame(day));
        return new Found(wd.start(), wd.end(), 0, new Resolved(d.toString(), "day", wd.group().strip()));
    }

    /** "two days ago", "a week ago" */
    private Found ago(String text, LocalDate published) {
        Matcher back = ago.matcher(text);
        while (back.find()) {
            String count = back.group(1).toLowerCase(Locale.ROOT);
            Integer n = count.matches("\\d{1,3}") ? Integer.valueOf(count)
                    : words.is(WordClass.INDEFINITE_ARTICLES, count) ? Integer.valueOf(1) : words.numberWord(count);
            if (n != null) {
                int days = n * words.agoUnits().get(back.group(2).toLowerCase(Locale.ROOT));
                LocalDate d = published.minusDays(days);
                return new Found(back.start(), back.end(), 0, days < 7 ? new Resolved(d.toString(), "day", back.group())
                        : new Resolved(YearMonth.from(d).toString(), "month", back.group()));
            }
        }
        return null;
    }

    /** Every relative expression of the lexicon in the stretch ("earlier this week", "yesterday"), all of one rank. */
    private void relatives(String text, LocalDate published, List<Found> found) {
        String lowerCase = text.toLowerCase(Locale.ROOT);
        int rank = found.size();
        for (RelativeDate rel : relative) {
            if (!lowerCase.contains(rel.lowerCase())) {
                continue;
            }
            Matcher m = rel.pattern().matcher(text);
            if (m.find()) {
                found.add(new Found(m.start(), m.end(), rank, relative(rel.code(), published, m.group(1))));
            }
        }
    }

    /** "in March": the last March, or for a planned act the next one, unless "last"/"next" says which. */
    private Found monthAlone(String text, LocalDate published, boolean future) {
        Matcher mo = monthAlone.matcher(text);
        if (!mo.find()) {
            return null;
        }
        Month month = month(mo.group(2));
        int y = mo.group(3) != null ? Integer.parseInt(mo.group(3)) : published.getYear();
        String prefix = mo.group(1).toLowerCase(Locale.ROOT);
        boolean past = words.is(WordClass.PAST_MARKERS, prefix);
        boolean next = words.is(WordClass.NEXT_MARKERS, prefix);
        if (mo.group(3) == null && (past || !future && !next) && month.getValue() > published.getMonthValue()) {
            y--;
        }
        if (mo.group(3) == null && (next && month.getValue() <= published.getMonthValue()
                || future && !past && !next && month.getValue() < published.getMonthValue())) {
            y++; // "a summit in April", said in December: next April
        }
        return new Found(mo.start(), mo.end(), 0, new Resolved(YearMonth.of(y, month).toString(), "month", mo.group().strip()));
    }

    private Found monthDay(Matcher m, int monthGroup, int dayGroup, int yearGroup, LocalDate published,
                              boolean future) {
        if (!m.find()) {
            return null;
        }
        Month month = month(m.group(monthGroup));
        int day = Integer.parseInt(m.group(dayGroup));
        if (day < 1 || day > month.maxLength()) {
            return null;
        }
        int y;
        if (m.group(yearGroup) != null) {
            y = Integer.parseInt(m.group(yearGroup));
        } else if (published == null) {
            return null;
        } else {
            y = published.getYear();
            LocalDate candidate = LocalDate.of(y, month, Math.min(day, YearMonth.of(y, month).lengthOfMonth()));
            if (!future && candidate.isAfter(published.plusDays(7))) {
                y--;
            } else if (future && candidate.isBefore(published.minusDays(7))) {
                y++;
            }
        }
        LocalDate d = LocalDate.of(y, month, Math.min(day, YearMonth.of(y, month).lengthOfMonth()));
        return new Found(m.start(), m.end(), 0, new Resolved(d.toString(), "day", m.group().strip()));
    }

    private static Resolved relative(String code, LocalDate published, String text) {
        return switch (code) {
            case "-2d" -> new Resolved(published.minusDays(2).toString(), "day", text);
            case "-1d" -> new Resolved(published.minusDays(1).toString(), "day", text);
            case "0d" -> new Resolved(published.toString(), "day", text);
            case "+1d" -> new Resolved(published.plusDays(1).toString(), "day", text);
            case "-1w" -> new Resolved(YearMonth.from(published.minusWeeks(1)).toString(), "month", text);
            case "last-weekend" -> new Resolved(YearMonth.from(published.minusDays(1)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY))).toString(), "month", text);
            case "+1w" -> new Resolved(YearMonth.from(published.plusWeeks(1)).toString(), "month", text);
            case "end-of-month" -> new Resolved(published.with(TemporalAdjusters.lastDayOfMonth()).toString(), "day",
                    text);
            case "-1m" -> new Resolved(YearMonth.from(published).minusMonths(1).toString(), "month", text);
            case "+1m" -> new Resolved(YearMonth.from(published).plusMonths(1).toString(), "month", text);
            case "0m" -> new Resolved(YearMonth.from(published).toString(), "month", text);
            case "0y" -> new Resolved(String.valueOf(published.getYear()), "year", text);
            case "-1y" -> new Resolved(String.valueOf(published.getYear() - 1), "year", text);
            case "+1y" -> new Resolved(String.valueOf(published.getYear() + 1), "year", text);
            default -> throw new IllegalArgumentException("lexicon.yaml relativeDates: unknown code " + code);
        };
    }

    private Month month(String name) {
        Integer number = words.month(name.toLowerCase(Locale.ROOT));
        return Month.of(number);
    }
}
