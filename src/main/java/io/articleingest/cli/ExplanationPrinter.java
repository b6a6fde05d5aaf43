package io.articleingest.cli;

import io.articleingest.pipeline.extract.AnnotatedArticle;
import io.articleingest.pipeline.extract.AnnotatedSentence;
import io.articleingest.pipeline.extract.Because;
import io.articleingest.pipeline.extract.Clause;
import io.articleingest.pipeline.extract.Draft;
import io.articleingest.pipeline.extract.Mention;
import io.articleingest.pipeline.extract.TriggerHit;
import io.articleingest.pipeline.model.EntityRef;
import io.articleingest.pipeline.model.Event;
import io.articleingest.pipeline.text.Token;
import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code extract --explain}: per event, the trigger and the rule (or stage) that chose each field
 * with the words it used; the drafts that a recoding dropped, and why. With
 * {@code --annotations}, every sentence's layers too: tags, clauses, mentions, speaker, triggers.
 */
final class ExplanationPrinter {

    private static final List<String> FIELDS = List.of("type", "actor", "actorState", "recipient", "recipientState",
            "place", "date", "status", "fatalities", "injuries", "modes", "attribution");

    private final PrintStream out;

    ExplanationPrinter(PrintStream out) {
        this.out = out;
    }

    void print(String key, AnnotatedArticle article, List<Event> events) {
        out.printf("== %s: %d sentences, %d events%n", key, article.sentences().size(), events.size());
        List<Draft> drafts = article.drafts();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            Draft d = drafts.get(i);
            out.printf("%n#%d %s, trigger '%s' in sentence %d: %s%n", i + 1, e.eventType(), e.trigger(),
                    e.sentenceIndex(), e.sentence());
            for (String field : FIELDS) {
                Because b = d.why(field);
                if (b != null) {
                    out.printf("   %-15s %-28s <- %s%s%n", field, value(field, e), b.rule(),
                            b.evidence().isEmpty() ? "" : "  '" + b.evidence() + "'");
                }
            }
        }
        for (Draft d : article.dropped()) {
            Because b = d.why("dropped");
            out.printf("%nnot coded: %s, trigger '%s' in sentence %d <- %s%n", d.type, d.trigger(), d.sentence.index(),
                    b == null ? "?" : b.rule());
        }
    }

    private static String value(String field, Event e) {
        return switch (field) {
            case "type" -> e.eventType();
            case "actor", "actorState" -> refs(e.actors());
            case "recipient", "recipientState" -> refs(e.recipients());
            case "place" -> e.location() == null ? "-" : e.location().name();
            case "date" -> e.date() == null ? "-" : e.date();
            case "status" -> e.status();
            case "fatalities" -> String.valueOf(e.fatalities());
            case "injuries" -> String.valueOf(e.injuries());
            case "modes" -> String.join(",", e.modes());
            case "attribution" -> e.attribution() == null ? "-" : ref(e.attribution());
            default -> "";
        };
    }

    private static String refs(List<EntityRef> refs) {
        return refs.isEmpty() ? "-" : refs.stream().map(ExplanationPrinter::ref).collect(Collectors.joining("; "));
    }

    private static String ref(EntityRef r) {
        return r.name() + " (" + (r.country() == null ? "?" : r.country()) + (r.sector() == null ? "" : " " + r.sector()) + ")";
    }

    void printAnnotations(AnnotatedArticle article) {
        for (AnnotatedSentence s : article.sentences()) {
            out.printf("%n[%d]%s %s%n", s.index(), s.heading() ? " (heading)" : "", s.text());
            StringBuilder tags = new StringBuilder("   tags     ");
            for (Token t : s.tokens()) {
                tags.append(t.text()).append('/').append(t.tag()).append(t.lemma().equals(t.norm()) ? "" : "/" + t.lemma())
                        .append(' ');
            }
            out.println(tags.toString().stripTrailing());
            for (Clause c : s.clauses()) {
                if (c.end() > c.start()) {
                    out.printf("   clause   %-11s %s%n", c.kind(), s.words(c.start(), c.end()));
                }
            }
            for (Mention m : s.mentions()) {
                out.printf("   mention  %-11s %s%s%n", m.kind(), s.words(m.start(), m.end()),
                        m.actor() == null ? (m.place() == null ? "" : " = place " + m.place().name())
                                : " = " + ref(m.actor()) + (m.via() == null ? "" : " via " + m.via()));
            }
            if (s.attribution() != null) {
                out.printf("   speaker  %s <- %s%n", s.attribution().source() == null ? "?" : ref(s.attribution().source()),
                        s.attribution().rule());
            }
            for (TriggerHit h : s.triggers()) {
                out.printf("   trigger  %s %s %s %s <- %s%n", s.words(h.start(), h.end()), h.trigger().type(), h.form(),
                        h.role(), h.rule());
            }
        }
    }
}
