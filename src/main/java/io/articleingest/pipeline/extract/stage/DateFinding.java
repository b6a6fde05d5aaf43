package io.articleingest.pipeline.extract.stage;

import io.articleingest.pipeline.extract.AnnotatedArticle;
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
import java.util.List;
import java.util.Set;

/**
 * The date of each act: the date expression in the trigger's stretch of the sentence (from its
 * main clause, or what was said, to the next trigger), resolved against the publication date ({@code date-in-sentence});
 * a planned act's weekday is the next one. An act dated well before publication is historical
 * ({@code dated-long-ago}). With no date given, an act that happened is dated on the day of
 * publication ({@code publication-date}). "Since October 2023" starts a running count, it does
 * not date the act.
 */
public final class DateFinding implements Stage {

    /** how far before publication a dated act is history rather than news */
    private static final int NEWS_DAYS = 45;

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
        LocalDate published = article.published();
        for (Draft d : article.drafts()) {
            List<Token> tokens = d.sentence.tokens();
            int from = tokens.get(Math.min(Scopes.dateStart(d), d.hit.start())).start();
            int windowEnd = Scopes.windowEnd(d);
            int to = windowEnd < tokens.size() ? tokens.get(windowEnd).start() : d.sentence.sentence().end();
            int offset = d.sentence.sentence().start();
            String stretch = d.sentence.text().substring(from - offset, to - offset);
            DateResolver.Resolved date = dates.resolve(stretch, published, d.status.equals("future"));
            if (date != null && Cues.any(knowledge, Tokenizer.tokenize(date.text(), 0), 0, 1, "backgroundClause")) {
                date = null; // "killed since October 2023": the count runs to today, the date starts it
            }
            if (date != null) {
                d.date = date.date();
                d.datePrecision = date.precision();
                d.dateText = date.text();
                d.because("date", "date-in-sentence", date.text());
                if (d.status.equals("occurred") && published != null
                        && date.date().compareTo(published.minusDays(NEWS_DAYS).toString()) < 0) {
                    d.status = "historical";
                    d.because("status", "dated-long-ago", date.text());
                }
            } else if (published != null && !d.status.equals("future") && !d.status.equals("hypothetical")) {
                datedOnPublication(d, published);
            }
        }
    }

    /** An act the text gives no date for is dated on the day it is reported. */
    public static void datedOnPublication(Draft d, LocalDate published) {
        d.date = published.toString();
        d.datePrecision = "day";
        d.because("date", "publication-date", "");
    }
}
