package io.articleingest.pipeline.extract.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.articleingest.pipeline.extract.AnnotatedSentence;
import io.articleingest.pipeline.extract.Mention;
import io.articleingest.pipeline.extract.StageFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Actors, places and pronouns as news writes them, over the test dictionary. */
class MentionFindingTest {

    private static List<AnnotatedSentence> found(String text) {
        return StageFixture.upTo(MentionFinding.class, text).sentences();
    }

    /** The mention whose words are {@code words}, failing with the sentence's mentions when there is none. */
    private static Mention mention(AnnotatedSentence s, String words) {
        return s.mentions().stream().filter(m -> s.words(m.start(), m.end()).equals(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + words + "' among " + spans(s)));
    }

    private static List<String> spans(AnnotatedSentence s) {
        return s.mentions().stream().map(m -> s.words(m.start(), m.end())).toList();
    }

    @Test
    void aNationalityAndASectorWordAreOneActor() {
        AnnotatedSentence s = found("Israeli police detained two Ukrainians.").get(0);
        Mention police = mention(s, "Israeli police");
        assertEquals("SECTOR", police.kind());
        assertEquals("ISR", police.actor().country());
        assertEquals("COP", police.actor().sector());
        Mention ukrainians = mention(s, "Ukrainians");
        assertEquals("DEMONYM", ukrainians.kind());
        assertEquals("UKR", ukrainians.actor().country());
    }

    @Test
    void anOrganisationItsRoleAndANameAreOnePerson() {
        Mention musa = mention(found("RSF official Adam Musa denied the report.").get(0), "RSF official Adam Musa");
        assertEquals("NAME", musa.kind());
        assertEquals("Adam Musa", musa.actor().name());
        assertEquals("SDN", musa.actor().country());
        assertEquals("REB", musa.actor().sector(), "the organisation's sector, not the role's");
    }

    @Test
    void aKnownPersonsSurnameAfterAnotherFirstNameIsSomeoneElse() {
        List<AnnotatedSentence> s = found("On Monday, Yair Netanyahu posted a video.\nNetanyahu said he was joking.\n"
                + "Benjamin Netanyahu met Qatari envoys.");
        assertEquals("Yair Netanyahu", mention(s.get(0), "Yair Netanyahu").actor().name());
        assertEquals("Yair Netanyahu", mention(s.get(1), "Netanyahu").actor().name(), "the surname the article gave him");
        assertEquals("ISR", mention(s.get(2), "Benjamin Netanyahu").actor().country());
        assertEquals("Benjamin Netanyahu", mention(found("Netanyahu said the war goes on.").get(0), "Netanyahu").actor().name(),
                "alone, the surname is the known person's");
    }

    @Test
    void capitalsThatQualifyASingularNounNameNoOne() {
        AnnotatedSentence s = found("Israeli troops seized power in the Central Asian country on Monday.").get(0);
        assertTrue(spans(s).stream().noneMatch(w -> w.contains("Asian")), spans(s).toString());
        AnnotatedSentence named = found("On Monday, Ahmed Salem today met Israeli envoys.").get(0);
        assertEquals("Ahmed Salem", mention(named, "Ahmed Salem").actor().name(), "a time after a name leaves it a name");
    }

    @Test
    void aPossessiveOrAnOfPhraseGivesASectorWordItsState() {
        AnnotatedSentence s = found("Egypt's foreign ministry and the government of Sudan met.").get(0);
        Mention ministry = mention(s, "Egypt's foreign ministry");
        assertEquals(List.of("EGY", "GOV"), List.of(ministry.actor().country(), ministry.actor().sector()));
        Mention government = mention(s, "government of Sudan");
        assertEquals(List.of("SDN", "GOV"), List.of(government.actor().country(), government.actor().sector()));
    }

    @Test
    void thePeopleOfACountryNamedByTheirNationalityAreItsCivilians() {
        Mention people = mention(found("Palestinians marched through Gaza City.").get(0), "Palestinians");
        assertEquals(List.of("PSE", "CVL"), List.of(people.actor().country(), people.actor().sector()));
        Mention troops = mention(found("Egyptian troops crossed the border.").get(0), "Egyptian troops");
        assertEquals("MIL", troops.actor().sector(), "a nationality before a sector word takes its sector");
    }

    @Test
    void aCountryOrSeatIsAnActorUnlessAPrepositionMakesItAPlace() {
        AnnotatedSentence acting = found("Cairo and Israel rejected the offer.").get(0);
        Mention cairo = mention(acting, "Cairo");
        assertEquals("SEAT", cairo.kind());
        assertEquals(List.of("EGY", "GOV"), List.of(cairo.actor().country(), cairo.actor().sector()));
        assertEquals("ISR", mention(acting, "Israel").actor().country());

        AnnotatedSentence located = found("Envoys met in Cairo and in Israel.").get(0);
        Mention inCairo = mention(located, "Cairo");
        assertEquals("PLACE", inCairo.kind());
        assertNull(inCairo.actor());
        assertEquals("Cairo", inCairo.place().name());
        Mention inIsrael = mention(located, "Israel");
        assertNull(inIsrael.actor(), "a country after 'in' is where, not who");
        assertEquals("Israel", inIsrael.place().name());
    }

    @Test
    void unknownNamesOfTwoWordsOrMoreAreNamesAndTheirSurnameComesBackAsThePerson() {
        List<AnnotatedSentence> s = found("Khalil Haddad met Omar Saleh and Erdogan on Monday. Later, Haddad left.");
        Mention haddad = mention(s.get(0), "Khalil Haddad");
        assertEquals("NAME", haddad.kind());
        assertNull(haddad.actor().country(), "no dictionary says whose he is");
        assertEquals(List.of("Khalil Haddad", "Omar Saleh"), spans(s.get(0)), "one unknown word is no name");
        Mention surname = mention(s.get(1), "Haddad");
        assertEquals("PERSON", surname.kind());
        assertEquals("Khalil Haddad", surname.actor().name());
        assertEquals(List.of("Haddad"), spans(s.get(1)), "'Later' is no name");
    }

    @Test
    void pronounsAreMentionsResolvedLater() {
        Mention they = mention(found("They said the army would withdraw.").get(0), "They");
        assertEquals("PRONOUN", they.kind());
        assertNull(they.actor());
    }

    @Test
    void aDatelineAMonthAPlaceNameAndLowerCaseWordsNameNoActor() {
        AnnotatedSentence s = found("CAIRO (Reuters) — The minister told us that Israeli police detained "
                + "two men near the Abu Shouk camp in October.").get(0);
        assertEquals(List.of("minister", "Israeli police"), spans(s).stream().filter(w -> !w.equals("us")).toList(),
                "not the dateline's CAIRO, 'us' (the United States), the camp or the month");
        assertTrue(s.mentions().stream().filter(m -> s.words(m.start(), m.end()).equals("us")).allMatch(Mention::isPronoun),
                "'us' is a pronoun, not the United States");
        assertTrue(s.mentions().stream().noneMatch(m -> m.actor() != null && "EGY".equals(m.actor().country())));
    }
}
