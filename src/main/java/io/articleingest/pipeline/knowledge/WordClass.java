package io.articleingest.pipeline.knowledge;

/**
 * The closed word classes of {@code knowledge/lexicon.yaml}, by the key each has there. Stages
 * name a class through this enum, so a class is defined once and a missing one fails the load.
 */
public enum WordClass {
    DEFINITE_ARTICLES("definiteArticles"),
    INDEFINITE_ARTICLES("indefiniteArticles"),
    DETERMINERS("determiners"),
    NOUN_PREMODIFIERS("nounPremodifiers"),
    PLACE_MODIFIERS("placeModifiers"),
    GROUPING_PREPOSITIONS("groupingPrepositions"),
    QUANTITY_NOUNS("quantityNouns"),
    DELEGATE_NOUNS("delegateNouns"),
    PERSON_ROLES("personRoles"),
    TITLES("titles"),
    NAME_JOINERS("nameJoiners"),
    NAME_PARTICLES("nameParticles"),
    AIM_NOUNS("aimNouns"),
    CHARGE_WORDS("chargeWords"),
    SECTOR_ADJECTIVES("sectorAdjectives"),
    CHARGE_PREPOSITIONS("chargePrepositions"),
    ANAPHORIC_DETERMINERS("anaphoricDeterminers"),
    PLACE_RELATIVES("placeRelatives"),
    STRIKE_WORDS("strikeWords"),
    STRUGGLE_VERBS("struggleVerbs"),
    LAUNCH_VERBS("launchVerbs"),
    FIRST_PERSON_PRONOUNS("firstPersonPronouns"),
    SINGULAR_FIRST_PERSON("singularFirstPerson"),
    RANGE_JOINERS("rangeJoiners"),
    PERSON_PRONOUNS("personPronouns"),
    GROUP_PRONOUNS("groupPronouns"),
    REFLEXIVE_PRONOUNS("reflexivePronouns"),
    PARTITIVES("partitives"),
    ORIGINS("origins"),
    AGENT_MARKERS("agentMarkers"),
    PAIR_MARKERS("pairMarkers"),
    TOPIC_PREPOSITIONS("topicPrepositions"),
    OBJECT_PREPOSITIONS("objectPrepositions"),
    PLACE_PREPOSITIONS("placePrepositions"),
    LOCATIVE_PREPOSITIONS("locativePrepositions"),
    SETTING_PREPOSITIONS("settingPrepositions"),
    COORDINATORS("coordinators"),
    INFINITIVE_MARKERS("infinitiveMarkers"),
    THAT_COMPLEMENTIZERS("thatComplementizers"),
    CLAUSE_BREAKS("clauseBreaks"),
    CONTRAST_CONJUNCTIONS("contrastConjunctions"),
    SUBORDINATORS("subordinators"),
    TIME_CONJUNCTIONS("timeConjunctions"),
    SCENE_SUBORDINATORS("sceneSubordinators"),
    CONDITIONALS("conditionals"),
    DEMAND_CONDITIONS("demandConditions"),
    AWAITING_MODALS("awaitingModals"),
    RELATIVE_PRONOUNS("relativePronouns"),
    COMPLEMENTIZERS("complementizers"),
    FREE_RELATIVES("freeRelatives"),
    VERB_PARTICLES("verbParticles"),
    PASSIVE_AUXILIARIES("passiveAuxiliaries"),
    COPULA("copula"),
    PRESENT_AUXILIARIES("presentAuxiliaries"),
    REPORTED_MODALS("reportedModals"),
    SPEECH_VERBS("speechVerbs"),
    ADDRESSEE_VERBS("addresseeVerbs"),
    PROMISE_VERBS("promiseVerbs"),
    ORDER_VERBS("orderVerbs"),
    MILITARY_ACT_HEADS("militaryActHeads"),
    EMERGENCY_MEASURES("emergencyMeasures"),
    HOST_VERBS("hostVerbs"),
    BODY_NOUNS("bodyNouns"),
    CASELESS_ORDINARY_WORDS("caselessOrdinaryWords"),
    TRAVEL_VERBS("travelVerbs"),
    INTENTION_WORDS("intentionWords"),
    QUESTION_VERBS("questionVerbs"),
    MEASURE_UNITS("measureUnits"),
    VAGUE_COUNTS("vagueCounts"),
    LEFT_DEAD("leftDead"),
    LEFT_WOUNDED("leftWounded"),
    APPROXIMATORS("approximators"),
    WEEKDAYS("weekdays"),
    TIME_NOUNS("timeNouns"),
    MONTHS("months"),
    WEEKDAY_LEADERS("weekdayLeaders"),
    MONTH_LEADERS("monthLeaders"),
    YEAR_LEADERS("yearLeaders"),
    PAST_MARKERS("pastMarkers"),
    NEXT_MARKERS("nextMarkers"),
    ABBREVIATIONS("abbreviations");

    private final String key;

    WordClass(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
