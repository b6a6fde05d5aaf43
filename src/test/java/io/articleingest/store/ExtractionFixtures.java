package io.articleingest.store;

import io.articleingest.pipeline.Pipeline;
import io.articleingest.pipeline.model.Article;
import io.articleingest.pipeline.model.ArticleEntity;
import io.articleingest.pipeline.model.ArticleIds;
import io.articleingest.pipeline.model.EntityRef;
import io.articleingest.pipeline.model.Event;
import io.articleingest.pipeline.model.ExtractionResult;
import io.articleingest.pipeline.model.Location;
import io.articleingest.pipeline.model.Topic;
import java.util.List;

/** Hand-built extractions, so store behaviour is tested whatever the real extractor yields today. */
public final class ExtractionFixtures {

    public static final EntityRef ISRAELI_DRONE = new EntityRef("an Israeli drone", "Israel", "ISR", "MIL");
    public static final EntityRef CIVILIANS = new EntityRef("Two brothers", "civilians", "PSE", "CVL");
    public static final EntityRef EGYPT = new EntityRef("Egyptian mediators", "Egypt", "EGY", "GOV");
    public static final EntityRef HAMAS = new EntityRef("Hamas", "Hamas", "PSE", "REB");
    public static final Location BANI_SUHEILA = new Location("in Bani Suheila, to the east of Khan Yunis", "Bani Suheila",
            "PSE", "Khan Yunis", 31.343, 34.325);

    private ExtractionFixtures() {
    }

    /** Two events (an assault with a place, a consultation without place or date) and two topics. */
    public static ExtractionResult airstrike(String bucket, String key) {
        String id = ArticleIds.of(bucket, key);
        Event assault = new Event(id + "#001", id, "ASSAULT", List.of("drone"), List.of("military"), 4, -9.5,
                List.of(ISRAELI_DRONE), List.of(CIVILIANS), BANI_SUHEILA, "2025-11-29", "day", "on Saturday",
                "occurred", 2, null, new EntityRef("Hamas spokesperson Hazem Qassem", "Hazem Qassem", "PSE", "REB"),
                "Two brothers were killed on Saturday by an Israeli drone near Bani Suheila.", 3, 120, 196,
                "killed", 0.86);
        Event consult = new Event(id + "#002", id, "CONSULT", List.of("third-party"), List.of("diplomatic"), 1, 1.0,
                List.of(EGYPT, HAMAS), List.of(), null, null, null, null, "future", null, null, null,
                "Egyptian mediators will meet Hamas.", 5, 240, 275, "meet", 0.7);
        return result(bucket, key, List.of(assault, consult), List.of(
                new Topic("medtop:16000000", "conflict, war and peace", 0.93, List.of("killed", "drone")),
                new Topic("medtop:11000000", "politics", 0.21, List.of("mediators"))));
    }

    /** A later version of the same key: one different event, one different topic. */
    public static ExtractionResult ceasefire(String bucket, String key) {
        String id = ArticleIds.of(bucket, key);
        Event agree = new Event(id + "#001", id, "AGREE", List.of(), List.of("diplomatic"), 1, 4.0,
                List.of(EGYPT), List.of(HAMAS), new Location("in Cairo", "Cairo", "EGY", "Cairo", 30.044, 31.236),
                "2025-12", "month", "in December", "future", null, null, null,
                "Egypt and Hamas agreed on a ceasefire in Cairo in December.", 1, 10, 70, "agreed", 0.8);
        return result(bucket, key, List.of(agree),
                List.of(new Topic("medtop:11000000", "politics", 0.8, List.of("ceasefire"))));
    }

    private static ExtractionResult result(String bucket, String key, List<Event> events, List<Topic> topics) {
        Article article = new Article(ArticleIds.of(bucket, key), bucket, key, "v1", "ab".repeat(32), 2048,
                "text", "Drone strike near Khan Yunis", "2025-11-30", "en", 300, 12, topics,
                List.of(new ArticleEntity("Israel", "ISR", "MIL", 3)), events.size(), Article.PROCESSED,
                Pipeline.EXTRACTOR_VERSION, null, "document");
        return new ExtractionResult(article, events);
    }
}
