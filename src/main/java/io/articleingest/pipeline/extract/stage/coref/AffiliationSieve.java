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
            if (!role.isActor() || !"SECTOR".equals(role.kind()) || role.actor().country() != null
                    || !words.is(WordClass.AFFILIATION_HEADS, tokens.get(role.end() - 1).norm())) {
                continue;
            }
            Mention group = affiliation(tokens, mentions, role.end());
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
