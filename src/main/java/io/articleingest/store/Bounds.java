package io.articleingest.store;

import io.articleingest.pipeline.ArticleParser;
import io.articleingest.pipeline.model.Article;
import io.articleingest.pipeline.model.ArticleEntity;
import io.articleingest.pipeline.model.EntityRef;
import io.articleingest.pipeline.model.Event;
import io.articleingest.pipeline.model.Location;
import io.articleingest.pipeline.model.Topic;
import io.articleingest.pipeline.text.WordCut;
import java.util.List;

/**
 * Limits that keep every DynamoDB item of an article far below the 400 KB item limit and the
 * 1 KB / 2 KB key limits, whatever the input: texts are cut at a word with a "…" marker (the full
 * text stays in S3, and events keep their offsets into it), lists keep their first entries.
 * Measured worst cases are in {@code BoundsTest}; the article records what was cut.
 *
 * <p>The caps on events and items per article bound the work of one invocation: an article's
 * items share one partition, which real DynamoDB writes at up to 1 000 items per second, so
 * {@value #MAX_ITEMS_PER_ARTICLE} items (and as many deletes of an older version's) take about
 * 16 s at that rate — well within the function's 120 s timeout.
 */
public final class Bounds {

    /** Events stored per article; the largest accepted files (10 MB) can yield tens of thousands. */
    public static final int MAX_EVENTS_PER_ARTICLE = 1000;
    /** Events-table items (events and their actor/place index items) written per article. */
    public static final int MAX_ITEMS_PER_ARTICLE = 8000;
    /** Evidence sentences; the sentence splitter already cuts runs at 1000 characters. */
    static final int MAX_SENTENCE_CHARS = 2000;
    /** Names, texts of mentions, triggers, date phrases, topic evidence, index key values. */
    static final int MAX_TEXT_CHARS = 200;
    static final int MAX_REASON_CHARS = 1000;
    static final int MAX_ENTITIES = 200;
    static final int MAX_PARTIES = 20;
    static final int MAX_EVIDENCE = 10;
    static final int MAX_TITLE_CHARS = ArticleParser.MAX_TITLE_CHARS;

    private Bounds() {
    }

    static String text(String s) {
        return WordCut.shorten(s, MAX_TEXT_CHARS);
    }

    /** The article's fields and lists cut to the limits; {@code truncated} learns what was cut. */
    static Article article(Article a, int storedEvents, List<String> truncated) {
        if (a.entities().size() > MAX_ENTITIES) {
            truncated.add("entities: " + MAX_ENTITIES + " of " + a.entities().size() + " stored");
        }
        if (storedEvents < a.eventCount()) {
            truncated.add("events: " + storedEvents + " of " + a.eventCount() + " stored (at most "
                    + MAX_EVENTS_PER_ARTICLE + " events and " + MAX_ITEMS_PER_ARTICLE + " items per article)");
        }
        List<Topic> topics = a.topics().stream().map(t -> new Topic(t.code(), text(t.label()), t.score(),
                first(t.evidence(), MAX_EVIDENCE).stream().map(Bounds::text).toList())).toList();
        List<ArticleEntity> entities = first(a.entities(), MAX_ENTITIES).stream().map(e -> new ArticleEntity(
                text(e.name()), text(e.country()), text(e.sector()), e.mentions())).toList();
        return new Article(a.articleId(), a.bucket(), a.key(), a.versionId(), a.contentSha256(), a.sizeBytes(),
                a.format(), WordCut.shorten(a.title(), MAX_TITLE_CHARS), a.publishedAt(), a.language(), a.wordCount(),
                a.sentenceCount(), topics, entities, storedEvents, a.status(), a.extractorVersion(),
                WordCut.shorten(a.rejectionReason(), MAX_REASON_CHARS), a.publishedSource());
    }

    static Event event(Event e) {
        return new Event(e.eventId(), e.articleId(), text(e.eventType()), first(e.modes(), MAX_PARTIES).stream()
                .map(Bounds::text).toList(), first(e.contexts(), MAX_PARTIES).stream().map(Bounds::text).toList(),
                e.quadClass(), e.score(), parties(e.actors()), parties(e.recipients()), location(e.location()), e.date(),
                e.datePrecision(), text(e.dateText()), e.status(), e.fatalities(), e.injuries(), entity(e.attribution()),
                WordCut.shorten(e.sentence(), MAX_SENTENCE_CHARS), e.sentenceIndex(), e.charStart(), e.charEnd(),
                text(e.trigger()), e.confidence());
    }

    private static List<EntityRef> parties(List<EntityRef> parties) {
        return first(parties, MAX_PARTIES).stream().map(Bounds::entity).toList();
    }

    private static EntityRef entity(EntityRef r) {
        return r == null ? null : new EntityRef(text(r.text()), text(r.name()), text(r.country()), text(r.sector()));
    }

    private static Location location(Location l) {
        return l == null ? null : new Location(text(l.text()), text(l.name()), text(l.country()), text(l.admin1()),
                l.lat(), l.lon());
    }

    private static <T> List<T> first(List<T> list, int max) {
        return list.size() <= max ? list : list.subList(0, max);
    }
}
