package io.articleingest.pipeline.extract.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.articleingest.pipeline.extract.Because;
import io.articleingest.pipeline.extract.Draft;
import io.articleingest.pipeline.extract.Stage;
import io.articleingest.pipeline.extract.StageFixture;
import io.articleingest.pipeline.model.EntityRef;
import java.util.List;

/** What the stage tests read of the drafts: the draft of a trigger, and which rule set a field to whom. */
final class Drafts {

    private Drafts() {
    }

    /** The drafts of a text annotated by the standard stages up to and including {@code last}. */
    static List<Draft> upTo(Class<? extends Stage> last, String text) {
        return StageFixture.upTo(last, text).drafts();
    }

    /** The one draft of {@code drafts} whose trigger is written {@code trigger}. */
    static Draft of(List<Draft> drafts, String trigger) {
        List<Draft> found = drafts.stream().filter(d -> d.trigger().equals(trigger)).toList();
        assertEquals(1, found.size(), () -> "drafts of '" + trigger + "' among " + drafts.stream().map(Draft::trigger).toList());
        return found.get(0);
    }

    /** The one draft of {@code trigger} in the text annotated up to {@code last}. */
    static Draft of(Class<? extends Stage> last, String text, String trigger) {
        return of(upTo(last, text), trigger);
    }

    /** The id of the rule that set {@code field}, or null when nothing set it. */
    static String rule(Draft d, String field) {
        Because b = d.why(field);
        return b == null ? null : b.rule();
    }

    /**
     * The rule that set the actors or recipients and whom they name, by state (by sector when
     * they have none): "passive-agent [ISR]"; null when nothing set them.
     */
    static String who(Draft d, String field) {
        List<EntityRef> refs = field.equals("actor") ? d.actors : d.recipients;
        String rule = rule(d, field);
        return rule == null ? null : rule + " " + refs.stream().map(r -> r.country() != null ? r.country() : r.sector()).toList();
    }
}
