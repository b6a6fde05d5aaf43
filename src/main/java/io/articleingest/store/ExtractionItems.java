package io.articleingest.store;

import io.articleingest.pipeline.model.Article;
import io.articleingest.pipeline.model.ArticleEntity;
import io.articleingest.pipeline.model.EntityRef;
import io.articleingest.pipeline.model.ExtractionResult;
import io.articleingest.pipeline.model.Event;
import io.articleingest.pipeline.model.Location;
import io.articleingest.pipeline.model.Topic;
import io.articleingest.store.ObjectSource.ObjectInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The DynamoDB items of one stored extraction (layout: README, "Data model"). Articles table:
 * the article item and one index item per assigned topic. Events table: one item per event and
 * index items per actor and place value. Every item carries the sequencer of the S3 event that
 * wrote it; event and index items carry the object key and title of their article, so that a
 * GSI query or the console reads on its own. Each table also keeps a catalog of the periods
 * (months, years) it holds dates in, so that a query without dates knows where the data is.
 */
public final class ExtractionItems {

    public static final String ARTICLE_ID = "articleId";
    public static final String SORT_KEY = "sk";
    public static final String ARTICLE_SK = "ARTICLE";
    public static final String TOPIC_PREFIX = "TOPIC#";
    public static final String EVENT_PREFIX = "EVENT#";
    public static final String ACTOR_PREFIX = "ACTOR#";
    public static final String PLACE_PREFIX = "PLACE#";
    public static final String SEQUENCER = "sequencer";
    public static final String STORE_STATE = "storeState";
    public static final String OBJECT_STATE = "objectState";
    public static final String OBJECT_ETAG = "objectETag";
    public static final String OBJECT_LAST_MODIFIED = "objectLastModified";
    public static final String BUCKET_SHARD = "bucketShard";
    /** Hex digits of article ids: the shards of ArticlesByBucket. */
    public static final String SHARDS = "0123456789abcdef";
    /** The article item is written first with this state; its events and index items follow, then COMPLETE. */
    public static final String WRITING = "WRITING";
    /** Set once all items of the article are written; a duplicate event finding it changes nothing. */
    public static final String COMPLETE = "COMPLETE";
    /** Set by an audit that found the records damaged: the next delivery rewrites them. */
    public static final String STALE = "STALE";

    /**
     * Topics at least this likely are indexed in ArticlesByTopic: the score at which the
     * classifier counts a topic as assigned (topics.yaml {@code assignThreshold}, measured by
     * eval-topics). It scores every top-level topic; indexing them all would list every article
     * under every topic.
     */
    public static final double TOPIC_INDEX_MIN_SCORE = 0.3;

    /** How many evidence terms each topic keeps on the article item (strongest first). */
    public static final int TOPIC_EVIDENCE_KEPT = 3;
    /** Partition of the period catalog, in both tables: no article id has this shape. */
    public static final String CATALOG_ID = "#PERIODS";
    public static final String PERIOD_PREFIX = "PERIOD#";

