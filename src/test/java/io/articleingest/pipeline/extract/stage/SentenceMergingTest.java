package io.articleingest.pipeline.extract.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.articleingest.pipeline.extract.Draft;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One draft per act in a sentence: a second trigger of the same act adds detail; each side's act stays its own. */
class SentenceMergingTest {

    /** "TYPE trigger" of each draft of the text after the merge. */
    private static List<String> merged(String text) {
        return Drafts.upTo(SentenceMerging.class, text).stream().map(d -> d.type + " " + d.trigger()).toList();
    }

    @Test
    void aSecondTriggerOfTheSameActAddsItsDetailToTheFirst() {
        String text = "An airstrike on Gaza City killed five people.";
        assertEquals(2, Drafts.upTo(Recoding.class, text).size(), "two triggers before the merge");
        List<Draft> drafts = Drafts.upTo(SentenceMerging.class, text);
        assertEquals(1, drafts.size());
        Draft d = drafts.get(0);
        assertEquals("airstrike", d.trigger());
        assertEquals(5, d.fatalities, "the verb's count");
        assertEquals("victims-after (from 'killed')", Drafts.rule(d, "fatalities"));
    }

    @Test
    void oneSideActingTwiceThroughOneSubjectIsOneAct() {
        assertEquals(List.of("ASSAULT shelled"), merged("Russian troops shelled Kharkiv on Monday, killing four civilians."));
    }

    @Test
    void anActToldAsComingBeforeOrAfterTheOtherIsAnotherAct() {
        assertEquals(List.of("COERCE arrests", "COERCE detaining"),
                merged("Israeli police made arrests in Khan Yunis on Monday after detaining a doctor."));
        assertEquals(List.of("COERCE arrested"), merged("Israeli police arrested dozens on Monday, detaining a doctor."),
                "told as one course of action it is one act");
        assertEquals(List.of("ASSAULT shelled", "ASSAULT attacked"),
                merged("Russian troops shelled Kharkiv after a depot was attacked in an airstrike."),
                "within the time clause the noun still names its verb's act");
    }

    @Test
    void twoSidesActingAgainstEachOtherAreTwoActs() {
        assertEquals(List.of("ASSAULT shelled", "ASSAULT attacked"), merged("The army shelled El Fasher after rebels attacked a base."));
        assertEquals(List.of("RETREAT freed", "RETREAT released"),
                merged("Hamas freed four hostages and Israel released 200 prisoners."));
    }

    @Test
    void oneSideActingThroughTwoSubjectsIsTwoActs() {
        assertEquals(List.of("ASSAULT attacked", "ASSAULT attacked"),
                merged("Israeli drones attacked a car, and Israeli soldiers attacked fishermen near Khan Yunis."));
    }

    @Test
    void anActOfAnotherKindIsNeverFoldedAndOneSideAskingTwoSidesAsksTwice() {
        assertEquals(List.of("REJECT rejected", "ASSAULT attacked"), merged("Israel rejected the proposal and attacked Gaza City."));
        assertEquals(List.of("REQUEST urged", "REQUEST called on"),
                merged("Qatar urged Hamas to release the hostages and called on Israel to withdraw."),
                "a request to each of two sides is two acts");
        assertEquals(List.of("REQUEST urged"), merged("Qatar urged Hamas to release the hostages and called on it to talk."),
                "one side asked twice is asked once");
    }

    @Test
    void theSentencesOwnActorBeatsTheStorysWhenTwoTriggersMerge() {
        List<io.articleingest.pipeline.extract.Draft> drafts = Drafts.upTo(SentenceMerging.class,
                "Russian troops shelled Kharkiv on Saturday.\nThree soldiers were killed when Rapid Support Forces fighters raided a base.");
        io.articleingest.pipeline.extract.Draft killed = Drafts.of(drafts, "killed");
        assertEquals("SDN", killed.actors.get(0).country(), "the raiders, not the story's Russian attacker");
    }
}
