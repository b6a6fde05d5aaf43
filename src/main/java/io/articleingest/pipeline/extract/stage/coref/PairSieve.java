package io.articleingest.pipeline.extract.stage.coref;

import io.articleingest.pipeline.extract.AnnotatedSentence;
import io.articleingest.pipeline.extract.Cues;
import io.articleingest.pipeline.extract.Mention;
import io.articleingest.pipeline.knowledge.Knowledge;
import io.articleingest.pipeline.knowledge.PhraseIndex;
import io.articleingest.pipeline.model.EntityRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * "The two sides agreed", "both countries signed": a phrase of {@code cues.yaml}'s {@code pairPhrases}
 * continues the last two parties named together ("the government and the opposition will resume talks"),
 * else the last two named, and stands for both: its mention is the first of them (the earlier one,
 * usually the subject of "X and Y met"), and the sentence keeps the second as its partner, which an
 * act the phrase does or suffers takes too. With no two parties named before it, it is still someone: the parties
 * of an agreement or a clash, whose states the text does not give.
 */
final class PairSieve implements Sieve {

    private final Knowledge knowledge;

    PairSieve(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    /**
     * The last two actors named together, "X and Y" (or "X's Y and Z"), before token {@code before}
     * of the sentence, or null.
     */
    static List<EntityRef> joinedBefore(AnnotatedSentence s, List<Mention> mentions, int before) {
        List<EntityRef> pair = null;
        for (int k = 1; k < mentions.size(); k++) {
            Mention a = mentions.get(k - 1);
            Mention b = mentions.get(k);
            if (b.end() <= before && a.isActor() && b.isActor() && b.start() == a.end() + 1
                    && s.tokens().get(a.end()).norm().equals("and")) {
                pair = List.of(a.actor(), b.actor());
            }
        }
        return pair;
    }

    @Override
    public String id() {
        return "pair";
    }

    @Override
    public void resolve(AnnotatedSentence sentence, List<Mention> mentions, Discourse discourse) {
        int from = 0;
        PhraseIndex.Match<String> pair;
        while ((pair = Cues.first(knowledge, sentence.tokens(), from, sentence.tokens().size(), "pairPhrases")) != null) {
            int start = pair.start();
            int end = pair.end();
            from = end;
            if (mentions.stream().anyMatch(m -> m.start() < end && start < m.end() && m.actor() != null && m.actor().country() != null)) {
                continue; // "the two Koreas": named
            }
            List<EntityRef> parties = new ArrayList<>(discourse.parties);
            mentions.stream().filter(m -> m.isActor() && m.end() <= start).forEach(m -> Discourse.addParty(parties, m.actor()));
            String text = sentence.words(start, end);
            List<EntityRef> joined = joinedBefore(sentence, mentions, start);
            List<EntityRef> pairNamed = joined != null ? joined : discourse.firstOfPair != null
                    ? List.of(discourse.firstOfPair, discourse.secondOfPair)
                    : parties.size() >= 2 ? parties.subList(parties.size() - 2, parties.size()) : null;
            EntityRef first = pairNamed == null ? null : pairNamed.get(0);
            EntityRef who = first != null ? new EntityRef(text, first.name(), first.country(), first.sector())
                    : new EntityRef(text, text, null, null);
            if (pairNamed != null && !Objects.equals(pairNamed.get(1).name(), first.name())) {
                EntityRef second = pairNamed.get(1);
                sentence.setPairPartner(who, new EntityRef(text, second.name(), second.country(), second.sector()));
            }
            mentions.removeIf(m -> m.start() < end && start < m.end());
            mentions.add(new Mention(start, end, who, null, "SECTOR", first != null ? id() : null));
        }
        mentions.sort(Comparator.comparingInt(Mention::start));
    }
}
