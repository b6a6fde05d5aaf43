package io.articleingest.pipeline.extract.stage;

import io.articleingest.pipeline.extract.AnnotatedArticle;
import io.articleingest.pipeline.extract.Draft;
import io.articleingest.pipeline.extract.Layer;
import io.articleingest.pipeline.extract.Stage;
import io.articleingest.pipeline.extract.TriggerHit.Form;
import io.articleingest.pipeline.knowledge.Plover;
import io.articleingest.pipeline.model.Event;
import io.articleingest.pipeline.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The contract's events: each draft with its quad class and score (PLOVER), the contexts the
 * classifier found in its sentence, and a confidence that grows with what the sentence itself says
 * — an actor, a recipient, a verb rather than a noun, a place, an actor in the trigger's own
 * clause — and shrinks when the recipient is only the story's other side.
 */
public final class EventAssembly implements Stage {

    private final Plover plover;

    public EventAssembly(Plover plover) {
        this.plover = plover;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.STORY_DEFAULTS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.EVENTS);
    }

    @Override
    public void annotate(AnnotatedArticle article) {
        List<Event> events = new ArrayList<>();
        for (Draft d : article.drafts()) {
            Sentence s = d.sentence.sentence();
            String id = article.articleId() + "#" + String.format("%03d", events.size() + 1);
            events.add(new Event(id, article.articleId(), d.type, List.copyOf(d.modes),
                    article.contexts().within(s.start(), s.end()), plover.quadClass(d.type), plover.score(d.type, d.modes),
                    d.actors, d.recipients, d.location, d.date, d.datePrecision, d.dateText, d.status, d.fatalities,
                    d.injuries, d.attribution, s.text(), s.index(), s.start(), s.end(), d.trigger(), confidence(d)));
        }
        article.setEvents(events);
    }

    static double confidence(Draft d) {
        boolean ownClause = d.hit.form() != Form.PASSIVE && d.hit.form() != Form.PARTICIPLE;
        double c = 0.45 + (d.actors.isEmpty() ? 0 : 0.2) + (d.recipients.isEmpty() ? 0 : 0.1)
                + (d.hit.form() == Form.NOUN ? 0 : 0.1) + (d.location == null ? 0 : 0.05) + (ownClause ? 0.05 : 0)
                - (d.recipientFromStory ? 0.1 : 0);
        return Math.round(Math.max(0.4, Math.min(0.95, c)) * 100) / 100.0;
    }
}
