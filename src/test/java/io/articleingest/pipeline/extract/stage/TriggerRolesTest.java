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

    @Test
    void anActInASinceClauseIsBackground() {
        String s = "Two fishermen have died since the truce took effect in October.";
        assertEquals(List.of("BACKGROUND", "since-clause", "-"), role(s, "took effect"));
        assertEquals("REPORTED", role(s, "died").get(0));
    }

    @Test
    void whatSomeoneIsSuspectedOfIsNoActOfItsOwn() {
        assertEquals(List.of("BACKGROUND", "content-of-a-charge", "-"),
                role("Egypt agreed to release two men suspected by Israel of attacking a patrol.", "attacking"));
        assertEquals(List.of("BACKGROUND", "content-of-a-charge", "-"),
                role("Police in Cairo detained a student over his involvement in the deadly airstrike.", "airstrike"));
        assertEquals("EMBEDDED", role("Israel accused Hamas of attacking a patrol.", "attacking").get(0),
                "a charge that is a trigger takes the act as its content");
        assertEquals("REPORTED", role("Russian troops attacked Kharkiv, the suspected target of a raid.", "attacked").get(0));
    }

    @Test
    void aParticipleSetOffByACommaAndSinceDescribesHowThingsHaveStood() {
        assertEquals(List.of("BACKGROUND", "describes-a-state", "-"),
                role("Egypt and Qatar agreed to resume the talks, negotiated since 2023.", "negotiated"));
        assertEquals("REPORTED", role("Israeli troops withdrew, and Hamas negotiated since Monday.", "negotiated").get(0),
                "a verb with its own subject reports an act");
    }

    @Test
    void aParticipleBeforeItsNounIsAnAdjective() {
        assertEquals(List.of("BACKGROUND", "participle-modifier", "-"),
                role("Israel rejected the negotiated ceasefire terms.", "negotiated"));
        assertEquals(List.of("BACKGROUND", "participle-modifier", "-"),
                role("Hamas rejects negotiated Egyptian changes.", "negotiated"));
        assertEquals("REPORTED", role("Qatar has negotiated ceasefire terms with Hamas.", "negotiated").get(0),
                "after an auxiliary the participle is the verb");
    }

    @Test
    void anActADemandWaitsForIsItsCondition() {
        assertEquals(List.of("BACKGROUND", "condition-of-a-demand", "-"),
                role("Hamas demanded a truce before it would release the hostages.", "release"));
        assertEquals(List.of("BACKGROUND", "condition-of-a-demand", "-"),
                role("Egypt said Hamas must meet the envoy until Israel withdraws.", "withdraws"));
        assertEquals(List.of("BACKGROUND", "condition-of-a-demand", "-"),
                role("Hamas demanded a truce before releasing the hostages.", "releasing"), "a gerund has no clause of its own");
        assertEquals("REPORTED", role("Israeli troops withdrew from Khan Yunis before Hamas freed the hostages.", "freed")
                .get(0), "after an act that is no demand, what came before it is news");
    }

    @Test
    void aPresentOrPerfectRelativeClauseDescribesAStateButAPastOneReportsAnAct() {
        assertEquals(List.of("BACKGROUND", "describes-a-state", "-"),
                role("Israel, which detains thousands of Palestinians, rejected the plan.", "detains"));
        assertEquals(List.of("BACKGROUND", "describes-a-state", "-"),
                role("Egypt, which has condemned the raids, urged calm.", "condemned"));
        assertEquals(List.of("REPORTED", "verb", "-"),
                role("Israel, which detained two men on Monday, rejected the plan.", "detained"));
    }

    @Test
    void aPresentPassiveRelativeClausePastAQuantityDescribesAState() {
        assertEquals(List.of("BACKGROUND", "describes-a-state", "-"),
                role("Israel holds 5,000 Palestinians, many of whom are accused of helping Hamas.", "accused"));
        assertEquals(List.of("BACKGROUND", "describes-a-state", "-"),
                role("Police held the protesters, the majority of whom are detained without charge.", "detained"));
        assertEquals("REPORTED", role("Israel holds 5,000 Palestinians, many of whom were detained on Monday.", "detained").get(0),
                "in the past tense the relative clause reports an act");
    }

    @Test
    void theVerbOfAFreeRelativeIsBackground() {
        assertEquals(List.of("BACKGROUND", "free-relative", "-"), role("Israel rejected what Hamas demanded.", "demanded"));
        assertEquals("REPORTED", role("Israel rejected what Hamas demanded.", "rejected").get(0));
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
        assertEquals("REPORTED", role("Egypt urged calm after helping to negotiate a truce.", "negotiate").get(0));
        assertEquals("REPORTED", role("Qatar met the envoys before agreeing to withdraw.", "agreeing").get(0));
    }

    @Test
    void aRelativeClauseInThePluperfectTellsTheAntecedentsPast() {
        assertEquals(List.of("BACKGROUND", "describes-a-state", "-"),
                role("Israeli troops raided the house of a man who had planned an attack on the army.", "attack"));
        assertEquals("REPORTED", role("Israeli troops raided the house of a man who planned an attack on the army.", "attack").get(0),
                "in the past tense the relative clause reports an act");
    }

    @Test
    void aRelativeClauseOnAPlaceDescribesIt() {
        assertEquals(List.of("BACKGROUND", "describes-a-place", "-"),
                role("Protesters rallied in Kharkiv, where two men were killed last year.", "killed"));
        assertEquals("REPORTED", role("Protesters rallied in Kharkiv after two men were killed.", "killed").get(0));
    }

    @Test
    void whatANounThatIsNoTriggerAimsAtIsNoAct() {
        assertEquals(List.of("BACKGROUND", "content-of-a-noun", "-"),
                role("Police fired tear gas in a bid to arrest the protesters.", "arrest"));
        assertEquals(List.of("BACKGROUND", "content-of-a-noun", "-"),
                role("Egypt sent troops in an effort to attack smugglers.", "attack"));
        assertEquals("REPORTED", role("Egypt announced its decision to attack smugglers.", "attack").get(0),
                "a decision announces the act");
        assertEquals("REPORTED", role("Hamas plans to release four hostages.", "release").get(0),
                "a noun without its determiner may be a verb");
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
