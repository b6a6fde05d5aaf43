package io.articleingest.pipeline.extract.stage;

import static io.articleingest.pipeline.extract.stage.TriggerFindingTest.hit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.articleingest.pipeline.extract.AnnotatedSentence;
import io.articleingest.pipeline.extract.StageFixture;
import io.articleingest.pipeline.extract.TriggerHit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which triggers report an event of their own, which are background and which the content of another. */
class TriggerRolesTest {

    private static AnnotatedSentence found(String text) {
        return StageFixture.sentence(TriggerFinding.class, text);
    }

    /** Role and rule of the trigger written {@code words}, and the words of its governor when it has one. */
    private static List<String> role(String sentence, String words) {
        AnnotatedSentence s = found(sentence);
        TriggerHit h = hit(s, words);
        String governor = h.governor() < 0 ? "-" : s.words(s.triggers().get(h.governor()).start(),
                s.triggers().get(h.governor()).end());
        return List.of(h.role().name(), h.rule(), governor);
    }

    /** The trigger written {@code words} reports an act of its own ({@code why}: what makes it so). */
    private static void reported(String sentence, String words, String why) {
        assertEquals("REPORTED", role(sentence, words).get(0), why + ": " + sentence);
    }

    /** The trigger written {@code words} is background by {@code rule}. */
    private static void background(String rule, String sentence, String words) {
        assertEquals(List.of("BACKGROUND", rule, "-"), role(sentence, words), sentence);
    }

    @Test
    void anActInASinceClauseIsBackground() {
        String s = "Two fishermen have died since the truce took effect in October.";
        assertEquals(List.of("BACKGROUND", "since-clause", "-"), role(s, "took effect"));
        assertEquals("REPORTED", role(s, "died").get(0));
    }

    @Test
    void whatSomeoneIsSuspectedOfIsNoActOfItsOwn() {
        background("content-of-a-charge", "Egypt agreed to release two men suspected by Israel of attacking a patrol.", "attacking");
        background("content-of-a-charge", "Police in Cairo detained a student over his involvement in the deadly airstrike.", "airstrike");
        assertEquals("EMBEDDED", role("Israel accused Hamas of attacking a patrol.", "attacking").get(0),
                "a charge that is a trigger takes the act as its content");
        reported("Russian troops attacked Kharkiv, the suspected target of a raid.", "attacked", "its own act");
    }

    @Test
    void aParticipleAfterACommaFollowedByAsSaysWhatSomethingIsTakenFor() {
        background("describes-a-state", "The truce, widely condemned as a trap, took effect in Gaza City.", "condemned");
        reported("Egypt condemned the raid as a crime.", "condemned", "a verb with its subject");
    }

    @Test
    void aSpacedHyphenSetsOffADescribingClauseAsADashDoes() {
        background("describes-a-state", "Israel released 40 prisoners - mostly students - the majority of whom are "
                + "detained without charge.", "detained");
    }

    @Test
    void aParticipleSetOffByACommaAndSinceDescribesHowThingsHaveStood() {
        background("describes-a-state", "Egypt and Qatar agreed to resume the talks, negotiated since 2023.", "negotiated");
        reported("Israeli troops withdrew, and Hamas negotiated since Monday.", "negotiated", "a verb with its own subject reports an act");
    }

    @Test
    void aParticipleBeforeItsNounIsAnAdjective() {
        background("participle-modifier", "Israel rejected the negotiated ceasefire terms.", "negotiated");
        background("participle-modifier", "Hamas rejects negotiated Egyptian changes.", "negotiated");
        reported("Qatar has negotiated ceasefire terms with Hamas.", "negotiated", "after an auxiliary the participle is the verb");
        background("participle-modifier", "Egypt called for the release of detained journalists.", "detained");
        background("participle-modifier", "Detained protesters were freed on Monday.", "Detained");
        reported("Police detained protesters on Monday.", "detained", "after its subject the participle is the verb");
    }

    @Test
    void anActADemandWaitsForIsItsCondition() {
        background("condition-of-a-demand", "Hamas demanded a truce before it would release the hostages.", "release");
        background("condition-of-a-demand", "Egypt said Hamas must meet the envoy until Israel withdraws.", "withdraws");
        assertEquals(List.of("BACKGROUND", "condition-of-a-demand", "-"),
                role("Hamas demanded a truce before releasing the hostages.", "releasing"), "a gerund has no clause of its own");
        reported("Israeli troops withdrew from Khan Yunis before Hamas freed the hostages.", "freed", "after an act that is no demand, what came before it is news");
    }

    @Test
    void aPresentOrPerfectRelativeClauseDescribesAStateButAPastOneReportsAnAct() {
        background("describes-a-state", "Israel, which detains thousands of Palestinians, rejected the plan.", "detains");
        background("describes-a-state", "Egypt, which has condemned the raids, urged calm.", "condemned");
        assertEquals(List.of("REPORTED", "verb", "-"),
                role("Israel, which detained two men on Monday, rejected the plan.", "detained"));
    }

