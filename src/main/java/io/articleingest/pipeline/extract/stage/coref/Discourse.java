package io.articleingest.pipeline.extract.stage.coref;

import io.articleingest.pipeline.extract.ArticleEntities;
import io.articleingest.pipeline.model.EntityRef;
import java.util.HashMap;
import java.util.Map;

/** What the sentences before the current one established, for the sieves to resolve against. */
final class Discourse {
    final ArticleEntities entities;
    /** the last person named with a state or group: whom "the Politburo member" continues */
    EntityRef lastPerson;
    /** the last organisation named: whom "the group" continues when its name does not say */
    EntityRef lastOrganisation;
    /** people whose group an apposition gave ("Gazi Hamad, a member of Hamas"), by name */
    final Map<String, EntityRef> peopleWithGroups = new HashMap<>();

    Discourse(ArticleEntities entities) {
        this.entities = entities;
    }
}
