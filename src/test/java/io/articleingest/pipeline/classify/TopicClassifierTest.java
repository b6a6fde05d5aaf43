package io.articleingest.pipeline.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.articleingest.pipeline.ParsedArticle;
import io.articleingest.pipeline.model.Topic;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TopicClassifierTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.load();

    private static List<Topic> classify(String title, String body) {
        return CLASSIFIER.classify(new ParsedArticle("text", title, body, List.of(), null, null, "en"));
    }

    private static Map<String, Topic> byCode(List<Topic> topics) {
        return topics.stream().collect(Collectors.toMap(Topic::code, t -> t));
    }

    @Test
    void everyTopLevelTopicIsReportedInScoreOrderWithinZeroAndOne() {
        List<Topic> topics = classify("Storm closes schools",
                "Heavy snow and strong winds closed schools across the region on Monday, forecasters said.");
        assertTrue(byCode(topics).keySet().containsAll(TopicModelTest.IPTC_TOP_LEVEL.keySet()));
        for (int i = 0; i < topics.size(); i++) {
            Topic t = topics.get(i);
            assertTrue(t.score() >= 0 && t.score() <= 1, t.toString());
            if (TopicModelTest.IPTC_TOP_LEVEL.containsKey(t.code())) {
                assertEquals(TopicModelTest.IPTC_TOP_LEVEL.get(t.code()), t.label());
            }
            if (i > 0) {
                assertTrue(topics.get(i - 1).score() >= t.score(), "not sorted at " + i);
            }
        }
        assertEquals("medtop:17000000", topics.get(0).code());
    }

    @Test
    void emptyArticleGetsAllTopLevelTopicsAtZero() {
        List<Topic> topics = classify("", "");
        assertEquals(17, topics.size());
        assertTrue(topics.stream().allMatch(t -> t.score() == 0 && t.evidence().isEmpty()));
    }

    @Test
    void footballMatchPlayedDuringAWarIsSport() {
        List<Topic> topics = classify("Derby goes ahead despite curfew",
                "The derby went ahead on Saturday despite the war, with the stadium a short drive from the front line. "
                        + "The home side's striker scored twice in the first half and the goalkeeper saved a penalty late "
                        + "in the match. Fans left before the curfew, and the coach said the league title race was still "
                        + "open with six fixtures left. Players observed a minute's silence for soldiers killed this month.");
        assertEquals("medtop:15000000", topics.get(0).code());
        assertTrue(byCode(topics).get("medtop:16000000").score() > 0, "the war is still noticed");
    }

    @Test
    void reliefForFloodVictimsIsTheDisastersStory() {
        List<Topic> topics = classify("Relief reaches flood-hit villages",
                "The army evacuated 12,000 people from flooded villages on Sunday. Aid workers distributed drinking water "
                        + "and tarpaulins, and the government opened shelters for displaced families. A Gulf state pledged "
                        + "$10 million for flood relief, and volunteers rescued people stranded on rooftops.");
        assertEquals("medtop:03000000", topics.get(0).code(), topics.toString());
    }

    @Test
    void theGovernmentsResponseToADisasterKeepsItTheDisastersStory() {
        List<Topic> topics = classify("Thousands displaced as river bursts its banks",
                "The river burst its banks after a week of heavy rain, flooding 40 villages, and 60,000 people were displaced, the national "
                        + "emergency management agency said. The president released emergency funds and the federal "
                        + "government promised relief materials, while the United Nations sent tents to the displaced.");
        assertEquals("medtop:03000000", topics.get(0).code(), topics.toString());
    }

    @Test
    void aStormThatKillsIsADisasterAndAStormForecastIsWeather() {
        List<Topic> deadly = classify("Cyclone kills 23 on the coast",
                "The cyclone made landfall near the port on Tuesday night, killing at least 23 people and injuring "
                        + "hundreds, officials said. Winds tore roofs off homes, flattened banana plantations and brought "
                        + "down power lines, and thousands of houses were destroyed in three districts.");
        assertEquals("medtop:03000000", deadly.get(0).code(), deadly.toString());
        List<Topic> forecast = classify("Cyclone to bring heavy rain this weekend",
                "Forecasters said the cyclone would weaken before reaching the coast on Saturday, bringing rainfall of "
                        + "up to 150 mm and wind gusts of 90 km/h. Temperatures will drop by five degrees Celsius, the "
                        + "meteorological office said, and showers should clear by Monday.");
        assertEquals("medtop:17000000", forecast.get(0).code(), forecast.toString());
    }

    @Test
    void reliefDeliveredIntoAWarIsTheWarsStoryAndADonorsConferenceIsPolitics() {
        List<Topic> convoy = classify("Aid convoy reaches besieged town",
                "An aid convoy of 30 trucks from the World Food Programme entered the besieged town on Sunday after the "
                        + "warring parties agreed to let it cross the front line. Shelling resumed hours later, and "
                        + "fighters on both sides blocked the road again, aid agencies said.");
        assertEquals("medtop:16000000", convoy.get(0).code(), convoy.toString());
        List<Topic> donors = classify("Donors pledge $2 billion for the region",
                "Donors pledged $2 billion in humanitarian aid at a conference hosted by the European Union on Monday. "
                        + "Foreign ministers from 40 countries attended, and the United Nations said the pledges fell "
                        + "short of what its agencies had asked for.");
        assertEquals("medtop:11000000", donors.get(0).code(), donors.toString());
    }

    @Test
    void aPriceWarAndATakeoverBattleAreBusiness() {
        List<Topic> topics = classify("Airlines escalate price war as takeover battle looms",
                "Two budget airlines cut fares again on Monday in a price war that analysts say could end in a takeover "
                        + "battle for the smaller carrier, whose shares rose 9 percent.");
        assertEquals("medtop:04000000", topics.get(0).code(), topics.toString());
    }

    @Test
    void aPartyNamedLeagueIsPoliticsNotSport() {
        List<Topic> topics = classify("Party leaders held",
                "Soldiers detained four leaders of the National League for Democracy on Monday, the League for "
                        + "Democracy said, and the Awami League called for their release.");
        assertEquals("medtop:11000000", topics.get(0).code(), topics.toString());
        assertEquals(0.0, byCode(topics).get("medtop:15000000").score(), "no sport in a party's name");
    }

    @Test
    void aFloodThatSoldiersHelpWithIsADisaster() {
        List<Topic> topics = classify("Floods kill 19 as dam gives way after days of rain",
                "Torrential rains burst a dam above the valley on Tuesday and the floods swept away dozens of homes. Villages were "
                        + "inundated and at least 19 people were killed. The army sent soldiers and trucks to move "
                        + "families to higher ground, and troops pulled bodies from the mud on Wednesday.");
        assertEquals("medtop:03000000", topics.get(0).code(), topics.toString());
    }

    @Test
    void sanctionsStoryAboutExportsAndPricesIsEconomy() {
        List<Topic> topics = classify("Sanctions hit grain exporters",
                "New sanctions on the country's banks have left grain exporters unable to receive payments, and "
                        + "export volumes fell by a third last month. Prices of wheat on international markets rose, "
                        + "the currency weakened and economists cut their growth forecast for the year. Companies say "
                        + "they are losing contracts to competitors, and investors are pulling money out of the stock market.");
        assertEquals("medtop:04000000", topics.get(0).code());
        assertTrue(byCode(topics).containsKey("medtop:20000642"), "economic sanction is reported");
    }

    @Test
    void civiliansKilledInAWarAreWarVictimsWithTheirEvidence() {
        List<Topic> topics = classify("Families bury their dead after shelling",
                "Civilian casualties rose again on Sunday as shelling killed eleven people and wounded dozens in the "
                        + "besieged city, local officials said. Mourners carried the bodies through the streets, and a "
                        + "mass grave was dug near the cemetery. Aid groups said most of the war victims were women and "
                        + "children.");
        assertEquals("medtop:16000000", topics.get(0).code());
        Topic victims = byCode(topics).get("medtop:20001377");
        assertTrue(victims != null && victims.label().equals("war victims"), topics.toString());
        assertTrue(victims.evidence().contains("civilian casualties"), victims.evidence().toString());
    }

    @Test
    void strikeOnAHospitalIsConflictWithHealthSecond() {
        List<Topic> topics = classify("Hospital hit in overnight airstrike",
                "An airstrike hit the children's hospital in the city overnight, killing two doctors and a patient, "
                        + "as the army pressed its offensive against rebel fighters. Nurses carried patients to the "
                        + "basement while shelling continued. The health ministry said the hospital's surgical ward was "
                        + "destroyed, and the warring sides blamed each other for the attack.");
        Map<String, Topic> topics1 = byCode(topics);
        assertEquals("medtop:16000000", topics.get(0).code());
        assertTrue(topics1.get("medtop:07000000").score() >= CLASSIFIER.assignThreshold(), topics1.get("medtop:07000000").toString());
        assertTrue(topics1.containsKey("medtop:20000056"), "armed conflict is reported");
    }

    @Test
    void aWalkoutOfHospitalStaffIsLabourWithHealthSecond() {
        List<Topic> topics = classify("Nurses walk out over pay",
                "Nurses at public hospitals went on strike on Monday over pay, and patients saw operations "
                        + "postponed. Their union said the strike action would go on until the health ministry improves "
                        + "its offer; emergency wards stayed open, staffed by doctors.");
        assertEquals("medtop:09000000", topics.get(0).code(), topics.toString());
        assertTrue(byCode(topics).get("medtop:07000000").score() >= CLASSIFIER.assignThreshold(), topics.toString());
    }

    @Test
    void aMassAbductionFromASchoolIsCrimeNotEducation() {
        List<Topic> topics = classify("Kidnappers abduct 25 pupils from boarding school",
                "Armed men broke into a boarding school before dawn and abducted 25 pupils, the school's headteacher said. "
                        + "Parents gathered outside the school as police searched nearby farms. The kidnappers have not yet "
                        + "asked for a ransom; schools in the district were closed.");
        assertEquals("medtop:02000000", topics.get(0).code(), topics.toString());
    }

    @Test
    void subTopicNeverOutscoresItsParent() {
        List<Topic> topics = classify("Ceasefire talks resume",
                "Mediators said ceasefire talks would resume on Sunday, and both delegations agreed to discuss a "
                        + "prisoner exchange and a truce of six weeks.");
        Map<String, Topic> codes = byCode(topics);
        Topic peace = codes.get("medtop:20000073");
        assertTrue(peace != null && peace.score() > 0);
        assertTrue(peace.score() <= codes.get("medtop:16000000").score());
        int parentAt = topics.indexOf(codes.get("medtop:16000000"));
        assertTrue(parentAt < topics.indexOf(peace), "the parent is listed before its sub-topic");
        assertEquals("medtop:16000000", topics.get(0).code());
    }

    @Test
    void evidenceListsTheTermsThatCarriedTheTopicStrongestFirst() {
        List<Topic> topics = classify("Ceasefire holds",
                "The ceasefire held for a third day. Mediators said the ceasefire could be extended, and the ceasefire "
                        + "monitors reported no violations. Troops stayed in their positions.");
        Topic conflict = byCode(topics).get("medtop:16000000");
        assertEquals("ceasefire", conflict.evidence().get(0));
        assertTrue(conflict.evidence().contains("troops"));
        assertTrue(conflict.evidence().size() <= 5);
    }

    @Test
    void headlineTermsCountMoreThanBodyTerms() {
        String body = "The club's new stadium deal was signed with the bank on Tuesday, and the club will pay the loan back "
                + "over ten years.";
        assertEquals("medtop:15000000", classify("Football club signs deal for new stadium", body).get(0).code());
        assertEquals("medtop:04000000", classify("Bank lends billions to property investors", body).get(0).code());
    }

    @Test
    void longestTermWinsSoAirStrikeIsNotALabourStrike() {
        List<Topic> topics = classify("", "An air strike and a drone strike hit the depot.");
        Map<String, Topic> codes = byCode(topics);
        assertEquals(0.0, codes.get("medtop:09000000").score());
        assertTrue(codes.get("medtop:20000056").evidence().contains("air strike"));
    }

    /** The contexts of a one-sentence body, from the evidence the classifier returns for it. */
    private static List<String> contexts(String sentence) {
        return CLASSIFIER.contextEvidence(new ParsedArticle("text", null, sentence, List.of(), null, null, "en"))
                .within(0, sentence.length());
    }

    @Test
    void contextsOfSentencesFollowTheirTerms() {
        List<String> strike = contexts("Israeli airstrikes killed six civilians, including children, in Rafah.");
        assertTrue(strike.contains("military"), strike.toString());
        assertTrue(strike.contains("human_security"), strike.toString());
        List<String> talks = contexts("Mediators met the delegation in Cairo to discuss extending the ceasefire.");
        assertTrue(talks.contains("diplomatic"), talks.toString());
        assertFalse(talks.contains("military"), talks.toString());
        assertTrue(contexts("Thousands of refugees crossed the border into Jordan.").contains("migration"));
        assertTrue(contexts("A suicide bomber struck a checkpoint.").contains("terrorism"));
        assertTrue(contexts("The weather was fine and we went for a walk.").isEmpty());
        assertTrue(contexts("").isEmpty());
    }

    @Test
    void contextEvidenceIsPlacedInTheBodySoEachSentenceGetsItsOwn() {
        String body = "Mediators met the delegation in Cairo. Israeli airstrikes killed six civilians in Rafah.";
        var evidence = CLASSIFIER.contextEvidence(new ParsedArticle("text", null, body, List.of(), null, null, "en"));
        int second = body.indexOf("Israeli");
        assertFalse(evidence.within(0, second).contains("military"), evidence.within(0, second).toString());
        assertTrue(evidence.within(second, body.length()).contains("military"));
    }
}