    @Test
    void aPresentPassiveRelativeClausePastAQuantityDescribesAState() {
        background("describes-a-state", "Israel holds 5,000 Palestinians, many of whom are accused of helping Hamas.", "accused");
        background("describes-a-state", "Police held the protesters, the majority of whom are detained without charge.", "detained");
        reported("Israel holds 5,000 Palestinians, many of whom were detained on Monday.", "detained", "in the past tense the relative clause reports an act");
    }

    @Test
    void theVerbOfAFreeRelativeIsBackground() {
        background("free-relative", "Israel rejected what Hamas demanded.", "demanded");
        reported("Israel rejected what Hamas demanded.", "rejected", "its own act");
    }

    @Test
    void aReportersQuestionIsBackgroundAndTheAnswerIsNews() {
        String s = "Asked about the raid, the minister said the army would withdraw.";
        assertEquals(List.of("BACKGROUND", "reporter-question", "-"), role(s, "Asked"));
        assertEquals("REPORTED", role(s, "withdraw").get(0));
    }

    @Test
    void aVerbInACompoundModifierIsBackground() {
        String s = "A U.S.-negotiated truce took effect.";
        assertEquals(List.of("BACKGROUND", "compound-modifier", "-"), role(s, "negotiated"));
        assertEquals("REPORTED", role(s, "took effect").get(0));
    }

    @Test
    void theContentOfAVerbalActIsEmbeddedInIt() {
        assertEquals(List.of("EMBEDDED", "complement", "urged"),
                role("Egypt urged Israel to withdraw its troops.", "withdraw"));
        assertEquals(List.of("EMBEDDED", "complement", "demanded"),
                role("Egypt demanded that Israel withdraw from the town.", "withdraw"));
        assertEquals(List.of("EMBEDDED", "complement", "called for"),
                role("Egypt called for the withdrawal of Israeli troops.", "withdrawal"));
        assertEquals(List.of("EMBEDDED", "complement", "accused"),
                role("Hamas accused Israel of attacking the hospital.", "attacking"));
        assertEquals(List.of("EMBEDDED", "complement", "must"), role("Egypt said Israel must withdraw.", "withdraw"));
    }

    @Test
    void anActBeforeOrAfterAVerbalActIsNoContentOfIt() {
        reported("Egypt urged calm after helping to negotiate a truce.", "negotiate", "its own act");
        reported("Qatar met the envoys before agreeing to withdraw.", "agreeing", "its own act");
    }

    @Test
    void anEventNounBeforeATimeOrAnEventHeadIsStillTheAct() {
        reported("An airstrike overnight killed two men in Khan Yunis.", "airstrike", "a time noun after it dates the act");
    }

    @Test
    void anActInAClauseOfTheSameSceneIsNoContentOfTheVerbBeforeIt() {
        reported("Police arrested dozens of students as thousands of protesters attacked the ministry.", "attacked",
                "'as' opens a clause of its own");
        reported("Egypt condemned the raid when Israeli troops detained four of its citizens.", "detained",
                "'when' opens a clause of its own");
        assertEquals(List.of("EMBEDDED", "complement", "urged"), role("Egypt urged Israel to withdraw its troops.", "withdraw"),
                "a to-clause is still the content");
    }

    @Test
    void aRelativeClauseInThePluperfectTellsTheAntecedentsPast() {
        background("describes-a-state", "Israeli troops raided the house of a man who had planned an attack on the army.", "attack");
        reported("Israeli troops raided the house of a man who planned an attack on the army.", "attack", "in the past tense the relative clause reports an act");
    }

    @Test
    void aRelativeClauseOnAPlaceDescribesIt() {
        background("describes-a-place", "Protesters rallied in Kharkiv, where two men were killed last year.", "killed");
        reported("Protesters rallied in Kharkiv after two men were killed.", "killed", "its own act");
    }

    @Test
    void whatANounThatIsNoTriggerAimsAtIsNoAct() {
        background("content-of-a-noun", "Police fired tear gas in a bid to arrest the protesters.", "arrest");
        background("content-of-a-noun", "Egypt sent troops in an effort to attack smugglers.", "attack");
        reported("Egypt announced its decision to attack smugglers.", "attack", "a decision announces the act");
        reported("Hamas plans to release four hostages.", "release", "a noun without its determiner may be a verb");
        assertEquals(List.of("EMBEDDED", "complement", "order"),
                role("Egypt will order the militants to release the hostages.", "release"), "the one told to act is no noun's aim");
    }

    @Test
    void aCommaAnAndOrANounsPredicateStartsANewActNotAContent() {
        assertEquals(List.of("REPORTED", "verb", "-"),
                role("Israeli warplanes struck the town, killing two children.", "killing"));
        assertEquals(List.of("REPORTED", "verb", "-"),
                role("Israeli troops raided the town and arrested two men.", "arrested"));
        assertEquals(List.of("REPORTED", "verb", "-"), role("An airstrike on the camp killed two children.", "killed"));
    }
}
