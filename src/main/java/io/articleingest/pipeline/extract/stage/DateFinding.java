package io.articleingest.pipeline.extract.stage;

import io.articleingest.pipeline.extract.AnnotatedArticle;
import io.articleingest.pipeline.extract.AnnotatedSentence;
import io.articleingest.pipeline.extract.Attribution;
import io.articleingest.pipeline.extract.Cues;
import io.articleingest.pipeline.extract.Draft;
import io.articleingest.pipeline.extract.Layer;
import io.articleingest.pipeline.extract.Scopes;
import io.articleingest.pipeline.extract.Stage;
import io.articleingest.pipeline.knowledge.Knowledge;
import io.articleingest.pipeline.text.DateResolver;
import io.articleingest.pipeline.text.Token;
import io.articleingest.pipeline.text.Tokenizer;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * The date of each act: the date expression in the trigger's stretch of the sentence (from its
 * main clause, or what was said, to the next trigger or the speech frame after it; the first date
 * from the trigger on, else the first before it), resolved against the publication date ({@code date-in-sentence}),
 * else the first date earlier in its main clause ({@code date-earlier-in-the-sentence});
 * a planned act's weekday is the next one, and so is a weekday something is scheduled for. An act dated well before publication is historical
 * ({@code dated-long-ago}), one dated after publication is to come ({@code dated-after-publication}). With no date given, an act that happened is dated on the day of
 * publication ({@code publication-date}), unless an earlier sentence dated an act that happened: a
 * story's time holds until it names another ({@code date-of-the-scene}). "Since October 2023" starts a running count, it does
 * not date the act, nor does the day in a dateline ("BAMAKO, March 4 (Wire) -"), which is when the
 * story was filed: a story filed in the week before publication resolves its weekdays, and dates its
 * undated acts, from that day ({@code publication-date} then means the filing day).
 */
public final class DateFinding implements Stage {

    private static final String SCENE = "date-of-the-scene";
    /** how far before publication a dated act is history rather than news */
    private static final int NEWS_DAYS = 45;
    /** how many words before a date the phrase that schedules it may take ("scheduled for") */
    private static final int SCHEDULE_WORDS = 3;
    /** the first sentences where a dateline may stand (after a headline) */
    private static final int DATELINE_SENTENCES = 3;
    /** how many days before publication a dateline's day may lie */
    private static final int FILING_DAYS = 7;

    private final Knowledge knowledge;
    private final DateResolver dates;

