package io.articleingest.pipeline.extract.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.articleingest.pipeline.extract.AnnotatedArticle;
import io.articleingest.pipeline.extract.AnnotatedSentence;
import io.articleingest.pipeline.extract.Mention;
import io.articleingest.pipeline.extract.StageFixture;
import org.junit.jupiter.api.Test;

/** Names the dictionaries do not hold, and names that overlap a shorter phrase, on sentences written for them. */
class NamePiecesTest {

    /** The mention whose words are {@code words} in sentence {@code index}, or null. */
    private static Mention mention(AnnotatedArticle article, int index, String words) {
        AnnotatedSentence s = article.sentences().get(index);
        return s.mentions().stream().filter(m -> s.words(m.start(), m.end()).equals(words)).findFirst().orElse(null);
    }

    private static String described(Mention m) {
        return m.kind() + " " + m.actor().name() + " " + m.actor().country() + " " + m.actor().sector();
    }

    @Test
    void anUnknownNameWithAnOrganisationsHeadIsAnOrganisationOfThatHeadsSector() {
        AnnotatedArticle a = StageFixture.upTo(MentionFinding.class, """
                Police arrested a commander of the Sahel Liberation Front.
                The Movement for Civic Renewal called a strike.
                The Egyptian Frontier Army took the town.""");
        assertEquals("ORG Sahel Liberation Front null REB", described(mention(a, 0, "Sahel Liberation Front")));
        assertEquals("ORG Movement for Civic Renewal null OPP", described(mention(a, 1, "Movement for Civic Renewal")));
        assertEquals("ORG Egyptian Frontier Army EGY MIL", described(mention(a, 2, "Egyptian Frontier Army")),
                "an armed head after a nationality is that state's military");
    }

    @Test
    void oneUnknownNameOrAcronymBeforeAGroupsSectorNounNamesTheGroup() {
        AnnotatedArticle a = StageFixture.upTo(MentionFinding.class, """
                Egypt and the KLF rebels met in Cairo.
                Troops clashed with Zintan fighters near El Fasher.
                Angry residents blocked the road.""");
        assertEquals("SECTOR KLF null REB", described(mention(a, 0, "KLF rebels")));
        assertEquals("SECTOR Zintan null REB", described(mention(a, 1, "Zintan fighters")));
        assertEquals(null, mention(a, 2, "Angry residents"), "a capitalised adjective opening the sentence is no name");
    }

    @Test
    void aNationalityWordBetweenUnknownNameWordsIsPartOfAPersonsName() {
        AnnotatedArticle a = StageFixture.upTo(MentionFinding.class, """
                The doctor, Karim Egyptian Hassan, treated the wounded.
                The Egyptian doctor Karim Hassan treated the wounded.""");
        assertNotNull(mention(a, 0, "Karim Egyptian Hassan"), "one unknown name");
        assertNull(mention(a, 0, "Egyptian"));
        assertEquals("EGY", mention(a, 1, "Egyptian doctor Karim Hassan").actor().country(), "before the name it is a nationality");
    }

    @Test
    void knownWordsOrNoHeadMakeNoOrganisation() {
        AnnotatedArticle a = StageFixture.upTo(MentionFinding.class, """
                The Israeli army said it struck Gaza City.
                Residents of the Old Town fled.""");
        assertEquals("SECTOR", mention(a, 0, "Israeli army").kind(), "every word known: the dictionary's reading");
        Mention oldTown = mention(a, 1, "Old Town");
        assertNotEquals("ORG", oldTown == null ? "" : oldTown.kind(), "no organisation's head");
    }

    @Test
    void theLongestNameWinsOverAShorterPhraseStartingBeforeIt() {
        AnnotatedArticle a = StageFixture.upTo(MentionFinding.class,
                "Israel accused the Bedouin People's Defence Units of the attack.");
        Mention units = mention(a, 0, "Bedouin People's Defence Units");
        assertEquals("People's Defence Units", units.actor().name(), "not 'Bedouin people' and a stray name");
        assertEquals("EGY", units.actor().country());
    }

    @Test
    void anAcronymInBracketsStandsForItsOrganisationLaterInTheArticle() {
        AnnotatedArticle a = StageFixture.upTo(MentionFinding.class, """
                The Allied Coastal Forces (ACF) attacked a village.
                ACF fighters killed ten people.""");
        assertEquals("Allied Coastal Forces", mention(a, 1, "ACF fighters").actor().name());
        AnnotatedArticle unnamed = StageFixture.upTo(MentionFinding.class, "ACF fighters killed ten people.");
        assertEquals("SECTOR ACF null REB", described(mention(unnamed, 0, "ACF fighters")),
                "an acronym never spelled out names only the group before whose sector noun it stands");
    }
}
