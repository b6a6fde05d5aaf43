package io.articleingest.pipeline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.articleingest.pipeline.knowledge.Lexicon;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateResolverTest {

    private static final LocalDate SUNDAY = LocalDate.of(2025, 11, 30);
    private static final DateResolver DATES = new DateResolver(Lexicon.bundled());

    private static String date(String text, boolean future) {
        DateResolver.Resolved r = DATES.resolve(text, SUNDAY, future);
        return r == null ? null : r.date() + "/" + r.precision();
    }

    @Test
    void weekdaysLookBackForReportsAndAheadForPlans() {
        assertEquals("2025-11-29/day", date("Two men were killed on Saturday", false));
        assertEquals("2025-11-30/day", date("The strike hit on Sunday", false));
        assertEquals("2025-12-02/day", date("The delegation will return on Tuesday", true));
        assertEquals("2025-11-25/day", date("last Tuesday", false));
    }

    @Test
    void anOrdinalDayIsOfThisMonthOrTheOneBeforeOrAfter() {
        assertEquals("2025-11-26/day", date("the army bombed the town on the 26th", false));
        assertEquals("2025-10-31/day", date("the ceasefire collapsed on the 31st", false), "a day to come this month is last month's");
        assertEquals("2025-12-03/day", date("the envoys will meet on the 3rd", true));
        assertNull(date("on the 26th anniversary of the war", false), "an ordinal before a noun is no date");
    }

    @Test
    void monthDaysTakeTheYearThatMakesSense() {
        assertEquals("2025-10-10/day", date("the truce took effect on October 10", false));
        assertEquals("2024-12-20/day", date("the attack of Dec. 20", false));
        assertEquals("2026-01-15/day", date("elections are set for January 15", true));
        assertEquals("2023-10-07/day", date("on 7 October 2023", false));
    }

    @Test
    void countsOfDaysOrWeeksAgoAndTheLastWeekend() {
        assertEquals("2025-11-28/day", date("the town fell two days ago", false));
        assertEquals("2025-11-27/day", date("the town fell 3 days ago", false));
        assertEquals("2025-11/month", date("the town fell three weeks ago", false));
        assertEquals("2025-11-29/day", date("the town fell a day ago", false));
        assertEquals("2025-11/month", date("the town fell a week ago", false));
        assertEquals("2025-11/month", date("talks held over the weekend", false), "Saturday the 29th");
        assertNull(new DateResolver(io.articleingest.pipeline.knowledge.Lexicon.bundled())
                .resolve("many years ago", java.time.LocalDate.of(2025, 11, 30), false), "no count, no date");
    }

    @Test
    void relativeWords() {
        assertEquals("2025-11-29/day", date("yesterday", false));
        assertEquals("2025-11-29/day", date("shelling overnight", false));
        assertEquals("2025-11/month", date("talks held last week", false));
        assertEquals("2025-11-30/day", date("talks due at month's end", true));
        assertEquals("2025-03/month", date("fighting in March", false));
        assertEquals("1988/year", date("the bombing in 1988", false));
        assertNull(date("talks continued", false));
    }

    @Test
    void relativeWordsInAnyCaseAndOnlyAsWholeWords() {
        assertEquals("2025-11-29/day", date("SHELLING OVERNIGHT", false));
        assertEquals("2025-11/month", date("Talks held Last Week", false));
        assertEquals("2025-11-30/day", date("talks due at Month’s End", true));
        assertNull(date("the todays of old", false), "'today' inside a longer word is no date");
    }

    @Test
    void earlyAndLateInAPeriodDateToThatPeriod() {
        assertEquals("2025-11/month", date("Earlier in the week, gunmen attacked a post", false));
        assertEquals("2025-10/month", date("attacked a post late last month", false));
        assertEquals("2024/year", date("the coup attempt late last year", false));
    }

    @Test
    void theExpressionNearestTheStartOfTheStretchDatesIt() {
        assertEquals("2025-11/month", date("shelled the camp earlier this week, and on Friday night a drone hit", false),
                "the week's shelling is not Friday's");
        assertEquals("2025-11-28/day", date("raided the office on Friday, two days after the vote of last week", false));
        assertEquals("2025-03-14/day", date("met on Friday, March 14", false), "a weekday and its date are one expression");
        DateResolver.Resolved before = DATES.resolve("shelled the camp earlier this week, and on Friday night a drone", SUNDAY,
                false, true);
        assertEquals("2025-11-28", before.date(), "words before an act: the expression nearest their end");
    }

    @Test
    void aMonthForAPlanIsTheComingOne() {
        assertEquals("2026-04/month", date("will host a summit in April", true));
        assertEquals("2025-04/month", date("hosted a summit in April", false));
        assertEquals("2025-04/month", date("the summit of last April, to be repeated", true), "'last' says which");
        assertEquals("2025-12/month", date("talks planned for next December", true));
    }
}
