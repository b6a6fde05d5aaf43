package io.articleingest.pipeline.extract.stage;

import static io.articleingest.pipeline.extract.stage.Drafts.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.articleingest.pipeline.extract.Draft;
import io.articleingest.pipeline.extract.StageFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The date of each act, resolved against the fixture's publication date (Sunday 30 November 2025). */
class DateFindingTest {

    private static Draft dated(String text, String trigger) {
        return Drafts.of(DateFinding.class, text, trigger);
    }

    /** "date precision 'words' by rule". */
    private static String date(Draft d) {
        return d.date + " " + d.datePrecision + " '" + d.dateText + "' by " + rule(d, "date");
    }

    @Test
    void aWeekdayOfAnActThatHappenedIsTheLastOne() {
        assertEquals("2025-11-29 day 'on Saturday' by date-in-sentence",
                date(dated("Russian drones attacked Kharkiv on Saturday.", "attacked")));
    }

    @Test
    void aStoryFiledBeforePublicationCountsItsDaysFromTheDatelinesDay() {
        String filed = "GOMA, Congo, Nov 26 (Wire) - Rebels attacked an army base on Tuesday.\nSoldiers arrested two men.";
        assertEquals("2025-11-25 day 'on Tuesday' by date-in-sentence", date(dated(filed, "attacked")),
                "the Tuesday before the 26th, not before the 30th");
        assertEquals("2025-11-26", dated(filed.replace(" on Tuesday", ""), "attacked").date, "undated: the day it was filed");
        assertEquals("2025-11-25", dated(filed.replace("Nov 26", "Oct 2"), "attacked").date,
                "a dateline weeks before publication is no filing day of this story");
    }

    @Test
    void aWeekdayOfAPlannedActIsTheNextOne() {
        assertEquals("2025-12-02 day 'on Tuesday' by date-in-sentence",
                date(dated("Israel will withdraw its troops on Tuesday.", "withdraw")));
    }

    @Test
    void aWeekdaySomethingIsScheduledForIsTheNextOne() {
        assertEquals("2025-12-02", dated("Talks with Qatar were moved to Tuesday, Egypt said.", "Talks").date);
    }

    @Test
    void aDateEarlierInTheSentenceDatesEachLaterActWithoutOne() {
        String text = "On Saturday, Israeli soldiers arrested two men whom Hamas later accused of spying.";
        assertEquals("2025-11-29 day 'On Saturday' by date-earlier-in-the-sentence", date(dated(text, "accused")));
        String two = "On Saturday, Russian drones attacked Kharkiv and soldiers detained four residents.";
        assertEquals("2025-11-29 day 'On Saturday' by date-earlier-in-the-sentence", date(dated(two, "detained")));
        String scene = "Israeli troops attacked protesters in Gaza City on Friday, demanding that they leave, as police "
                + "detained dozens of residents.";
        assertEquals("2025-11-28 day 'on Friday' by date-earlier-in-the-sentence", date(dated(scene, "detained")),
                "past the other acts of the sentence");
    }

    @Test
    void aDayAnActIsCalledForIsTheComingOneAndTheActIsToCome() {
        Draft called = dated("Hamas called a new attack for Tuesday.", "attack");
        assertEquals("2025-12-02", called.date);
        assertEquals("future", called.status);
        assertEquals("dated-after-publication", rule(called, "status"));
        assertEquals("2025-11-25", dated("Egypt blamed Hamas for Tuesday's attack.", "blamed").date,
                "a possessive date is the day of something past");
    }

    @Test
    void eachActTakesTheDateNearestIt() {
        List<Draft> drafts = Drafts.upTo(DateFinding.class,
                "Israeli troops shelled the camp earlier this week, and on Friday a drone struck Khan Yunis.");
        assertEquals("2025-11 month 'earlier this week' by date-in-sentence", date(Drafts.of(drafts, "shelled")));
        assertEquals("2025-11-28 day 'on Friday' by date-in-sentence", date(Drafts.of(drafts, "struck")),
                "the date just before the act, not the week of the act before it");
    }

