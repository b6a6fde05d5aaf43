package io.articleingest.pipeline.extract.stage.coref;

import io.articleingest.pipeline.extract.AnnotatedSentence;
import io.articleingest.pipeline.extract.Mention;
import io.articleingest.pipeline.knowledge.Lexicon;
import io.articleingest.pipeline.knowledge.WordClass;
import io.articleingest.pipeline.model.EntityRef;
import io.articleingest.pipeline.text.Token;
import java.util.List;

/**
 * "The Politburo member warned", "the minister said": a role with the definite article, at most
 * one capitalised word before it, continues the person last named with a group — unless the
 * phrase names its own state or organisation ("the Israeli minister", "the Hamas official") or an
 * earlier sieve tied it to one ("the spokesman for the party").
 */
final class RoleSieve implements Sieve {

    private final Lexicon words;

    RoleSieve(Lexicon words) {
        this.words = words;
    }

    @Override
    public String id() {
        return "role";
    }

    @Override
    public void resolve(AnnotatedSentence sentence, List<Mention> mentions, Discourse discourse) {
        List<Token> tokens = sentence.tokens();
        EntityRef person = discourse.lastPerson;
        if (person == null || person.country() == null) {
            return;
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!words.is(WordClass.DEFINITE_ARTICLES, tokens.get(i).norm())) {
                continue;
            }
            int role = words.is(WordClass.PERSON_ROLES, tokens.get(i + 1).norm()) ? i + 1
                    : i + 2 < tokens.size() && words.is(WordClass.PERSON_ROLES, tokens.get(i + 2).norm())
                    && tokens.get(i + 1).isCapitalised() ? i + 2 : -1;
            if (role < 0) {
                continue;
            }
            int from = i;
            int to = role + 1;
            boolean named = mentions.stream().anyMatch(m -> m.start() < to && from < m.end() && m.actor() != null
                    && (m.actor().country() != null || m.via() != null || !"SECTOR".equals(m.kind()) && !"ORG".equals(m.kind())));
            if (named) {
                continue;
            }
            mentions.removeIf(m -> m.start() < to && from < m.end());
            mentions.add(new Mention(from, to, new EntityRef(sentence.words(from, to), person.name(), person.country(),
                    person.sector()), null, "PERSON", id()));
        }
        mentions.sort(java.util.Comparator.comparingInt(Mention::start));
    }
}
