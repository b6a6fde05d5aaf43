package io.articleingest.pipeline.extract.stage.coref;

import io.articleingest.pipeline.extract.AnnotatedArticle;
import io.articleingest.pipeline.extract.AnnotatedSentence;
import io.articleingest.pipeline.extract.Attribution;
import io.articleingest.pipeline.extract.Layer;
import io.articleingest.pipeline.extract.Mention;
import io.articleingest.pipeline.extract.Recent;
import io.articleingest.pipeline.extract.Stage;
import io.articleingest.pipeline.extract.Syntax;
import io.articleingest.pipeline.knowledge.Lexicon;
import io.articleingest.pipeline.knowledge.WordClass;
import io.articleingest.pipeline.model.EntityRef;
import io.articleingest.pipeline.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The last coreference sieve, run once the speakers are known. "I", "we", "our" are the speaker of
 * the words they stand in; a third-person pronoun continues, in this order,
 * the speaker whose words it opens ("Hamas said it will …"), an earlier subject of its sentence of
 * the same kind — a person for "he", a group for "they" — with a state, or the person, the group
 * that last spoke, or the group the previous sentences were about. A speaker that is a pronoun
 * ("he said") is resolved with it. Inside a quotation "he" is never its speaker ("When I ran, he hit
 * me", a survivor said).
 */
public final class PronounResolution implements Stage {

    private final Lexicon words;
    private final Syntax syntax;

    public PronounResolution(Lexicon words) {
        this.words = words;
        this.syntax = new Syntax(words);
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.COREFERENCE, Layer.ATTRIBUTIONS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.PRONOUNS);
    }

    @Override
    public void annotate(AnnotatedArticle article) {
        Recent recent = new Recent();
        for (AnnotatedSentence s : article.sentences()) {
            List<Mention> mentions = new ArrayList<>(s.mentions());
            Attribution frame = s.attribution();
            for (int i = 0; i < mentions.size(); i++) {
                Mention m = mentions.get(i);
                if (!m.isPronoun()) {
                    continue;
                }
                EntityRef antecedent = antecedent(s, mentions, m, frame, recent);
                if (antecedent != null) {
                    Mention resolved = m.resolvedTo(new EntityRef(s.words(m.start(), m.end()), antecedent.name(),
                            antecedent.country(), antecedent.sector()), "pronoun");
                    mentions.set(i, resolved);
                    if (frame != null && frame.speaker() != null && frame.speaker().start() == m.start()) {
                        frame = new Attribution(resolved.actor(), frame.speechStart(), frame.speechEnd(), resolved,
                                frame.rule());
                    }
                }
            }
            s.setMentions(mentions);
            s.setAttribution(frame);
            recent.remember(s);
        }
    }

    private EntityRef antecedent(AnnotatedSentence s, List<Mention> mentions, Mention pronoun, Attribution frame,
                                 Recent recent) {
        List<Token> tokens = s.tokens();
        int k = pronoun.start();
        boolean person = words.is(WordClass.PERSON_PRONOUNS, tokens.get(k).norm());
        EntityRef speaker = frame == null || frame.frames(k) ? null : frame.source();
        if (words.is(WordClass.FIRST_PERSON_PRONOUNS, tokens.get(k).norm())) {
            // "“We will respond,” the minister said"; in a quotation with no frame, the one who last spoke
            boolean singular = words.is(WordClass.SINGULAR_FIRST_PERSON, tokens.get(k).norm());
            return speaker != null || !s.inQuote(k) ? speaker : singular ? recent.person() : recent.speakingGroup();
        }
        EntityRef found = thirdPerson(s, mentions, pronoun, frame, recent, person);
        if (found == null || !s.inQuote(k)) {
            return found;
        }
        // in a quotation "he" is not its speaker: the named one, or, with no frame, the person last
        // named when the quotation speaks in the first person ("When I ran, he hit me")
        boolean firstPerson = mentions.stream().anyMatch(m -> words.is(WordClass.FIRST_PERSON_PRONOUNS,
                tokens.get(m.start()).norm()) && s.inQuote(m.start()));
        EntityRef narrator = speaker != null ? speaker : firstPerson && person ? recent.person() : null;
        return narrator != null && found.name().equals(narrator.name()) ? null : found;
    }

    private EntityRef thirdPerson(AnnotatedSentence s, List<Mention> mentions, Mention pronoun, Attribution frame,
                                  Recent recent, boolean person) {
        List<Token> tokens = s.tokens();
        int k = pronoun.start();
        if (frame != null && frame.source() != null && (frame.speechEnd() == k
                || frame.speechEnd() == k - 1 && words.is(WordClass.THAT_COMPLEMENTIZERS, tokens.get(k - 1).norm()))) {
            return frame.source(); // "Hamas said it will not …"
        }
        for (Mention m : mentions) {
            if (m.start() >= k) {
                break;
            }
            if (m.isActor() && m.isPerson() == person && m.actor().country() != null
                    && !syntax.isPrepositionalObject(tokens, m.start())) {
                return m.actor(); // "Washington imposed sanctions on companies it said …"
            }
        }
        return person ? recent.person() : recent.speakingGroup() != null ? recent.speakingGroup() : recent.group();
    }
}
