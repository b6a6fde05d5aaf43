package io.articleingest.pipeline.extract;

import io.articleingest.pipeline.extract.rules.RuleBook;
import io.articleingest.pipeline.extract.stage.ActorCountries;
import io.articleingest.pipeline.extract.stage.ArgumentFinding;
import io.articleingest.pipeline.extract.stage.ArticleMerging;
import io.articleingest.pipeline.extract.stage.CaseRestoring;
import io.articleingest.pipeline.extract.stage.AttributionFinding;
import io.articleingest.pipeline.extract.stage.CasualtyCounting;
import io.articleingest.pipeline.extract.stage.ClauseSegmenting;
import io.articleingest.pipeline.extract.stage.DateFinding;
import io.articleingest.pipeline.extract.stage.EventAssembly;
import io.articleingest.pipeline.extract.stage.MentionFinding;
import io.articleingest.pipeline.extract.stage.PlaceFinding;
import io.articleingest.pipeline.extract.stage.Recoding;
import io.articleingest.pipeline.extract.stage.SentenceMerging;
import io.articleingest.pipeline.extract.stage.SentenceSplitting;
import io.articleingest.pipeline.extract.stage.StatusFinding;
import io.articleingest.pipeline.extract.stage.StoryAttacker;
import io.articleingest.pipeline.extract.stage.StoryDefaults;
import io.articleingest.pipeline.extract.stage.Tagging;
import io.articleingest.pipeline.extract.stage.TriggerFinding;
import io.articleingest.pipeline.extract.stage.coref.Coreference;
import io.articleingest.pipeline.extract.stage.coref.PronounResolution;
import io.articleingest.pipeline.knowledge.Knowledge;
import io.articleingest.pipeline.model.ContextEvidence;
import io.articleingest.pipeline.text.PartOfSpeechTagger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Small hand-made documents for the tests of one stage: a dictionary of a few countries, places,
 * actors, sector words and triggers written here (the general English lexicon, cues and rules are
 * the bundled ones), the real tagger, and the standard stages up to and including the one under
 * test — no parser, no classifier, no full dictionary.
 */
public final class StageFixture {

    /** The dictionary of the stage tests: written for them, a few entries of each kind. */
    public static final String DICTIONARY = """
            countries:
              - {code: ISR, name: Israel, demonyms: [Israeli, Israelis], governmentMetonyms: [Jerusalem], lat: 31.5, lon: 34.8}
              - {code: PSE, name: Palestine, aliases: [Palestinian territories], demonyms: [Palestinian, Palestinians]}
              - {code: EGY, name: Egypt, demonyms: [Egyptian, Egyptians], governmentMetonyms: [Cairo]}
              - {code: QAT, name: Qatar, demonyms: [Qatari]}
              - {code: RUS, name: Russia, demonyms: [Russian, Russians], governmentMetonyms: [Moscow, Kremlin]}
              - {code: UKR, name: Ukraine, demonyms: [Ukrainian, Ukrainians], governmentMetonyms: [Kyiv]}
              - {code: SDN, name: Sudan, demonyms: [Sudanese]}
              - {code: USA, name: United States, aliases: [U.S., US], demonyms: [American, Americans], governmentMetonyms: [Washington]}
            places:
              - {name: Gaza City, country: PSE, kind: city, admin1: Gaza, lat: 31.52, lon: 34.45}
              - {name: Khan Yunis, country: PSE, kind: city, admin1: Khan Yunis, lat: 31.34, lon: 34.31}
              - {name: Kharkiv, country: UKR, kind: city, admin1: Kharkiv Oblast, lat: 49.99, lon: 36.23}
              - {name: Doha, country: QAT, kind: capital, lat: 25.29, lon: 51.53}
              - {name: El Fasher, country: SDN, kind: city, admin1: North Darfur, lat: 13.63, lon: 25.35}
              - {name: Cairo, country: EGY, kind: capital, lat: 30.04, lon: 31.24}
            actors:
              - {name: Hamas, country: PSE, sector: REB, kind: organisation}
              - {name: Rapid Support Forces, aliases: [RSF], country: SDN, sector: REB, kind: organisation}
              - {name: United Nations, aliases: [UN, U.N.], country: UNO, sector: GOV, kind: organisation}
              - {name: Al Jazeera, country: QAT, sector: JRN, kind: organisation}
              - {name: Benjamin Netanyahu, country: ISR, sector: GOV, kind: person}
              - {name: Bedouin, aliases: [Bedouin people], sector: CVL, kind: group}
              - {name: People's Defence Units, country: EGY, sector: REB, kind: organisation}
              - {name: Sovereignty Council, country: SDN, sector: GOV, kind: organisation}
            sectors:
              GOV: [government, minister, ministry, official, officials, spokesman, spokeswoman, envoy, envoys,
                    mediator, mediators, delegation, authorities, council]
              MIL: [army, military, troops, soldiers, forces, warplanes, drone, drones, missile, missiles]
              COP: [police, policemen]
              REB: [militants, fighters, rebels]
              CVL: [civilians, people, residents, protesters, family, children, fishermen]
              MED: [medics, doctor, doctors]
              UNK: [sources]
            triggers:
              - {type: ASSAULT, casualties: killed, verbs: [kill, "shoot dead"]}
              - {type: ASSAULT, casualties: killed, victimSubject: true, verbs: [die], nouns: ["death toll"]}
              - {type: ASSAULT, casualties: injured, verbs: [wound, injure]}
              - {type: ASSAULT, verbs: [attack, strike, shell, raid, "open fire"], nouns: [attack, strike, airstrike, raid, offensive]}
              - {type: COERCE, verbs: [arrest, detain], nouns: [arrest]}
              - {type: CONSULT, verbs: [meet, negotiate, "hold talks"], nouns: [talks, meeting]}
              - {type: CONSULT, mode: visit, verbs: [visit]}
              - {type: AGREE, verbs: [agree, "sign agreement", pledge, promise], nouns: ["peace deal"]}
              - {type: REJECT, verbs: [reject, refuse, "cannot accept"]}
              - {type: REQUEST, verbs: [urge, "call on", "call for", demand, order, ask, "warn _ to"], nouns: [proposal, demand]}
              - {type: ACCUSE, verbs: [accuse, condemn, blame]}
              - {type: RETREAT, verbs: [withdraw, "pull out"], nouns: [withdrawal]}
              - {type: RETREAT, mode: release, verbs: [release, free]}
              - {type: RETREAT, mode: ceasefire, verbs: ["take effect"]}
              - {type: THREATEN, verbs: [threaten]}
              - {type: ACCUSE, reportedSpeech: [sabotaging, "war crimes", "be responsible for", "be behind the massacre",
                                                "bear responsibility"]}
              - {type: REQUEST, reportedSpeech: [must]}
            standalone: [airstrike, "death toll"]
            modeCues:
              ASSAULT:
                drone: [drone, drones]
            nounTargets:
              "on": [attack, attacks, raid, raids]
              with: [talks]
            """;

