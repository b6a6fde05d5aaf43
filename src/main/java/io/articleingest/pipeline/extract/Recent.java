package io.articleingest.pipeline.extract;

import io.articleingest.pipeline.model.EntityRef;
import java.util.HashMap;
import java.util.Map;

/**
 * Who the sentences read so far were about, for the stages that resolve a word against the story:
 * the last person, the group a sentence was about, the group that last spoke, the last actor of
 * each sector with a state. A stage calls {@link #remember} after each sentence it has read.
 */
public final class Recent {

    private EntityRef person;
    private EntityRef group;
    private EntityRef speakingGroup;
    private final Map<String, EntityRef> withSector = new HashMap<>();

    public EntityRef person() {
        return person;
    }

    /** The group a recent sentence was about (its first actor, when that is a group with a state). */
    public EntityRef group() {
        return group;
    }

    /** The group that last spoke ("Hamas sources said"): who "they" and "the sources" usually are. */
    public EntityRef speakingGroup() {
        return speakingGroup;
    }

    /** The last actor of {@code sector} with a state: whose "police" or "militants" a new mention is. */
    public EntityRef withSector(String sector) {
        return withSector.get(sector);
    }

    public void remember(AnnotatedSentence s) {
        Attribution a = s.attribution();
        if (a != null && a.source() != null && a.source().country() != null && !"UNK".equals(a.source().sector())) {
            speakingGroup = a.source();
        }
        boolean first = true;
        for (Mention m : s.mentions()) {
            if (!m.isActor()) {
                continue;
            }
            EntityRef actor = m.actor();
            if (m.isPerson()) {
                person = actor;
            } else if (first && actor.country() != null) {
                group = actor; // "they" continues the group a sentence is about, not the last one named
            }
            if (actor.sector() != null && actor.country() != null) {
                withSector.put(actor.sector(), actor);
            }
            first = false;
        }
    }
}
