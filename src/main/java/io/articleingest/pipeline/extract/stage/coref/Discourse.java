package io.articleingest.pipeline.extract.stage.coref;

import io.articleingest.pipeline.extract.ArticleEntities;
import io.articleingest.pipeline.model.EntityRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What the sentences before the current one established, for the sieves to resolve against. */
final class Discourse {
    final ArticleEntities entities;
    /** the last person named with a state or group: whom "the Politburo member" continues */
    EntityRef lastPerson;
    /** the last organisation named: whom "the group" continues when its name does not say */
    EntityRef lastOrganisation;
    /** people whose group an apposition gave ("Omar Saleh, a member of Hamas"), by name */
    final Map<String, EntityRef> peopleWithGroups = new HashMap<>();

    /** the actors with a state named so far, each once, the last named last: whom "the two sides" continues */
    final List<EntityRef> parties = new ArrayList<>();
    /** the first of the last two actors named together ("the government and the opposition"), or null */
    EntityRef firstOfPair;
    /** the second of them */
    EntityRef secondOfPair;

    Discourse(ArticleEntities entities) {
        this.entities = entities;
    }

    /** Adds an actor with a state to the parties, moved to the end when it was named before. */
    static void addParty(List<EntityRef> parties, EntityRef actor) {
        if (actor.country() == null) {
            return;
        }
        parties.removeIf(p -> Objects.equals(p.name(), actor.name()));
        parties.add(actor);
    }
}
