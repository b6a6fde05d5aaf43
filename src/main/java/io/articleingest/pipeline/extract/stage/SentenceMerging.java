package io.articleingest.pipeline.extract.stage;

import io.articleingest.pipeline.extract.AnnotatedArticle;
import io.articleingest.pipeline.extract.Draft;
import io.articleingest.pipeline.extract.Layer;
import io.articleingest.pipeline.extract.Stage;
import io.articleingest.pipeline.knowledge.Plover;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One event per act in a sentence: a second trigger of the same type adds detail to the first
 * ("carried out strikes …, targeting …") rather than a duplicate — unless the type is one two
 * sides commit against each other and each trigger has its own actor ("the army struck a depot
 * after militants fired on troops", "Hamas freed four hostages and Israel released 200
 * prisoners"), or one side acts twice through different subjects ("bulldozers demolished houses,
 * and gunboats opened fire on fishermen").
 */
public final class SentenceMerging implements Stage {

    private final Plover plover;

    public SentenceMerging(Plover plover) {
        this.plover = plover;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.RECODED);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.MERGED);
    }

    @Override
    public void annotate(AnnotatedArticle article) {
        List<Draft> merged = new ArrayList<>();
        List<Draft> sentence = new ArrayList<>();
        for (Draft d : article.drafts()) {
            if (!sentence.isEmpty() && sentence.get(0).sentence != d.sentence) {
                sentence.clear();
            }
            Draft same = sameAct(sentence, d);
            if (same == null) {
                sentence.add(d);
                merged.add(d);
            } else {
                same.absorb(d);
            }
        }
        article.drafts().clear();
        article.drafts().addAll(merged);
    }

    /** The earlier draft of the sentence that reports the same act as {@code d}, or null. */
    private Draft sameAct(List<Draft> sentence, Draft d) {
        Draft first = sentence.stream().filter(o -> o.type.equals(d.type)).findFirst().orElse(null);
        if (first == null || !plover.isTwoSided(d.type) || !first.ownSubject || !d.ownSubject) {
            return first;
        }
        return sentence.stream().filter(o -> o.type.equals(d.type) && o.ownSubject
                && Objects.equals(o.actors.get(0).country(), d.actors.get(0).country())
                && Objects.equals(o.actors.get(0).text(), d.actors.get(0).text())).findFirst().orElse(null);
    }
}
