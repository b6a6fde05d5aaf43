package io.articleingest.pipeline.extract.stage;

import io.articleingest.pipeline.extract.AnnotatedArticle;
import io.articleingest.pipeline.extract.AnnotatedSentence;
import io.articleingest.pipeline.extract.Attribution;
import io.articleingest.pipeline.extract.Layer;
import io.articleingest.pipeline.extract.Mention;
import io.articleingest.pipeline.extract.Stage;
import io.articleingest.pipeline.extract.Syntax;
import io.articleingest.pipeline.knowledge.Knowledge;
import io.articleingest.pipeline.knowledge.Lexicon;
import io.articleingest.pipeline.knowledge.PhraseIndex;
import io.articleingest.pipeline.knowledge.WordClass;
import io.articleingest.pipeline.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Who says so in each sentence, and the words of the speech frame (which are not part of the
 * reported act): "according to X" ({@code speech-phrase}); "X said", "X, who …, said" and "X told
 * Reuters" ({@code speaker-before-verb}); "…, saying" and "… and said", where the sentence's
 * subject speaks ({@code subject-speaks}); "…, said Hamas official X" ({@code speaker-after-verb});
 * a quotation that goes on from the sentence before ({@code quotation-continues}). A speaker that is
 * a pronoun ("he said") is resolved later, with the other pronouns.
 */
public final class AttributionFinding implements Stage {

    /** how far before a speech verb its speaker may end: "Hamas spokesman Hazem Qassem said" */
    private static final int SPEAKER_REACH = 8;
    /** what may stand between a speaker and its verb: "also", "on Friday", "last week", "has" */
    private static final Set<String> SPEAKER_TO_VERB_TAGS = Set.of("ADV", "ADP", "NUM", "DET", "AUX", "PART", "ADJ");
    /** how far after a speech phrase ("according to") or a fronted verb ("…, said") the speaker may start */
    private static final int SOURCE_REACH = 6;

    private final Knowledge knowledge;
    private final Lexicon words;
    private final Syntax syntax;

