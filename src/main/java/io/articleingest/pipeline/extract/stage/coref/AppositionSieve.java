package io.articleingest.pipeline.extract.stage.coref;

import io.articleingest.pipeline.extract.AnnotatedSentence;
import io.articleingest.pipeline.extract.Mention;
import io.articleingest.pipeline.model.EntityRef;
import java.util.List;

/**
 * "Gazi Hamad, a member of Hamas's Politburo": a person named without a group takes the group
 * named in the apposition after the comma (up to its closing comma, within eight words), and
 * keeps it wherever the name (or its surname) comes back.
 */
final class AppositionSieve implements Sieve {

    private static final int REACH = 8;

    @Override
    public String id() {
        return "apposition";
    }

    @Override
    public void resolve(AnnotatedSentence sentence, List<Mention> mentions, Discourse discourse) {
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (!m.isPerson() || m.actor() == null) {
                continue;
            }
            EntityRef known = discourse.peopleWithGroups.get(m.actor().name());
            if (m.actor().country() == null && known != null) {
                mentions.set(i, m.resolvedTo(withText(known, m.actor().text()), "names-seen-before"));
                continue;
            }
            if (m.actor().country() != null || m.end() >= sentence.tokens().size()
                    || !sentence.tokens().get(m.end()).norm().equals(",")) {
                continue;
            }
            int appositionEnd = appositionEnd(sentence, m.end() + 1);
            for (int j = i + 1; j < mentions.size() && mentions.get(j).start() < appositionEnd; j++) {
                EntityRef group = mentions.get(j).actor();
                if (group != null && group.country() != null && !mentions.get(j).isPronoun()) {
                    EntityRef person = new EntityRef(m.actor().text(), m.actor().name(), group.country(), group.sector());
                    mentions.set(i, m.resolvedTo(person, id()));
                    discourse.peopleWithGroups.putIfAbsent(person.name(), person);
                    break;
                }
            }
        }
    }

    /** The apposition runs to its closing comma (or a verb), at most {@link #REACH} words: "Reagen Kyaviro, a survivor, told …". */
    private static int appositionEnd(AnnotatedSentence s, int from) {
        int limit = Math.min(s.tokens().size(), from + REACH);
        for (int k = from; k < limit; k++) {
            if (s.tokens().get(k).norm().equals(",") || s.tokens().get(k).isVerb()) {
                return k;
            }
        }
        return limit;
    }

    static EntityRef withText(EntityRef e, String text) {
        return new EntityRef(text, e.name(), e.country(), e.sector());
    }
}
