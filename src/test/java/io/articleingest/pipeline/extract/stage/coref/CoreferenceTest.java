package io.articleingest.pipeline.extract.stage.coref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.articleingest.pipeline.extract.AnnotatedArticle;
import io.articleingest.pipeline.extract.AnnotatedSentence;
import io.articleingest.pipeline.extract.Mention;
import io.articleingest.pipeline.extract.StageFixture;
import io.articleingest.pipeline.model.ArticleEntity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each sieve of coreference on short stories written for it: which antecedent, and by which sieve. */
class CoreferenceTest {

    private static final String SALEH = "Omar Saleh, a member of Hamas's political bureau, met Egyptian mediators. ";

    private static List<AnnotatedSentence> resolved(String text) {
        return StageFixture.upTo(Coreference.class, text).sentences();
    }

    private static Mention mention(AnnotatedSentence s, String words) {
        return s.mentions().stream().filter(m -> s.words(m.start(), m.end()).equals(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + words + "' in " + s.text()));
    }

    /** The canonical name, state and sieve of a mention, to compare in one line. */
    private static List<String> resolution(Mention m) {
        return List.of(m.actor().name(), String.valueOf(m.actor().country()), String.valueOf(m.via()));
    }

    @Test
    void appositionGivesAPersonTheGroupNamedAfterTheComma() {
        Mention saleh = mention(resolved(SALEH).get(0), "Omar Saleh");
        assertEquals(List.of("Omar Saleh", "PSE", "apposition"), resolution(saleh));
        assertEquals("REB", saleh.actor().sector());
    }

    @Test
    void appositionGivesNoGroupBeyondItsVerbOrWhenItNamesNoState() {
        Mention relative = mention(resolved("Reem Aziz, who met Hamas officials, said the crossing was closed.").get(0),
                "Reem Aziz");
        assertNull(relative.actor().country(), "Hamas is whom she met, not her group");
        Mention doctor = mention(resolved("Reem Aziz, a doctor, said three people were killed.").get(0), "Reem Aziz");
        assertNull(doctor.actor().country());
        assertNull(doctor.via());
    }

    @Test
    void namesSeenBeforeKeepTheirGroupInFullAndAsASurname() {
        List<AnnotatedSentence> s = resolved(SALEH + "Omar Saleh said talks went well. Later, Saleh left Cairo.");
        assertEquals(List.of("Omar Saleh", "PSE", "names-seen-before"), resolution(mention(s.get(1), "Omar Saleh")));
        assertEquals(List.of("Omar Saleh", "PSE", "names-seen-before"), resolution(mention(s.get(2), "Saleh")));
    }

    @Test
    void aRoleContinuesThePersonLastNamedWithAGroup() {
        Mention member = mention(resolved(SALEH + "The Politburo member said talks went well.").get(1),
                "The Politburo member");
        assertEquals("PERSON", member.kind());
        assertEquals(List.of("Omar Saleh", "PSE", "role"), resolution(member));
        Mention minister = mention(resolved("Benjamin Netanyahu met the envoy. The minister said Israel would stay.")
                .get(1), "The minister");
        assertEquals(List.of("Benjamin Netanyahu", "ISR", "role"), resolution(minister));
    }

    @Test
    void aRoleThatNamesItsStateOrFollowsNoPersonStaysItself() {
        Mention egyptian = mention(resolved("Benjamin Netanyahu met the envoy. The Egyptian minister left.").get(1),
                "Egyptian minister");
        assertEquals(List.of("Egypt", "EGY", "null"), resolution(egyptian));
        Mention alone = mention(resolved("The minister said Israel would stay.").get(0), "minister");
        assertNull(alone.actor().country());
        assertNull(alone.via());
    }

    @Test
    void aDefiniteDescriptionTakesTheNamesakeThenTheSentencesOrganisationThenTheLast() {
        List<AnnotatedSentence> named = resolved(
                "The Sovereignty Council met the envoy. Hamas rejected the plan. The council said it would respond.");
        assertEquals(List.of("Sovereignty Council", "SDN", "definite-description"),
                resolution(mention(named.get(2), "The council")), "not Hamas, named last");
        List<AnnotatedSentence> sameSentence = resolved(
                "Hamas rejected the plan. RSF official Adam Musa said the group would attend.");
        assertEquals(List.of("Rapid Support Forces", "SDN", "definite-description"),
                resolution(mention(sameSentence.get(1), "the group")));
        List<AnnotatedSentence> last = resolved(
                "Hamas rejected the plan. Egypt urged Qatar to act. The movement said it would study the proposal.");
        assertEquals(List.of("Hamas", "PSE", "definite-description"), resolution(mention(last.get(2), "The movement")),
                "Egypt and Qatar are states, not organisations");
    }

