package io.articleingest.pipeline.extract.stage.coref;

import io.articleingest.pipeline.extract.AnnotatedArticle;
import io.articleingest.pipeline.extract.AnnotatedSentence;
import io.articleingest.pipeline.extract.ArticleEntities;
import io.articleingest.pipeline.extract.Layer;
import io.articleingest.pipeline.extract.Mention;
import io.articleingest.pipeline.extract.Stage;
import io.articleingest.pipeline.extract.Syntax;
import io.articleingest.pipeline.knowledge.Knowledge;
import io.articleingest.pipeline.model.EntityRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Resolves mentions that continue earlier ones, sentence by sentence, with ordered sieves: a
 * person's group from an apposition (and wherever the name comes back), roles ("the Politburo
 * member"), definite descriptions ("the group", "the council"), pairs ("the two sides"). Pronouns are resolved later, once
 * the speakers are known ({@link PronounResolution}). Counts the resolved mentions into the
 * article's entities.
 */
public final class Coreference implements Stage {

    private final Knowledge knowledge;
    private final DefiniteDescriptionSieve descriptions;
    private final List<Sieve> sieves;
    private final Syntax syntax;

    public Coreference(Knowledge knowledge) {
        this.knowledge = knowledge;
        this.descriptions = new DefiniteDescriptionSieve(knowledge);
        this.syntax = new Syntax(knowledge.lexicon());
        this.sieves = List.of(new AppositionSieve(), new AffiliationSieve(knowledge.lexicon()), new RoleSieve(knowledge.lexicon()),
                descriptions, new PairSieve(knowledge));
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.MENTIONS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.COREFERENCE);
    }

    @Override
    public void annotate(AnnotatedArticle article) {
        ArticleEntities entities = new ArticleEntities(knowledge.plover, knowledge.entities().organisationNames,
                knowledge.entities().countryPlaces);
        Discourse discourse = new Discourse(entities);
        for (AnnotatedSentence s : article.sentences()) {
            List<Mention> mentions = new ArrayList<>(s.mentions());
            for (Sieve sieve : sieves) {
                sieve.resolve(s, mentions, discourse);
            }
            s.setMentions(mentions);
            List<EntityRef> joined = PairSieve.joinedBefore(s, s.mentions(), s.tokens().size());
            if (joined != null) {
                discourse.firstOfPair = joined.get(0);
                discourse.secondOfPair = joined.get(1);
            }
            for (Mention m : s.mentions()) {
                if (m.isActor() && !m.isPerson() && entities.isContinuable(m.actor())) {
                    discourse.lastOrganisation = m.actor();
                }
                if (m.isActor() && m.isPerson() && m.actor().country() != null) {
                    discourse.lastPerson = m.actor();
                }
                if (m.isActor()) {
                    Discourse.addParty(discourse.parties, m.actor());
                }
                entities.count(s, m, m.isActor() && "SEAT".equals(m.kind()) && !syntax.isLocative(s.tokens(), m.start()));
            }
            EntityRef named = descriptions.organisationBefore(s.tokens(), s.tokens().size());
            if (named != null) {
                discourse.lastOrganisation = named; // "Hamas official Bassem Naim said": Hamas, inside a name
            }
        }
        article.setEntities(entities);
    }
}
