package io.articleingest.pipeline.extract;

import io.articleingest.pipeline.model.ArticleEntity;
import io.articleingest.pipeline.model.ContextEvidence;
import io.articleingest.pipeline.model.Event;
import io.articleingest.pipeline.model.Location;
import io.articleingest.pipeline.text.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * One article as the extraction stages see it: the body and its typed layers (sentences, tokens
 * with tags, mentions, clauses, attributions, triggers, event drafts, events). Reading a layer no
 * stage has added yet fails at once, naming the layer.
 */
public final class AnnotatedArticle {

    private final String articleId;
    private final String body;
    private final BiPredicate<Integer, Integer> heading;
    private final LocalDate published;
    private final ContextEvidence contexts;
    private final Set<Layer> layers = EnumSet.noneOf(Layer.class);
    /** the layers the running stage is adding: it may read what it has written so far */
    private final Set<Layer> inProgress = EnumSet.noneOf(Layer.class);
    private final List<AnnotatedSentence> sentences = new ArrayList<>();
    private final List<Draft> drafts = new ArrayList<>();
    private final List<Draft> dropped = new ArrayList<>();
    private ArticleEntities entities;
    private Location talksPlace;
    private Location datelineCountry;
    private LocalDate storyDay;
    private List<Event> events = List.of();

    /**
     * @param heading  whether a span of the body [start, end) is a headline or section title
     * @param contexts PLOVER contexts of stretches of the body, from the topic classifier
     */
    public AnnotatedArticle(String articleId, String body, BiPredicate<Integer, Integer> heading, LocalDate published,
                            ContextEvidence contexts) {
        this.articleId = articleId;
        this.body = body;
        this.heading = heading;
        this.published = published;
        this.contexts = contexts;
    }

    /** An article of plain text with no headings, no publication date and no contexts: for stage tests. */
    public static AnnotatedArticle of(String body) {
        return new AnnotatedArticle("t", body, (s, e) -> false, null, ContextEvidence.NONE);
    }

    public String articleId() {
        return articleId;
    }

    public String body() {
        return body;
    }

    public boolean isHeading(int start, int end) {
        return heading.test(start, end);
    }

    /** The publication date relative dates resolve against, or null. */
    public LocalDate published() {
        return published;
    }

    public ContextEvidence contexts() {
        return contexts;
    }

    public boolean has(Layer layer) {
        return layers.contains(layer);
    }

    void require(Layer layer) {
        if (!layers.contains(layer) && !inProgress.contains(layer)) {
            throw new IllegalStateException("layer " + layer + " has not been annotated yet; have " + layers);
        }
    }

    void begin(Set<Layer> provided) {
        inProgress.addAll(provided);
    }

    void added(Set<Layer> provided) {
        inProgress.removeAll(provided);
        layers.addAll(provided);
    }

    public List<AnnotatedSentence> sentences() {
        require(Layer.SENTENCES);
        return sentences;
    }

    public void addSentence(Sentence s) {
        sentences.add(new AnnotatedSentence(this, s));
    }

    public ArticleEntities entities() {
        require(Layer.COREFERENCE);
        return entities;
    }

    public void setEntities(ArticleEntities value) {
        entities = value;
    }

    /** Where the article says its talks are held (the last place it gave them), or null. */
    public Location talksPlace() {
        require(Layer.PLACES);
        return talksPlace;
    }

    public void setTalksPlace(Location value) {
        talksPlace = value;
    }

    /** The country of the dateline the article is filed under ("DHAKA, Bangladesh —"), or null. */
    public Location datelineCountry() {
        require(Layer.PLACES);
        return datelineCountry;
    }

    public void setDatelineCountry(Location value) {
        datelineCountry = value;
    }

    /**
     * The day the story tells its time from: the day in its dateline when it was filed in the week
     * before publication ("GOMA, Nov 26 (Wire) -"), else the publication date; null when neither is known.
     */
    public LocalDate storyDay() {
        require(Layer.DATES);
        return storyDay;
    }

    public void setStoryDay(LocalDate value) {
        storyDay = value;
    }

    /** The event drafts in sentence order; stages add, change, merge and remove them. */
    public List<Draft> drafts() {
        require(Layer.ARGUMENTS);
        return drafts;
    }

    /** Drafts a recoding found to report nothing, kept for the explanation. */
    public List<Draft> dropped() {
        return dropped;
    }

    public List<Event> events() {
        require(Layer.EVENTS);
        return events;
    }

    public void setEvents(List<Event> value) {
        events = List.copyOf(value);
    }

    public List<ArticleEntity> entityList() {
        return entities == null ? List.of() : entities.list();
    }
}