    @Test
    void theDayOfTheDatelineIsWhenTheStoryWasFiledNotWhenItsActsHappened() {
        assertEquals("2025-11-27 day 'on Thursday' by date-in-sentence",
                date(dated("KHARKIV, Nov 28 (Wire) - Russian drones attacked the city on Thursday.", "attacked")));
        assertEquals("2025-11-28 day 'null' by publication-date",
                date(dated("KHARKIV, Nov 28 (Wire) - Russian drones attacked the city.", "attacked")),
                "an undated act of a story filed on the 28th happened by then");
    }

    @Test
    void lateLastMonthIsStillNews() {
        Draft d = dated("Russian drones attacked Kharkiv late last month.", "attacked");
        assertEquals("2025-10 month 'last month' by date-in-sentence", date(d));
        assertEquals("occurred", d.status, "the month ended less than 45 days ago");
    }

    @Test
    void anActDatedWellBeforePublicationIsHistory() {
        Draft d = dated("Russia attacked Kharkiv in March 2022.", "attacked");
        assertEquals("2022-03 month 'in March 2022' by date-in-sentence", date(d));
        assertEquals("historical", d.status);
        assertEquals("dated-long-ago", rule(d, "status"));
    }

    @Test
    void anActThatHappenedWithNoDateIsDatedOnPublication() {
        assertEquals(StageFixture.SUNDAY + " day 'null' by publication-date", date(dated("Hamas rejected the proposal.", "rejected")));
        assertEquals(StageFixture.SUNDAY + " day 'null' by publication-date",
                date(dated("Israeli strikes have killed 300 people since October 2023.", "killed")),
                "'since' starts a running count, it does not date the act");
    }

    @Test
    void anActsStretchEndsAtTheNextTrigger() {
        List<Draft> drafts = Drafts.upTo(DateFinding.class, "Egypt rejected the plan, and Hamas attacked a base on Saturday.");
        assertEquals("publication-date", rule(Drafts.of(drafts, "rejected"), "date"), "Saturday is the attack's");
        assertEquals("2025-11-29", Drafts.of(drafts, "attacked").date);
    }

    @Test
    void anActJoinedByAndWithNoSubjectOfItsOwnSharesTheDateThatClosesThePair() {
        List<Draft> drafts = Drafts.upTo(DateFinding.class, "Troops raided the camp and detained 40 men on Tuesday.");
        assertEquals("2025-11-25 day 'on Tuesday' by date-of-the-joined-act", date(Drafts.of(drafts, "raided")));
        List<Draft> own = Drafts.upTo(DateFinding.class, "Rebels shelled the port and raided a camp on Tuesday.");
        assertEquals("2025-11-25 day 'on Tuesday' by date-of-the-joined-act", date(Drafts.of(own, "shelled")));
        List<Draft> two = Drafts.upTo(DateFinding.class, "Egypt rejected the plan and Hamas attacked a base on Saturday.");
        assertEquals("publication-date", rule(Drafts.of(two, "rejected"), "date"), "an act with a subject of its own is another scene");
    }

    @Test
    void theDateFromTheTriggerOnWinsOverOneBeforeIt() {
        List<Draft> drafts = Drafts.upTo(DateFinding.class, "Israel rejected the plan on Friday and Hamas attacked a base on Saturday.");
        assertEquals("2025-11-28", Drafts.of(drafts, "rejected").date);
        assertEquals("2025-11-29", Drafts.of(drafts, "attacked").date, "not the rejection's Friday");
        assertEquals("2025-11-29", dated("On Saturday, Hamas attacked a base.", "attacked").date, "else the date before it");
    }

    @Test
    void aSpeechFrameDatesTheSayingNotTheAct() {
        Draft d = dated("Militants attacked a base near Kharkiv, killing four soldiers, a spokesman said on Friday.", "attacked");
        assertEquals("publication-date", rule(d, "date"));
        assertEquals("2025-11-29", dated("Militants attacked a base on Saturday, a spokesman said on Friday.", "attacked").date);
        assertEquals("2025-11-30", dated("Troops killed two men, who had been held since Friday.", "killed").date,
                "'since' starts a stretch of time, it does not date the act");
    }

    @Test
    void aPossibleActWithNoDateIsNotDated() {
        Draft d = dated("Hamas could reject the proposal.", "reject");
        assertNull(d.date);
        assertNull(d.why("date"));
    }
}
