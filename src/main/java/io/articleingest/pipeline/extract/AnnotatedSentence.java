package io.articleingest.pipeline.extract;

import io.articleingest.pipeline.model.EntityRef;
import io.articleingest.pipeline.text.Sentence;
import io.articleingest.pipeline.text.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One sentence of an {@link AnnotatedArticle} with the layers the stages have added to it. */
public final class AnnotatedSentence {

    private final AnnotatedArticle article;
    private final Sentence sentence;
    private String cased;
    private List<Token> tokens;
    private List<Mention> mentions;
    private List<Clause> clauses;
    private Attribution attribution;
    private List<TriggerHit> triggers;
    private final Map<EntityRef, EntityRef> pairPartners = new HashMap<>();

    AnnotatedSentence(AnnotatedArticle article, Sentence sentence) {
        this.article = article;
        this.sentence = sentence;
    }

    public Sentence sentence() {
        return sentence;
    }

    public int index() {
        return sentence.index();
    }

    public String text() {
        return sentence.text();
    }

    /** The text with the capitals a lower-cased feed left out restored (the text itself when it has them). */
    public String casedText() {
        article.require(Layer.CASE);
        return cased == null ? sentence.text() : cased;
    }

    /** The same text, letter for letter, with capitals restored. */
    public void setCasedText(String value) {
        if (value.length() != sentence.text().length()) {
            throw new IllegalArgumentException("restoring capitals must keep every offset");
        }
        cased = value;
    }

    public boolean heading() {
        return sentence.heading();
    }

    public int paragraph() {
        return sentence.paragraph();
    }

    public List<Token> tokens() {
        article.require(Layer.TOKENS);
        return tokens;
    }

    public void setTokens(List<Token> value) {
        tokens = List.copyOf(value);
    }

    public List<Mention> mentions() {
        article.require(Layer.MENTIONS);
        return mentions;
    }

    /** Mentions sorted by position; coreference and pronoun resolution replace them with resolved ones. */
    public void setMentions(List<Mention> value) {
        mentions = value.stream().sorted(java.util.Comparator.comparingInt(Mention::start)).toList();
    }

    /** The second of the two parties a pair phrase ("the two sides") stands for, given the first; or null. */
    public EntityRef pairPartner(EntityRef first) {
        return pairPartners.get(first);
    }

    /** "The two countries" stands for {@code first}, the mention's actor, and {@code second}. */
    public void setPairPartner(EntityRef first, EntityRef second) {
        pairPartners.put(first, second);
    }

    public List<Clause> clauses() {
        article.require(Layer.CLAUSES);
        return clauses;
    }

    public void setClauses(List<Clause> value) {
        clauses = List.copyOf(value);
    }

    /** The innermost clause that holds token {@code k}. */
    public Clause clauseOf(int k) {
        Clause best = null;
        for (Clause c : clauses()) {
            if (c.contains(k) && (best == null || c.start() >= best.start())) {
                best = c;
            }
        }
        return best;
    }

    /** The clause {@code c} depends on, or null for a main clause. */
    public Clause parentOf(Clause c) {
        return c.parent() < 0 ? null : clauses().get(c.parent());
    }

    /**
     * The clause whose subject and cues bear on token {@code k}: its own, or for an infinitive the
     * clause it completes ("is expected to meet", "failed to return": the cue is before "to").
     */
    public Clause scopeOf(int k) {
        Clause c = clauseOf(k);
        while (c != null && c.kind() == Clause.Kind.INFINITIVE && c.parent() >= 0) {
            c = clauses().get(c.parent());
        }
        return c;
    }

    /** The first token after {@code k} where another clause starts or {@code k}'s clause ends. */
    public int boundaryAfter(int k) {
        Clause own = clauseOf(k);
        int limit = own == null ? tokens.size() : own.end();
        for (Clause c : clauses()) {
            if (c.start() > k && c.end() > c.start()) {
                limit = Math.min(limit, c.opener() > k ? c.opener() : c.start()); // the opener ends it too
            }
        }
        return limit;
    }

    /** Who says so, or null. */
    public Attribution attribution() {
        article.require(Layer.ATTRIBUTIONS);
        return attribution;
    }

    public void setAttribution(Attribution value) {
        attribution = value;
    }

    public List<TriggerHit> triggers() {
        article.require(Layer.TRIGGERS);
        return triggers;
    }

    public void setTriggers(List<TriggerHit> value) {
        triggers = List.copyOf(value);
    }

    /**
     * Whether token {@code k} is inside a quotation ("“…”" or straight quotes), also one opened in an
     * earlier sentence and closed in this one ("The guy turned on me. When I ran, he hit me.”").
     */
    public boolean inQuote(int k) {
        article.require(Layer.TOKENS);
        boolean inside = false;
        int straightBefore = 0;
        for (int j = 0; j < k && j < tokens.size(); j++) {
            String w = tokens.get(j).text();
            if (w.equals("“")) {
                inside = true;
            } else if (w.equals("”")) {
                inside = false;
            } else if (w.equals("\"")) {
                inside = !inside;
                straightBefore++;
            }
        }
        if (inside || straightBefore > 0) {
            return inside;
        }
        for (int j = k; j < tokens.size(); j++) {
            String w = tokens.get(j).text();
            if (w.equals("“")) {
                return false;
            }
            if (w.equals("”")) {
                return true; // a closing mark with no opening one before it
            }
            if (w.equals("\"")) {
                return tokens.stream().filter(t -> t.text().equals("\"")).count() % 2 == 1;
            }
        }
        return false;
    }

    /** The words of tokens [from, to) as written. */
    public String words(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = Math.max(0, from); k < Math.min(to, tokens.size()); k++) {
            Token t = tokens.get(k);
            if (sb.length() > 0 && t.start() > tokens.get(k - 1).end()) {
                sb.append(' ');
            }
            sb.append(t.text());
        }
        return sb.toString();
    }
}