    public static final LocalDate SUNDAY = LocalDate.of(2025, 11, 30);

    private static final PartOfSpeechTagger TAGGER = PartOfSpeechTagger.load();
    public static final Knowledge KNOWLEDGE = Knowledge.of(DICTIONARY);
    public static final RuleBook RULES = RuleBook.from(KNOWLEDGE);

    private StageFixture() {
    }

    /** The standard stages, in order, over the test dictionary. */
    public static List<Stage> stages() {
        ArgumentFinding arguments = new ArgumentFinding(KNOWLEDGE, RULES);
        return List.of(
                new SentenceSplitting(),
                new CaseRestoring(KNOWLEDGE),
                new Tagging(TAGGER),
                new MentionFinding(KNOWLEDGE),
                new Coreference(KNOWLEDGE),
                new ClauseSegmenting(KNOWLEDGE.lexicon()),
                new AttributionFinding(KNOWLEDGE),
                new PronounResolution(KNOWLEDGE.lexicon()),
                new TriggerFinding(KNOWLEDGE),
                arguments,
                new PlaceFinding(KNOWLEDGE),
                new ActorCountries(KNOWLEDGE),
                new StoryAttacker(KNOWLEDGE, RULES),
                new StatusFinding(KNOWLEDGE),
                new DateFinding(KNOWLEDGE),
                new CasualtyCounting(KNOWLEDGE),
                new Recoding(KNOWLEDGE, RULES, arguments),
                new SentenceMerging(KNOWLEDGE),
                new ArticleMerging(KNOWLEDGE),
                new StoryDefaults(),
                new EventAssembly(KNOWLEDGE.plover));
    }

    /**
     * The text (lines are paragraphs, none a heading), published on Sunday 30 November 2025,
     * annotated by the standard stages up to and including the first of class {@code last}.
     */
    public static AnnotatedArticle upTo(Class<? extends Stage> last, String text) {
        return upTo(last, text, (start, end) -> false);
    }

    /** The same, where {@code heading} says which lines [start, end) of the text are headlines or section titles. */
    public static AnnotatedArticle upTo(Class<? extends Stage> last, String text, BiPredicate<Integer, Integer> heading) {
        List<Stage> run = new ArrayList<>();
        for (Stage s : stages()) {
            run.add(s);
            if (last.isInstance(s)) {
                break;
            }
        }
        AnnotatedArticle article = new AnnotatedArticle("t", text, heading, SUNDAY, ContextEvidence.NONE);
        for (Stage s : run) {
            article.begin(s.provides());
            s.annotate(article);
            article.added(s.provides());
        }
        return article;
    }

    /** The one sentence of a one-sentence text, annotated up to {@code last}. */
    public static AnnotatedSentence sentence(Class<? extends Stage> last, String text) {
        return upTo(last, text).sentences().get(0);
    }
}