    /** An ISO date of day, month or year precision, possibly followed by a time. */
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)(?:T.*)?");

    private ExtractionItems() {
    }

    public static Map<String, AttributeValue> articleKey(String articleId) {
        return key(articleId, ARTICLE_SK);
    }

    public static Map<String, AttributeValue> key(String articleId, String sortKey) {
        return Map.of(ARTICLE_ID, AttributeValue.fromS(articleId), SORT_KEY, AttributeValue.fromS(sortKey));
    }

    // ---- articles table ----------------------------------------------------------------------

    /** Every item of one stored extraction, within {@link Bounds}: what {@code save} writes. */
    public record ArticleItems(Map<String, AttributeValue> article, List<Map<String, AttributeValue>> topics,
                               List<Map<String, AttributeValue>> events) {
    }

    /**
     * The items of an extraction of {@code object}: events in text order until the caps on events
     * and items per article, texts and lists cut to the bounds; the article item says what was cut.
     */
    public static ArticleItems items(ExtractionResult result, ObjectInfo object, String sequencer, Instant ingestedAt) {
        List<Map<String, AttributeValue>> eventItems = new ArrayList<>();
        // event and index items repeat the article's key and title: cut as the article item's are
        Article source = Bounds.article(result.article(), result.events().size(), new ArrayList<>());
        int storedEvents = 0;
        for (Event e : result.events()) {
            List<Map<String, AttributeValue>> items = eventItems(Bounds.event(e), source, sequencer, ingestedAt);
            if (storedEvents == Bounds.MAX_EVENTS_PER_ARTICLE
                    || eventItems.size() + items.size() > Bounds.MAX_ITEMS_PER_ARTICLE) {
                break;
            }
            eventItems.addAll(items);
            storedEvents++;
        }
        List<String> truncated = new ArrayList<>();
        Article article = Bounds.article(result.article(), storedEvents, truncated);
        return new ArticleItems(articleItem(article, object, sequencer, ingestedAt, WRITING, truncated),
                topicItems(article, sequencer, ingestedAt), eventItems);
    }

    /**
     * @param object    the state of the S3 object the article was extracted from: kept so that a
     *                  later delivery or an audit sees whether the records still match S3
     * @param truncated what {@link Bounds} cut, for the reader ("events: 1000 of 42844 stored")
     */
    public static Map<String, AttributeValue> articleItem(Article a, ObjectInfo object, String sequencer,
                                                          Instant ingestedAt, String storeState, List<String> truncated) {
        return Item.create()
                .s(ARTICLE_ID, a.articleId()).s(SORT_KEY, ARTICLE_SK)
                .s("bucket", a.bucket()).s("key", a.key()).s("objectUri", objectUri(a.bucket(), a.key()))
                .s(BUCKET_SHARD, bucketShard(a.bucket(), a.articleId()))
                .s("versionId", a.versionId()).s("contentSha256", a.contentSha256()).n("sizeBytes", a.sizeBytes())
                .s("format", a.format()).s("title", a.title()).s("publishedAt", a.publishedAt())
                .s("publishedSource", a.publishedSource()).s("language", a.language())
                .n("wordCount", a.wordCount()).n("sentenceCount", a.sentenceCount())
                .list("topics", a.topics().stream().filter(t -> t.score() > 0).toList(), t -> topic(t).asAttribute())
                .list("entities", a.entities(), e -> Item.create().s("name", e.name()).s("country", e.country())
                        .s("sector", e.sector()).n("mentions", e.mentions()).asAttribute())
                .n("eventCount", a.eventCount()).s("status", a.status()).s("extractorVersion", a.extractorVersion())
                .s("rejectionReason", a.rejectionReason())
                .list("truncated", truncated == null || truncated.isEmpty() ? null : truncated, AttributeValue::fromS)
                .s(OBJECT_STATE, object == null ? null : object.state())
                .s(OBJECT_ETAG, object == null ? null : object.eTag())
                .s(OBJECT_LAST_MODIFIED, object == null || object.lastModified() == null ? null
                        : object.lastModified().toString())
                .s(SEQUENCER, sequencer).s("ingestedAt", ingestedAt.toString()).s(STORE_STATE, storeState)
                .build();
    }

    /**
     * Key of the ArticlesByBucket index: the bucket and one of 16 shards (the article id's first
     * hex digit), so that listing a bucket's articles is 16 Queries and no bucket is one hot
     * index partition.
     */
    public static String bucketShard(String bucket, String articleId) {
        return (bucket == null ? "" : bucket) + "#" + articleId.charAt(0);
    }

    /** Key of ArticlesByObject: the article of bucket/key without computing its id. */
    public static String objectUri(String bucket, String key) {
        return "s3://" + (bucket == null ? "" : bucket) + "/" + key;
    }

    public static List<Map<String, AttributeValue>> topicItems(Article a, String sequencer, Instant ingestedAt) {
        String published = filingDate(a.publishedAt(), null, ingestedAt);
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (Topic t : a.topics()) {
            if (t.code() != null && t.score() >= TOPIC_INDEX_MIN_SCORE) {
                items.add(Item.create()
                        .s(ARTICLE_ID, a.articleId()).s(SORT_KEY, TOPIC_PREFIX + t.code())
                        .s("topicMonth", t.code() + "#" + period(published)).s("publishedDate", published)
                        .s("code", t.code()).s("label", t.label()).n("score", t.score())
                        .s("title", a.title()).s("bucket", a.bucket()).s("key", a.key())
                        .s(SEQUENCER, sequencer).build());
            }
        }
        return items;
    }

    /**
     * A topic as the article item keeps it, short enough to read in the console: code, label, score
     * rounded to 3 decimals, and for an assigned topic its strongest {@value #TOPIC_EVIDENCE_KEPT}
     * evidence terms. (Topics scored 0, no term of theirs in the article, are not stored.)
     */
    private static Item topic(Topic t) {
        return Item.create().s("code", t.code()).s("label", t.label())
                .n("score", Math.round(t.score() * 1000) / 1000.0)
                .strings("evidence", t.score() < TOPIC_INDEX_MIN_SCORE ? null
                        : t.evidence().subList(0, Math.min(TOPIC_EVIDENCE_KEPT, t.evidence().size())));
    }

    public static Article toArticle(Map<String, AttributeValue> item) {
        List<Topic> topics = Item.list(item, "topics", v -> {
            Map<String, AttributeValue> m = v.m();
            return new Topic(Item.s(m, "code"), Item.s(m, "label"), Item.decimalOrZero(m, "score"),
                    Item.list(m, "evidence", AttributeValue::s));
        });
        List<ArticleEntity> entities = Item.list(item, "entities", v -> {
            Map<String, AttributeValue> m = v.m();
            return new ArticleEntity(Item.s(m, "name"), Item.s(m, "country"), Item.s(m, "sector"),
                    Item.intOrZero(m, "mentions"));
        });
        return new Article(Item.s(item, ARTICLE_ID), Item.s(item, "bucket"), Item.s(item, "key"),
                Item.s(item, "versionId"), Item.s(item, "contentSha256"), Long.parseLong(item.get("sizeBytes").n()),
                Item.s(item, "format"), Item.s(item, "title"), Item.s(item, "publishedAt"), Item.s(item, "language"),
                Item.intOrZero(item, "wordCount"), Item.intOrZero(item, "sentenceCount"), topics, entities,
                Item.intOrZero(item, "eventCount"), Item.s(item, "status"), Item.s(item, "extractorVersion"),
                Item.s(item, "rejectionReason"), Item.s(item, "publishedSource"));
    }

    // ---- events table ------------------------------------------------------------------------

    /** The event item followed by its actor and place index items. */
    public static List<Map<String, AttributeValue>> eventItems(Event e, Article a, String sequencer,
                                                               Instant ingestedAt) {
        String eventDate = filingDate(e.date(), a.publishedAt(), ingestedAt);
        String month = period(eventDate);
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        items.add(Item.create()
                .s(ARTICLE_ID, a.articleId()).s(SORT_KEY, EVENT_PREFIX + e.eventId())
                .s("eventId", e.eventId()).s("eventType", e.eventType())
                .s("bucket", a.bucket()).s("key", a.key()).s("title", a.title()).s("publishedAt", a.publishedAt())
                .strings("modes", e.modes()).strings("contexts", e.contexts())
                .n("quadClass", e.quadClass()).n("score", e.score())
                .list("actors", e.actors(), r -> entity(r).asAttribute())
                .list("recipients", e.recipients(), r -> entity(r).asAttribute())
                .map("location", location(e.location()))
                .s("date", e.date()).s("datePrecision", e.datePrecision()).s("dateText", e.dateText())
                .s("status", e.status()).n("fatalities", e.fatalities()).n("injuries", e.injuries())
                .map("attribution", entity(e.attribution()))
                .s("sentence", e.sentence()).n("sentenceIndex", e.sentenceIndex())
                .n("charStart", e.charStart()).n("charEnd", e.charEnd())
                .s("trigger", e.trigger()).n("confidence", e.confidence())
                .s("typeMonth", e.eventType() == null ? null : e.eventType() + "#" + month).s("eventDate", eventDate)
                .s(SEQUENCER, sequencer).build());
        actorRoles(e).forEach((actor, roles) -> items.add(indexItem(e, a, sequencer, eventDate)
                .s(SORT_KEY, ACTOR_PREFIX + actor + "#" + e.eventId())
                .s("actorMonth", actor + "#" + month).strings("roles", List.copyOf(roles)).build()));
        for (String place : placeValues(e.location())) {
            items.add(indexItem(e, a, sequencer, eventDate)
                    .s(SORT_KEY, PLACE_PREFIX + place + "#" + e.eventId())
                    .s("placeMonth", place + "#" + month).map("location", location(e.location())).build());
        }
        return items;
    }

    private static Item indexItem(Event e, Article a, String sequencer, String eventDate) {
        return Item.create().s(ARTICLE_ID, a.articleId()).s("eventId", e.eventId()).s("eventType", e.eventType())
                .n("quadClass", e.quadClass()).s("status", e.status()).s("eventDate", eventDate)
                .s("key", a.key()).s("title", a.title()).s("sentence", e.sentence()).s(SEQUENCER, sequencer);
    }

    /** Index values of the actors and recipients: {@code COUNTRY#ISR}, {@code NAME#israel}, with their roles. */
    private static Map<String, Set<String>> actorRoles(Event e) {
        Map<String, Set<String>> roles = new LinkedHashMap<>();
        e.actors().forEach(r -> entityValues(r).forEach(v -> roles.computeIfAbsent(v, k -> new LinkedHashSet<>())
                .add("actor")));
        e.recipients().forEach(r -> entityValues(r).forEach(v -> roles.computeIfAbsent(v, k -> new LinkedHashSet<>())
                .add("recipient")));
        return roles;
    }

    private static List<String> entityValues(EntityRef r) {
        List<String> values = new ArrayList<>();
        if (r != null && r.country() != null && !r.country().isBlank()) {
            values.add("COUNTRY#" + Bounds.text(r.country()));
        }
        if (r != null && r.name() != null && !r.name().isBlank()) {
            values.add(nameValue(r.name()));
        }
        return values;
    }

    private static Set<String> placeValues(Location l) {
        Set<String> values = new LinkedHashSet<>();
        if (l != null) {
            addIfPresent(values, "NAME#", l.name() == null ? null : Names.fold(l.name()));
            addIfPresent(values, "ADMIN1#", l.admin1() == null ? null : Names.fold(l.admin1()));
            addIfPresent(values, "COUNTRY#", l.country());
        }
        return values;
    }

    /**
     * The index value of a name: folded ({@link Names#fold}), so that a query matches "khan younis",
     * "KHAN YUNIS" or "Khān Yūnis" alike; cut to {@link Bounds} as every index value, so that a
     * query for a long name computes the value that was stored.
     */
    public static String nameValue(String name) {
        return "NAME#" + Bounds.text(Names.fold(name));
    }

    private static void addIfPresent(Set<String> values, String prefix, String value) {
        if (value != null && !value.isBlank()) {
            values.add(prefix + Bounds.text(value));
        }
    }

    private static Item entity(EntityRef r) {
        return r == null ? null : Item.create().s("text", r.text()).s("name", r.name()).s("country", r.country())
                .s("sector", r.sector());
    }

    private static Item location(Location l) {
        return l == null ? null : Item.create().s("text", l.text()).s("name", l.name()).s("country", l.country())
                .s("admin1", l.admin1()).n("lat", l.lat()).n("lon", l.lon());
    }

    public static Event toEvent(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> loc = Item.m(item, "location");
        Location location = loc == null ? null : new Location(Item.s(loc, "text"), Item.s(loc, "name"),
                Item.s(loc, "country"), Item.s(loc, "admin1"), Item.decimal(loc, "lat"), Item.decimal(loc, "lon"));
        return new Event(Item.s(item, "eventId"), Item.s(item, ARTICLE_ID), Item.s(item, "eventType"),
                Item.list(item, "modes", AttributeValue::s), Item.list(item, "contexts", AttributeValue::s),
                Item.intOrZero(item, "quadClass"), Item.decimalOrZero(item, "score"),
                Item.list(item, "actors", v -> toEntity(v.m())), Item.list(item, "recipients", v -> toEntity(v.m())),
                location, Item.s(item, "date"), Item.s(item, "datePrecision"), Item.s(item, "dateText"),
                Item.s(item, "status"), Item.integer(item, "fatalities"), Item.integer(item, "injuries"),
                toEntity(Item.m(item, "attribution")), Item.s(item, "sentence"), Item.intOrZero(item, "sentenceIndex"),
                Item.intOrZero(item, "charStart"), Item.intOrZero(item, "charEnd"), Item.s(item, "trigger"),
                Item.decimalOrZero(item, "confidence"));
    }

    private static EntityRef toEntity(Map<String, AttributeValue> m) {
        return m == null ? null
                : new EntityRef(Item.s(m, "text"), Item.s(m, "name"), Item.s(m, "country"), Item.s(m, "sector"));
    }

    /** A stored event with what the events table keeps of its article. */
    public static StoredEvent toStoredEvent(Map<String, AttributeValue> item) {
        return new StoredEvent(toEvent(item), Item.s(item, "bucket"), Item.s(item, "key"), Item.s(item, "title"),
                Item.s(item, "publishedAt"), Item.s(item, "eventDate"));
    }

    // ---- dates -------------------------------------------------------------------------------

    /** The catalog items of the periods (months or years) the given filing dates fall in. */
    public static List<Map<String, AttributeValue>> periodItems(Collection<String> filingDates) {
        Set<String> periods = new TreeSet<>();
        filingDates.forEach(d -> periods.add(period(d)));
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        periods.forEach(p -> items.add(Item.create().s(ARTICLE_ID, CATALOG_ID).s(SORT_KEY, PERIOD_PREFIX + p)
                .s("period", p).build()));
        return items;
    }

    /**
     * The date an item is filed under in the date-range indexes: its own ISO date (any precision),
     * else the fallback (the article's publication date), else the day it was ingested.
     */
    static String filingDate(String date, String fallback, Instant ingestedAt) {
        for (String candidate : new String[] {date, fallback}) {
            Matcher iso = candidate == null ? null : ISO_DATE.matcher(candidate);
            if (iso != null && iso.matches()) {
                return iso.group(1);
            }
        }
        return LocalDate.ofInstant(ingestedAt, ZoneOffset.UTC).toString();
    }

    /** The month bucket of a filing date ({@code 2025-11}), or its year when only the year is known. */
    static String period(String filingDate) {
        return filingDate.length() >= 7 ? filingDate.substring(0, 7) : filingDate.substring(0, 4);
    }
}
