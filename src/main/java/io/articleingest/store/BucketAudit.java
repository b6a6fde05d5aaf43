package io.articleingest.store;

import static io.articleingest.store.ExtractionItems.BUCKET_SHARD;
import static io.articleingest.store.ExtractionItems.OBJECT_ETAG;
import static io.articleingest.store.ExtractionItems.OBJECT_LAST_MODIFIED;
import static io.articleingest.store.ExtractionItems.STORE_STATE;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Compares a bucket with the article records, without a Scan: the objects come from S3's
 * listing, the records from the ArticlesByBucket index (16 Queries per bucket, one per shard),
 * both in UTF-8 key order, merged page by page — memory stays flat however large the bucket.
 * An object without a record is MISSING; a record for another state of its object (or a write
 * that never completed) is STALE; a record whose object is gone is ORPHANED.
 */
public final class BucketAudit {

    public enum Finding { MISSING, STALE, ORPHANED }

    public record Problem(String key, Finding finding, String detail) {
    }

    /**
     * @param objects objects the function ingests (keys the template routes to it)
     * @param records article records of the bucket
     */
    public record Report(String bucket, long objects, long records, List<Problem> problems) {
        public long count(Finding finding) {
            return problems.stream().filter(p -> p.finding() == finding).count();
        }

        public long upToDate() {
            return objects - count(Finding.MISSING) - count(Finding.STALE);
        }
    }

    /** What the index holds of one article record. */
    private record Record(String key, String articleId, String eTag, String lastModified, String storeState) {
    }

    private static final Comparator<String> UTF8_ORDER = (a, b) -> Arrays.compareUnsigned(
            a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

    private final S3Client s3;
    private final DynamoDbClient dynamo;
    private final String articlesTable;
    private final String eventsTable;
    private final Predicate<String> ingested;

    /** @param ingested which keys the function ingests (the template's suffix filters) */
    public BucketAudit(S3Client s3, DynamoDbClient dynamo, String articlesTable, String eventsTable,
                       Predicate<String> ingested) {
        this.s3 = s3;
        this.dynamo = dynamo;
        this.articlesTable = articlesTable;
        this.eventsTable = eventsTable;
        this.ingested = ingested;
    }

    /**
     * @param deep also count each article's event items against its {@code eventCount} (one
     *             Query per article: for a thorough check after an outage, not for every run)
     */
    public Report run(String bucket, boolean deep) {
        Iterator<S3Object> objects = s3.listObjectsV2Paginator(r -> r.bucket(bucket)).contents().stream()
                .filter(o -> ingested.test(o.key())).iterator();
        Iterator<Record> records = records(bucket);
        List<Problem> problems = new ArrayList<>();
        long objectCount = 0;
        long recordCount = 0;
        S3Object object = next(objects);
        Record record = next(records);
        while (object != null || record != null) {
            int order = object == null ? 1 : record == null ? -1 : UTF8_ORDER.compare(object.key(), record.key());
            if (order < 0) {
                problems.add(new Problem(object.key(), Finding.MISSING, "no article record"));
            } else if (order > 0) {
                problems.add(new Problem(record.key(), Finding.ORPHANED, "the object is gone"));
            } else {
                String stale = staleness(object, record, deep);
                if (stale != null) {
                    problems.add(new Problem(object.key(), Finding.STALE, stale));
                }
            }
            if (order <= 0) {
                objectCount++;
                object = next(objects);
            }
            if (order >= 0) {
                recordCount++;
                record = next(records);
            }
        }
        return new Report(bucket, objectCount, recordCount, problems);
    }

    /** Why the record does not describe the object as it is now; null when it does. */
    private String staleness(S3Object object, Record record, boolean deep) {
        if (!ExtractionItems.COMPLETE.equals(record.storeState())) {
            return "its write never completed (" + record.storeState() + ")";
        }
        String eTag = object.eTag() == null ? null : object.eTag().replace("\"", "");
        boolean sameSecond = record.lastModified() != null && object.lastModified() != null
                && Instant.parse(record.lastModified()).getEpochSecond() == object.lastModified().getEpochSecond();
        if (!String.valueOf(eTag).equals(record.eTag()) || !sameSecond) {
            return "records describe ETag " + record.eTag() + " of " + record.lastModified() + ", S3 holds " + eTag
                    + " of " + object.lastModified();
        }
        if (deep) {
            Map<String, AttributeValue> article = dynamo.getItem(r -> r.tableName(articlesTable).consistentRead(true)
                    .key(ExtractionItems.articleKey(record.articleId())).projectionExpression("eventCount")).item();
            int expected = Item.intOrZero(article, "eventCount");
            int stored = dynamo.queryPaginator(r -> r.tableName(eventsTable).consistentRead(true).select(Select.COUNT)
                    .keyConditionExpression("articleId = :id AND begins_with(sk, :events)")
                    .expressionAttributeValues(Map.of(":id", AttributeValue.fromS(record.articleId()),
                            ":events", AttributeValue.fromS(ExtractionItems.EVENT_PREFIX))))
                    .stream().mapToInt(p -> p.count()).sum();
            if (stored != expected) {
                return stored + " event items, the article counts " + expected;
            }
        }
        return null;
    }

    /** The bucket's article records in UTF-8 key order: the 16 shards of the index, merged. */
    private Iterator<Record> records(String bucket) {
        List<Iterator<Record>> shards = new ArrayList<>();
        for (char shard : ExtractionItems.SHARDS.toCharArray()) {
            shards.add(dynamo.queryPaginator(r -> r.tableName(articlesTable).indexName("ArticlesByBucket")
                    .keyConditionExpression("#shard = :shard")
                    .expressionAttributeNames(Map.of("#shard", BUCKET_SHARD))
                    .expressionAttributeValues(Map.of(":shard", AttributeValue.fromS(bucket + "#" + shard))))
                    .items().stream().map(i -> new Record(Item.s(i, "key"), Item.s(i, ExtractionItems.ARTICLE_ID),
                            Item.s(i, OBJECT_ETAG), Item.s(i, OBJECT_LAST_MODIFIED), Item.s(i, STORE_STATE)))
                    .iterator());
        }
        record Head(Record record, Iterator<Record> rest) {
        }
        PriorityQueue<Head> heads = new PriorityQueue<>((a, b) -> UTF8_ORDER.compare(a.record().key(), b.record().key()));
        shards.stream().filter(Iterator::hasNext).forEach(s -> heads.add(new Head(s.next(), s)));
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !heads.isEmpty();
            }

            @Override
            public Record next() {
                Head head = heads.poll();
                if (head.rest().hasNext()) {
                    heads.add(new Head(head.rest().next(), head.rest()));
                }
                return head.record();
            }
        };
    }

    private static <T> T next(Iterator<T> it) {
        return it.hasNext() ? it.next() : null;
    }
}
