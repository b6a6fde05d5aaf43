package io.articleingest.pipeline.extract.stage.coref;

import io.articleingest.pipeline.extract.AnnotatedSentence;
import io.articleingest.pipeline.extract.Mention;
import io.articleingest.pipeline.knowledge.Knowledge;
import io.articleingest.pipeline.knowledge.Lexeme;
import io.articleingest.pipeline.knowledge.PhraseIndex;
import io.articleingest.pipeline.knowledge.WordClass;
import io.articleingest.pipeline.model.EntityRef;
import io.articleingest.pipeline.text.Token;
import java.util.Comparator;
import java.util.List;

/**
 * "The group said", "the agency warned", "the council condemned": a definite description whose
 * head is an organisation noun continues, in this order, the organisation named so far whose name
 * has that noun ("the council" after "the Security Council"), an organisation named earlier in the
 * same sentence ("Houthi spokesman Yahya Saree said the group …"), or the last one named.
 */
final class DefiniteDescriptionSieve implements Sieve {

    private final Knowledge knowledge;

    DefiniteDescriptionSieve(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public String id() {
        return "definite-description";
    }

    @Override
    public void resolve(AnnotatedSentence sentence, List<Mention> mentions, Discourse discourse) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!knowledge.lexicon().is(WordClass.DEFINITE_ARTICLES, tokens.get(i).norm())) {
                continue;
            }
            int head = isHead(tokens.get(i + 1)) ? i + 1
                    : i + 2 < tokens.size() && isHead(tokens.get(i + 2)) && !tokens.get(i + 1).isCapitalised()
                    && !knowledge.placeNouns.contains(tokens.get(i + 1).norm()) ? i + 2 : -1; // not "the village council"
            if (head < 0) {
                continue;
            }
            int from = i;
            int to = head + 1;
            if (mentions.stream().anyMatch(m -> m.start() < to && from < m.end() && !"SECTOR".equals(m.kind())
                    && !m.isPronoun())) {
                continue; // a name: "the Islamic Resistance Movement"
            }
            EntityRef org = discourse.entities.organisationNamed(tokens.get(head).norm());
            if (org == null) {
                org = organisationBefore(tokens, i);
            }
            if (org == null) {
                org = discourse.lastOrganisation;
            }
            if (org == null) {
                continue;
            }
            mentions.removeIf(m -> m.start() < to && from < m.end());
            mentions.add(new Mention(from, to, new EntityRef(sentence.words(from, to), org.name(), org.country(),
                    org.sector()), null, "ORG", id()));
        }
        mentions.sort(Comparator.comparingInt(Mention::start));
    }

    private boolean isHead(Token t) {
        return knowledge.organisationHeads.contains(t.norm());
    }

    /**
     * The organisation of the dictionary named last before token {@code before}, even inside a
     * longer name ("Hamas official Bassem Naim"), capitalised ("who" is not WHO), not a news outlet.
     */
    EntityRef organisationBefore(List<Token> tokens, int before) {
        for (int k = before - 1; k >= 0; k--) {
            for (PhraseIndex.Match<Lexeme> m : knowledge.entities().phrases.matchesAt(tokens, k)) {
                Lexeme l = m.value();
                if (m.end() <= before && "ORG".equals(l.kind()) && tokens.get(k).isCapitalised()
                        && knowledge.entities().organisationNames.contains(l.name()) && !"CVL".equals(l.sector())
                        && !"JRN".equals(l.sector())) {
                    return new EntityRef(null, l.name(), l.country(), l.sector());
                }
            }
        }
        return null;
    }
}