    @Test
    void thePairTakenUpTogetherIsTheLastTwoPartiesNamedOrStillSomeone() {
        List<AnnotatedSentence> talks = resolved("Hamas met Egyptian mediators. Egypt and Qatar held talks in Doha. "
                + "The two sides agreed to meet again.");
        assertEquals(List.of("Egypt", "EGY", "pair"), resolution(mention(talks.get(2), "The two sides")));
        List<AnnotatedSentence> sameSentence = resolved("Russia and Ukraine fought for months before both sides agreed to talk.");
        assertEquals(List.of("Russia", "RUS", "pair"), resolution(mention(sameSentence.get(0), "both sides")));
        List<AnnotatedSentence> joined = resolved("Russia and Ukraine held talks in Doha. Qatar hosted them and Hamas welcomed them. "
                + "The two sides agreed to meet again.");
        assertEquals(List.of("Russia", "RUS", "pair"), resolution(mention(joined.get(2), "The two sides")),
                "the two named together, not the last two named");
        Mention alone = mention(resolved("The two sides agreed to a ceasefire.").get(0), "The two sides");
        assertEquals("The two sides", alone.actor().name(), "no parties named: still the two sides, of no known state");
        assertNull(alone.actor().country());
    }

    @Test
    void aRoleOfAGroupIsThatGroups() {
        Mention spokesman = mention(resolved("Egyptian police arrested a spokesman for Hamas in Cairo.").get(0),
                "spokesman for Hamas");
        assertEquals(List.of("Hamas", "PSE", "affiliation"), resolution(spokesman));
        assertEquals("REB", spokesman.actor().sector(), "a spokesman of an armed group is of the group");
        Mention fighters = mention(resolved("Hamas said its fighters attacked a patrol near Khan Yunis.").get(0), "fighters");
        assertEquals(List.of("Hamas", "PSE", "affiliation"), resolution(fighters), "its fighters are Hamas's");
        Mention troops = mention(resolved("Russia said its troops entered Kharkiv.").get(0), "troops");
        assertEquals(List.of("Russia", "RUS", "affiliation"), resolution(troops));
        assertEquals("MIL", troops.actor().sector(), "a state's troops keep their sector");
    }

    @Test
    void thePairStandsForBothPartiesAndItsActIsTheirs() {
        List<AnnotatedSentence> talks = resolved("Hamas met Egyptian mediators. Egypt and Qatar held talks in Doha. "
                + "The two sides agreed to meet again.");
        Mention pair = mention(talks.get(2), "The two sides");
        assertEquals("QAT", talks.get(2).pairPartner(pair.actor()).country());
        List<AnnotatedSentence> lastTwo = resolved("Egypt hosted the talks. Russia sent an envoy. The two sides agreed to meet again.");
        assertEquals("EGY", mention(lastTwo.get(2), "The two sides").actor().country());
        assertEquals("RUS", lastTwo.get(2).pairPartner(mention(lastTwo.get(2), "The two sides").actor()).country());
    }

    @Test
    void aDefiniteDescriptionNeverTakesANewsOutletNorIsAPlacesCouncil() {
        List<AnnotatedSentence> outlet = resolved("Al Jazeera reported the strike. The network said a crew was nearby.");
        assertTrue(outlet.get(1).mentions().stream().noneMatch(m -> m.actor() != null), "Al Jazeera was the reporter");
        List<AnnotatedSentence> village = resolved("Hamas rejected the plan. The village council condemned the raid.");
        assertNull(mention(village.get(1), "council").actor().country());
        assertEquals(List.of(), resolved("The group said the talks had failed.").get(0).mentions());
    }

    @Test
    void resolvedMentionsAreCountedIntoTheArticlesEntities() {
        AnnotatedArticle article = StageFixture.upTo(Coreference.class,
                "Hamas rejected the plan. The group said the talks had failed. Egypt urged calm.");
        List<ArticleEntity> entities = article.entities().list();
        assertEquals("Hamas", entities.get(0).name());
        assertEquals(2, entities.get(0).mentions(), "'the group' counts for Hamas");
        assertEquals(1, entities.stream().filter(e -> e.name().equals("Egypt")).findFirst().orElseThrow().mentions());
    }
}
