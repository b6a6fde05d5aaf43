package io.articleingest.pipeline.extract.stage.coref;

import io.articleingest.pipeline.extract.AnnotatedSentence;
import io.articleingest.pipeline.extract.Mention;
import io.articleingest.pipeline.knowledge.Lexicon;
import io.articleingest.pipeline.knowledge.WordClass;
import io.articleingest.pipeline.model.EntityRef;
import io.articleingest.pipeline.text.Token;
import java.util.Comparator;
import java.util.List;

/**
 * "The leader of the main opposition party", "a spokesman for the ruling party", "the foreign minister
 * of Egypt": a role word of {@code lexicon.yaml}'s {@code affiliationHeads} followed by "of" or "for"
 * and, past at most a few determiners and adjectives, an actor, is that actor's: it takes its state,
 * and its sector when it has one (a leader of the opposition is the opposition, not the government).
 * "The Arakan Army said its fighters …", "Russia said its troops …": a group's role after "its" or
 * "their" is the organisation or state named last before it in the sentence.
 */
final class AffiliationSieve implements Sieve {

    /** how many determiners and adjectives may stand between "of" and the actor ("of the main") */
    private static final int MODIFIERS = 3;

    private final Lexicon words;

    AffiliationSieve(Lexicon words) {
        this.words = words;
    }

    @Override
    public String id() {
        return "affiliation";
    }

    @Override
    public void resolve(AnnotatedSentence sentence, List<Mention> mentions, Discourse discourse) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < mentions.size(); i++) {
            Mention role = mentions.get(i);
            if (!role.isActor() || !"SECTOR".equals(role.kind()) || role.actor().country() != null) {
                continue;
            }
            if (role.start() > 0 && words.is(WordClass.GROUP_POSSESSIVES, tokens.get(role.start() - 1).norm())) {
                Mention owner = possessor(mentions, i);
                if (owner != null) {
                    EntityRef of = owner.actor();
                    String sector = "ORG".equals(owner.kind()) && of.sector() != null ? of.sector() : role.actor().sector();
                    mentions.set(i, new Mention(role.start(), role.end(), new EntityRef(role.actor().text(), of.name(),
                            of.country(), sector), null, role.kind(), id()));
                }
                continue;
            }
            Mention group = words.is(WordClass.AFFILIATION_HEADS, tokens.get(role.end() - 1).norm())
                    ? affiliation(tokens, mentions, role.end()) : null;
            if (group == null) {
                continue;
            }
            EntityRef of = group.actor();
            String sector = of.sector() != null ? of.sector() : role.actor().sector();
            mentions.set(i, new Mention(role.start(), group.end(), new EntityRef(sentence.words(role.start(), group.end()),
                    of.name(), of.country(), sector), null, role.kind(), id()));
            mentions.remove(group);
        }
        mentions.sort(Comparator.comparingInt(Mention::start));
    }

    /** The organisation or state named last before mention {@code i}: whose "its fighters" are. */
    private static Mention possessor(List<Mention> mentions, int i) {
        for (int k = i - 1; k >= 0; k--) {
            Mention m = mentions.get(k);
            if (m.isActor() && ("ORG".equals(m.kind()) || "COUNTRY".equals(m.kind()))) {
                return m;
            }
        }
        return null;
    }

    /** The actor after "of" or "for" at token {@code at}, past a few determiners and adjectives, or null. */
    private Mention affiliation(List<Token> tokens, List<Mention> mentions, int at) {
        if (at >= tokens.size() || !words.is(WordClass.AFFILIATION_LINKS, tokens.get(at).norm())) {
            return null;
        }
        int start = at + 1;
        while (start < tokens.size() && start - at <= MODIFIERS
                && (tokens.get(start).hasTag("DET") || tokens.get(start).hasTag("ADJ"))) {
            start++;
        }
        int first = start;
        return mentions.stream().filter(m -> m.start() >= at + 1 && m.start() <= first && m.isActor()).findFirst().orElse(null);
    }
}
