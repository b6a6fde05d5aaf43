package io.articleingest.pipeline.extract.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.articleingest.pipeline.ParsedArticle;
import io.articleingest.pipeline.extract.AnnotatedSentence;
import io.articleingest.pipeline.extract.EventExtractor;
import io.articleingest.pipeline.extract.Mention;
import io.articleingest.pipeline.knowledge.Knowledge;
import io.articleingest.pipeline.model.ContextEvidence;
import io.articleingest.pipeline.text.PartOfSpeechTagger;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Names of the world gazetteer in sentences written for these tests, with all the bundled dictionaries
 * and the real tagger: towns and regions anywhere are places, a town named like an ordinary word or a
 * person is one only where it reads as a place.
 */
class GazetteerNamesTest {

    private static final EventExtractor MENTIONS = EventExtractor.standard(Knowledge.load(null),
            PartOfSpeechTagger.load());

    private static List<AnnotatedSentence> sentences(String text) {
        ParsedArticle article = new ParsedArticle("text", null, text, List.of(), null, null, "en");
        return MENTIONS.extract(article, "t", ContextEvidence.NONE).annotated().sentences();
    }

    /** The places found in the text, as "name/country" in order. */
    private static List<String> places(String text) {
        return sentences(text).stream().flatMap(s -> s.mentions().stream()).filter(m -> m.place() != null)
                .filter(m -> !"country".equals(m.place().kind()))
                .map(m -> m.place().name() + "/" + m.place().country()).toList();
    }

    private static String mentions(String text) {
        return sentences(text).stream().flatMap(s -> s.mentions().stream().map(m -> s.words(m.start(), m.end())
                + "=" + m.kind())).collect(Collectors.joining(", "));
    }

    @Test
    void townsAndRegionsFarFromGazaArePlaces() {
        assertEquals(List.of("Gwoza/NGA"), places("Gunmen killed 12 villagers in Gwoza on Monday."));
        assertEquals(List.of("Myitkyina/MMR", "Kachin State/MMR"),
                places("Troops clashed with rebels near Myitkyina in Kachin State."));
        assertEquals(List.of("Ayacucho/PER"), places("Police fired tear gas at protesters in Ayacucho."));
        assertEquals(List.of("Borno State/NGA"), places("Insurgents attacked two villages in northern Borno."));
        assertEquals(List.of("Sittwe/MMR"), places("Sittwe residents fled the fighting."));
    }

    @Test
    void townsNamedLikeOrdinaryWordsAreWordsWhereTheyReadAsWords() {
        for (String text : List.of("Mobile phones were seized at the border.", "Nice words will not end the war.",
                "Split decisions followed the vote.", "Reading the statement, the minister left the room.",
                "Hope remains for the hostages.", "Bath water was contaminated after the strike.",
                "The Ministry of Hope issued a statement.", "Union leaders met the minister.",
                "Most of the fighters surrendered.", "Of the 40 detainees, 12 were released.")) {
            assertTrue(places(text).isEmpty(), text + ": " + mentions(text));
        }
    }

    @Test
    void townsNamedLikeOrdinaryWordsArePlacesAfterAPrepositionOfPlace() {
        assertEquals(List.of("Mobile/USA"), places("Two men were arrested in Mobile after the shooting."));
        assertEquals(List.of("Split/HRV"), places("Fighting broke out near Split on Sunday."));
        assertEquals(List.of("Reading/GBR"), places("He was detained in the town of Reading."));
        assertTrue(places("Dealers in Mobile phones were arrested.").isEmpty(), "a modifier of a noun");
    }

    @Test
    void aMonthAfterInIsADateNotATown() {
        assertTrue(places("The two governments signed a trade deal in March.").isEmpty(), mentions("in March"));
        assertTrue(places("Talks resumed in May after a long pause.").isEmpty());
    }

    @Test
    void aTownNamePartOfAPersonsNameOrBeforeACountryIsNoPlace() {
        for (String text : List.of("Eugene Rumer met the delegation.", "Lawyer Aurora Mendes filed the complaint.")) {
            assertTrue(places(text).isEmpty(), mentions(text));
        }
        assertTrue(places("Vietnamese troops retook a village in Western Cambodia.").stream()
                .noneMatch(p -> p.startsWith("Western")), "a compass word before a country");
        String later = "Regional commander Marcus Lincoln visited the base. Lincoln said the attack was repelled.";
        assertTrue(places(later).isEmpty(), "a person named earlier: " + mentions(later));
    }

    @Test
    void anAcronymIsNoTown() {
        assertTrue(places("The ILO reiterated its demand on Tuesday.").isEmpty(),
                mentions("The ILO reiterated its demand on Tuesday."));
    }

    @Test
    void aNameSharedByTownsInSeveralCountriesLiesInTheCountryTheArticleNames() {
        assertEquals(List.of("Hangu/PAK"),
                places("Gunmen attacked a checkpoint in Hangu. Pakistan's army said two soldiers died."));
        assertEquals(List.of("Hangu/CHN"), places("A factory fire broke out in Hangu on Monday."),
                "without a country, the larger town");
    }

    @Test
    void curatedPlacesWinOverGeneratedOnes() {
        assertEquals(List.of("Rafah/PSE"), places("An airstrike hit a house in Rafah."));
        assertEquals(List.of("Gaza City/PSE"), places("Tanks advanced into Gaza City."));
        Mention police = sentences("Police arrested two men.").get(0).mentions().get(0);
        assertEquals("SECTOR", police.kind(), "a sector word, not the Polish town");
    }
}
