package io.articleingest.pipeline.extract;

import io.articleingest.pipeline.ParsedArticle;
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
import io.articleingest.pipeline.model.ArticleEntity;
import io.articleingest.pipeline.model.ContextEvidence;
import io.articleingest.pipeline.model.Event;
import io.articleingest.pipeline.text.PartOfSpeechTagger;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PLOVER events from an article: a pipeline of small stages over one {@link AnnotatedArticle},
 * each adding the layers it provides from the layers it requires. The order is checked when the
 * extractor is built: a stage whose input no earlier stage provides stops the build.
 */
public final class EventExtractor {

    /** What extraction yields besides the events: the article's entities and its sentence count. */
    public record Extraction(List<Event> events, List<ArticleEntity> entities, int sentenceCount,
                             AnnotatedArticle annotated) {
    }

    private final List<Stage> stages;

    public EventExtractor(List<Stage> stages) {
        Set<Layer> provided = EnumSet.noneOf(Layer.class);
        for (Stage stage : stages) {
            Set<Layer> missing = EnumSet.noneOf(Layer.class);
            missing.addAll(stage.requires());
            missing.removeAll(provided);
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("stage " + stage.name() + " requires " + missing
                        + ", which no stage before it provides");
            }
            provided.addAll(stage.provides());
        }
        this.stages = List.copyOf(stages);
    }

    /** The standard stages, in order, over the given dictionaries and tagger. */
    public static EventExtractor standard(Knowledge knowledge, PartOfSpeechTagger tagger) {
        RuleBook rules = RuleBook.from(knowledge);
        ArgumentFinding arguments = new ArgumentFinding(knowledge, rules);
        return new EventExtractor(List.of(
                new SentenceSplitting(),
                new CaseRestoring(knowledge),
                new Tagging(tagger),
                new MentionFinding(knowledge),
                new Coreference(knowledge),
                new ClauseSegmenting(knowledge.lexicon()),
                new AttributionFinding(knowledge),
                new PronounResolution(knowledge.lexicon()),
                new TriggerFinding(knowledge),
                arguments,
                new PlaceFinding(knowledge),
                new ActorCountries(knowledge),
                new StoryAttacker(knowledge, rules),
                new StatusFinding(knowledge),
                new DateFinding(knowledge),
                new CasualtyCounting(knowledge),
                new Recoding(knowledge, rules, arguments),
                new SentenceMerging(knowledge),
                new ArticleMerging(knowledge),
                new StoryDefaults(),
                new EventAssembly(knowledge.plover)));
    }

    /** The bundled dictionaries, plus a user's (file or folder) when {@code extraKnowledge} is set. */
    public static EventExtractor load(Path extraKnowledge) {
        return standard(Knowledge.load(extraKnowledge), PartOfSpeechTagger.load());
    }

    public List<Stage> stages() {
        return stages;
    }

    public Extraction extract(ParsedArticle article, String articleId, ContextEvidence contexts) {
        return extract(article, articleId, contexts, null);
    }

    /**
     * The same, adding each stage's time in nanoseconds to {@code nanosByStage} (by stage name)
     * when it is not null: what {@code bench} prints.
     */
    public Extraction extract(ParsedArticle article, String articleId, ContextEvidence contexts,
                              Map<String, Long> nanosByStage) {
        AnnotatedArticle annotated = new AnnotatedArticle(articleId, article.body(), article::isHeading,
                article.publishedAt(), contexts);
        for (Stage stage : stages) {
            long start = nanosByStage == null ? 0 : System.nanoTime();
            annotated.begin(stage.provides());
            stage.annotate(annotated);
            annotated.added(stage.provides());
            if (nanosByStage != null) {
                nanosByStage.merge(stage.name(), System.nanoTime() - start, Long::sum);
            }
        }
        return new Extraction(annotated.events(), annotated.entityList(), annotated.sentences().size(), annotated);
    }
}