    public AttributionFinding(Knowledge knowledge) {
        this.knowledge = knowledge;
        this.words = knowledge.lexicon();
        this.syntax = new Syntax(words);
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.COREFERENCE, Layer.CLAUSES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.ATTRIBUTIONS);
    }

    @Override
    public void annotate(AnnotatedArticle article) {
        Attribution lastQuote = null;
        for (AnnotatedSentence s : article.sentences()) {
            Attribution a = find(s);
            if (a == null && lastQuote != null && opensWithQuote(s.text())) {
                // "“Israel cannot accept that.”" after "…,” Netanyahu said.": the quote goes on
                a = new Attribution(lastQuote.source(), 0, 0, null, "quotation-continues");
            }
            s.setAttribution(a);
            lastQuote = a != null && (s.text().indexOf('”') >= 0 || s.text().indexOf('"') >= 0) ? a : null;
        }
    }

    private static boolean opensWithQuote(String sentence) {
        return sentence.startsWith("“") || sentence.startsWith("\"");
    }

    private Attribution find(AnnotatedSentence s) {
        List<Token> tokens = s.tokens();
        List<Mention> mentions = s.mentions();
        for (int i = 0; i < tokens.size(); i++) {
            for (PhraseIndex.Match<String> cue : knowledge.cues.matchesAt(tokens, i)) {
                if (cue.value().equals("speechPhrases")) {
                    Mention after = firstFrom(mentions, cue.end(), cue.end() + SOURCE_REACH);
                    if (after != null) {
                        return attribution(after, cue.start(), after.end(), "speech-phrase");
                    }
                }
            }
            Token t = tokens.get(i);
            if (!t.isVerb() || !words.is(WordClass.SPEECH_VERBS, t)) {
                continue; // "Arab states", "the reports": nouns say nothing
            }
            Attribution a = speakerOf(s, i);
            if (a != null) {
                return a;
            }
        }
        return null;
    }

    private Attribution speakerOf(AnnotatedSentence s, int verb) {
        List<Token> tokens = s.tokens();
        List<Mention> mentions = s.mentions();
        String before = verb > 0 ? tokens.get(verb - 1).norm() : "";
        int end = verb + 1;
        if (tokens.get(verb).verbForm() == Token.VerbForm.GERUND && before.equals(",") || words.is(WordClass.COORDINATORS, before)) {
            // "…, saying", "accused Israel … and said": the sentence's subject speaks
            Mention subject = syntax.firstSubject(s, 0, verb, true);
            return subject == null ? null : attribution(subject, verb, end, "subject-speaks");
        }
        int speakerEnd = verb;
        if (before.equals(",")) {
            // "Sources in Hamas, who are close to the talks, said": the relative clause is skipped
            for (int k = verb - 2; k > 0; k--) {
                if (tokens.get(k).norm().equals(",")) {
                    speakerEnd = k;
                    break;
                }
            }
        }
        Mention speaker = lastBefore(mentions, speakerEnd, speakerEnd - SPEAKER_REACH);
        if (speaker != null && !nextToVerb(tokens, speaker.end(), speakerEnd)) {
            speaker = null; // "fishermen off the coast of Gaza City, witnesses said": not the fishermen
        }
        Mention apposed = speakerEnd == verb ? apposedSpeaker(s, verb) : null;
        if (apposed != null) {
            speaker = apposed; // "Ali Salem, a senior member of the council said": Ali Salem, not the council
        }
        if (speaker != null) {
            if (words.is(WordClass.ADDRESSEE_VERBS, tokens.get(verb))) {
                Mention told = firstFrom(mentions, end, end + 1);
                end = told != null ? told.end() : end; // "told Al Mayadeen that …": the one told is no actor
            }
            return attribution(speaker, coordinatedStart(s, speaker), end, "speaker-before-verb");
        }
        Mention after = firstFrom(mentions, end, end + SOURCE_REACH - 1);
        if (after != null && verb > 0 && Set.of(",", "”", "\"").contains(before)
                && !words.is(WordClass.ADDRESSEE_VERBS, tokens.get(verb))) { // "…, told Al Jazeera": the one told
            return attribution(after, verb, after.end(), "speaker-after-verb"); // "…, said Hamas official X"
        }
        return null;
    }

    /**
     * Where the speakers joined to {@code speaker} by "and" or "or" start: "police and residents
     * said" is one frame, whose first speaker is no one acted on.
     */
    private int coordinatedStart(AnnotatedSentence s, Mention speaker) {
        List<Mention> mentions = s.mentions();
        int start = speaker.start();
        for (int i = mentions.indexOf(speaker) - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (!m.isActor() || m.end() != start - 1 || !words.is(WordClass.COORDINATORS, s.tokens().get(m.end()).norm())) {
                break;
            }
            start = m.start();
        }
        return start;
    }

    /**
     * The speaker is the noun phrase before the verb: between them only adverbs and a time phrase
     * may stand ("Hamas also said", "Israel on Friday said"), not another noun or verb.
     */
    private boolean nextToVerb(List<Token> tokens, int speakerEnd, int verb) {
        boolean inPhrase = false; // inside a prepositional phrase that modifies the speaker: "the ministry of finance"
        boolean head = true; // the rest of the speaker's noun phrase: "a British maritime agency"
        for (int k = speakerEnd; k < verb; k++) {
            Token t = tokens.get(k);
            head &= t.hasTag("NOUN") || t.hasTag("ADJ");
            if (head) {
                continue;
            }
            boolean timeWord = words.is(WordClass.WEEKDAYS, t.norm()) || words.is(WordClass.MONTHS, t.norm())
                    || words.is(WordClass.TIME_NOUNS, t.norm());
            boolean modifier = k == speakerEnd && t.isVerb() && t.verbForm() != Token.VerbForm.THIRD_PERSON
                    && t.verbForm() != Token.VerbForm.BASE; // "the agency working in Darfur said"
            inPhrase |= t.hasTag("ADP");
            boolean phraseWord = inPhrase && (t.isNoun() || t.hasTag("PRON"));
            boolean bracket = t.norm().equals("(") || t.norm().equals(")"); // "the Refugee Council (RC) said"
            if (!timeWord && !modifier && !phraseWord && !bracket && !SPEAKER_TO_VERB_TAGS.contains(t.tag())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The person named before an apposition that runs up to the speech verb with no closing comma: "Ali
     * Salem, a senior member of the "Supreme Council" said". The apposition holds no verb and opens
     * with a role ("member", "spokesman") or an actor's sector word; a group before the comma is the
     * end of what was said ("… a monitoring mission, a U.N. spokeswoman said").
     */
    private Mention apposedSpeaker(AnnotatedSentence s, int verb) {
        List<Token> tokens = s.tokens();
        for (int k = verb - 2; k > 0 && k >= verb - 2 * SPEAKER_REACH; k--) {
            Token t = tokens.get(k);
            if (t.isVerb() || words.is(WordClass.CLAUSE_BREAKS, t.norm())) {
                return null;
            }
            if (!t.norm().equals(",")) {
                continue;
            }
            int comma = k;
            int skipped = comma + 1;
            while (skipped < verb && (tokens.get(skipped).hasTag("DET") || tokens.get(skipped).hasTag("ADJ"))) {
                skipped++; // "a senior", "the deputy"
            }
            int role = skipped;
            boolean opensWithRole = role < verb && (words.is(WordClass.PERSON_ROLES, tokens.get(role).norm())
                    || s.mentions().stream().anyMatch(m -> m.isActor() && m.start() == role && "SECTOR".equals(m.kind())));
            if (!opensWithRole) {
                return null;
            }
            return s.mentions().stream().filter(m -> m.isActor() && m.end() == comma
                    && (m.isPerson() || "NAME".equals(m.kind()))).findFirst().orElse(null); // "…, a U.N. spokesman said"
        }
        return null;
    }

    private static Attribution attribution(Mention speaker, int start, int end, String rule) {
        return new Attribution(speaker.isPronoun() ? null : speaker.actor(), start, end, speaker, rule);
    }

    private static Mention firstFrom(List<Mention> mentions, int from, int to) {
        for (Mention m : mentions) {
            if ((m.isActor() || m.isPronoun()) && m.start() >= from && m.start() <= to) {
                return m;
            }
        }
        return null;
    }

    private static Mention lastBefore(List<Mention> mentions, int before, int notBefore) {
        Mention last = null;
        for (Mention m : mentions) {
            if ((m.isActor() || m.isPronoun()) && m.end() <= before && m.end() >= notBefore) {
                last = m;
            }
        }
        return last;
    }
}
