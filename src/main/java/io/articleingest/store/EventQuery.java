package io.articleingest.store;

import io.articleingest.pipeline.model.EntityRef;
import io.articleingest.pipeline.model.Event;
import io.articleingest.pipeline.model.Location;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What to find among stored events; every given filter must hold. Actor and place match a name
 * (case, accents and punctuation aside: {@link Names#fold}) or a country code; a date range
 * keeps an event whose date, at its precision, overlaps it ("2025-11" overlaps 2025-11-15…30).
 *
 * @param types     event types to keep (the 16 PLOVER types when not filtered)
 * @param actor     an actor or recipient: name or code, or null
 * @param place     the event's place, its admin1 or its country code, or null
 * @param status    occurred, historical…, or null
 * @param articleId one article's events only, or null
 * @param from      first day, or null for no lower bound
 * @param to        last day, or null for no upper bound
 * @param limit     at most this many events, newest first
 */
public record EventQuery(List<String> types, String actor, String place, String status, String articleId,
                         LocalDate from, LocalDate to, int limit) {

    public EventQuery {
        types = List.copyOf(types);
    }

    public boolean matches(StoredEvent stored) {
        Event e = stored.event();
        return types.contains(e.eventType())
                && (status == null || status.equals(e.status()))
                && (articleId == null || articleId.equals(e.articleId()))
                && (actor == null || Stream.concat(e.actors().stream(), e.recipients().stream())
                        .anyMatch(r -> isActor(r, actor)))
                && (place == null || isPlace(e.location(), place))
                && overlaps(stored.eventDate());
    }

    /** Whether a date or period ({@code 2025-11-29}, {@code 2025-11}, {@code 2025}) overlaps the range. */
    public boolean overlaps(String dateOrPeriod) {
        if (dateOrPeriod == null) {
            return from == null && to == null;
        }
        LocalDate start;
        LocalDate end;
        if (dateOrPeriod.length() == 4) {
            Year year = Year.parse(dateOrPeriod);
            start = year.atDay(1);
            end = year.atMonth(12).atEndOfMonth();
        } else if (dateOrPeriod.length() == 7) {
            YearMonth month = YearMonth.parse(dateOrPeriod);
            start = month.atDay(1);
            end = month.atEndOfMonth();
        } else {
            start = LocalDate.parse(dateOrPeriod.substring(0, 10));
            end = start;
        }
        return (from == null || !end.isBefore(from)) && (to == null || !start.isAfter(to));
    }

    /** A three-letter value may be a code: ISR, PSE, UNO. */
    public static boolean isCode(String value) {
        return value.strip().matches("[A-Za-z]{3}");
    }

    static String code(String value) {
        return value.strip().toUpperCase(Locale.ROOT);
    }

    private static boolean isActor(EntityRef r, String wanted) {
        return r != null && (sameName(r.name(), wanted) || isCode(wanted) && code(wanted).equals(r.country()));
    }

    private static boolean isPlace(Location l, String wanted) {
        return l != null && (sameName(l.name(), wanted) || sameName(l.admin1(), wanted)
                || isCode(wanted) && code(wanted).equals(l.country()));
    }

    private static boolean sameName(String stored, String wanted) {
        return stored != null && Names.fold(stored).equals(Names.fold(wanted));
    }
}