    public DateFinding(Knowledge knowledge) {
        this.knowledge = knowledge;
        this.dates = new DateResolver(knowledge.lexicon());
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.STATUS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.DATES);
    }

    @Override
    public void annotate(AnnotatedArticle article) {
        // "KANO, Nigeria, Nov 26 (Wire) -": a story filed before it was published tells its "Tuesday"
        // and its undated acts from the day it was filed
        LocalDate storyDay = filingDate(article);
        article.setStoryDay(storyDay);
        List<Draft> drafts = article.drafts();
        DateResolver.Resolved scene = null; // the last date an earlier sentence gave an act that happened
        DateResolver.Resolved sentenceScene = null;
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (i > 0 && drafts.get(i - 1).sentence != d.sentence && sentenceScene != null) {
                scene = sentenceScene;
                sentenceScene = null;
            }
            DateResolver.Resolved date = dateOfStretch(d, storyDay);
            String rule = "date-in-sentence";
            if (date == null) {
                date = dateEarlierInTheClause(d, storyDay);
                rule = "date-earlier-in-the-sentence";
            }
            if (date == null) {
                date = dateOfTheJoinedAct(drafts, i, storyDay);
                rule = "date-of-the-joined-act";
            }
            if (date == null && scene != null && d.status.equals("occurred")) {
                // "Police fired tear gas on Saturday. … Security forces detained 100 activists": a story's
                // time holds until it names another, as its place does
                date = scene;
                rule = SCENE;
            }
            if (date != null) {
                d.date = date.date();
                d.datePrecision = date.precision();
                // a date the sentence does not write has no text: later stages read the act as undated by its sentence
                d.dateText = rule.equals(SCENE) ? null : date.text();
                d.because("date", rule, date.text());
                if (d.status.equals("occurred") && storyDay != null && lastDay(date.date()).isBefore(storyDay.minusDays(NEWS_DAYS))) {
                    d.status = "historical";
                    d.because("status", "dated-long-ago", date.text());
                }
                if (d.status.equals("occurred") && storyDay != null && firstDay(date.date()).isAfter(storyDay)) {
                    d.status = "future"; // "called a general strike for Tuesday": the strike is to come
                    d.because("status", "dated-after-publication", date.text());
                }
                if (d.status.equals("occurred") && !date.precision().equals("year")) {
                    sentenceScene = date; // a year ("this year") is a count's span, no scene's time
                }
            } else if (storyDay != null && !d.status.equals("future") && !d.status.equals("hypothetical")) {
                datedOnPublication(d, storyDay);
            }
        }
    }

    /**
     * The day in the dateline of one of the first sentences, when it lies in the week up to
     * publication; else the publication date.
     */
    private LocalDate filingDate(AnnotatedArticle article) {
        LocalDate published = article.published();
        if (published == null) {
            return null;
        }
        for (AnnotatedSentence s : article.sentences().subList(0, Math.min(DATELINE_SENTENCES, article.sentences().size()))) {
            int end = NamePieces.datelineEnd(s.tokens());
            if (end == 0) {
                continue;
            }
            DateResolver.Resolved day = dates.resolve(s.words(0, end), published, false);
            if (day == null || !day.precision().equals("day")) {
                return published;
            }
            LocalDate filed = LocalDate.parse(day.date());
            return filed.isAfter(published) || filed.isBefore(published.minusDays(FILING_DAYS)) ? published : filed;
        }
        return published;
    }

    /**
     * The date in the trigger's stretch: the first one from the trigger on ("rejected the plan on
     * Friday and attacked a base on Saturday": the attack is Saturday's), else the first one before
     * it. A speech frame after the trigger dates the saying, not the act ("… killed seven
     * soldiers, a spokesman said Thursday").
     */
    private DateResolver.Resolved dateOfStretch(Draft d, LocalDate published) {
        List<Token> tokens = d.sentence.tokens();
        int windowEnd = Scopes.windowEnd(d);
        Attribution frame = d.sentence.attribution();
        if (frame != null && frame.speechStart() >= d.hit.end() && frame.speechStart() < windowEnd) {
            windowEnd = frame.speechStart();
        }
        int from = tokens.get(Math.max(NamePieces.datelineEnd(tokens), Math.min(Scopes.dateStart(d), d.hit.start()))).start();
        int at = tokens.get(d.hit.start()).start();
        int to = windowEnd < tokens.size() ? tokens.get(windowEnd).start() : d.sentence.sentence().end();
        boolean future = d.status.equals("future");
        DateResolver.Resolved after = dated(text(d, at, to), published, future, false);
        return after != null ? after : dated(text(d, from, at), published, future, true);
    }

    /**
     * A date earlier in the trigger's main clause dates an act of it that has none of its own, even
     * past other acts: the clause tells one scene. "Last week, the government expelled two aid workers
     * whom it accused of spying"; "crowds marched on Saturday, demanding a vote, as police fired tear gas".
     */
    private DateResolver.Resolved dateEarlierInTheClause(Draft d, LocalDate published) {
        List<Token> tokens = d.sentence.tokens();
        int start = Math.max(NamePieces.datelineEnd(tokens), Scopes.pastRelativeClauses(d, Scopes.mainClauseStart(d)));
        if (start >= d.hit.start()) {
            return null;
        }
        return dated(text(d, tokens.get(start).start(), tokens.get(d.hit.start()).start()), published, d.status.equals("future"), true);
    }

    /**
     * An act with no date of its own shares the date of the act joined to it by "and" with no
     * subject of its own: "police fired tear gas and detained 40 people on Tuesday" — one subject,
     * one scene, and the date closes the pair.
     */
    private DateResolver.Resolved dateOfTheJoinedAct(List<Draft> drafts, int i, LocalDate published) {
        Draft d = drafts.get(i);
        int next = Scopes.windowEnd(d);
        List<Token> tokens = d.sentence.tokens();
        if (next >= tokens.size() || !tokens.get(next - 1).norm().equals("and")) {
            return null;
        }
        // drafts come in reading order: the joined act is among the later ones of the same sentence
        for (int j = i + 1; j < drafts.size() && drafts.get(j).sentence == d.sentence; j++) {
            Draft joined = drafts.get(j);
            if (joined.hit.start() == next && joined.status.equals(d.status)) {
                return dateOfStretch(joined, published);
            }
        }
        return null;
    }

    /** The date in a stretch, unless it starts a running count ("killed since October 2023"). */
    private DateResolver.Resolved dated(String stretch, LocalDate published, boolean future, boolean nearestTheEnd) {
        DateResolver.Resolved date = dates.resolve(stretch, published, future, nearestTheEnd);
        if (date == null) {
            return null;
        }
        int at = nearestTheEnd ? stretch.lastIndexOf(date.text()) : stretch.indexOf(date.text());
        String before = (at > 0 ? stretch.substring(0, at) : "") + date.text();
        List<Token> words = Tokenizer.tokenize(before, 0);
        int dateWords = Tokenizer.tokenize(date.text(), 0).size();
        int first = Math.max(0, words.size() - dateWords - 1);
        String after = stretch.substring(Math.min(stretch.length(), at + date.text().length()));
        boolean possessive = after.startsWith("'s") || after.startsWith("’s");
        if (!future && (Cues.any(knowledge, words, Math.max(0, first - SCHEDULE_WORDS), first + 1, "scheduledFor")
                || !possessive && Cues.any(knowledge, words, first, first + 1, "scheduledJustBefore"))) {
            return dated(stretch, published, true, nearestTheEnd); // "talks scheduled for Tuesday", "a strike for Tuesday": the coming one
        }
        return Cues.any(knowledge, words, first, first + 2, "backgroundClause") ? null : date;
    }

    private static String text(Draft d, int from, int to) {
        int offset = d.sentence.sentence().start();
        return d.sentence.text().substring(from - offset, Math.max(from, to) - offset);
    }

    /** The first day of a date, a month or a year. */
    private static LocalDate firstDay(String date) {
        return switch (date.length()) {
            case 4 -> Year.parse(date).atDay(1);
            case 7 -> YearMonth.parse(date).atDay(1);
            default -> LocalDate.parse(date);
        };
    }

    /** The last day of a date, a month ("2026-10": late last month is still news) or a year. */
    private static LocalDate lastDay(String date) {
        return switch (date.length()) {
            case 4 -> Year.parse(date).atMonth(12).atEndOfMonth();
            case 7 -> YearMonth.parse(date).atEndOfMonth();
            default -> LocalDate.parse(date);
        };
    }

    /** An act the text gives no date for is dated on the day it is reported. */
    public static void datedOnPublication(Draft d, LocalDate published) {
        d.date = published.toString();
        d.datePrecision = "day";
        d.because("date", "publication-date", "");
    }
}
