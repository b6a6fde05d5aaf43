package io.articleingest.pipeline.extract.stage;

import io.articleingest.pipeline.extract.AnnotatedArticle;
import io.articleingest.pipeline.extract.AnnotatedSentence;
import io.articleingest.pipeline.extract.Attribution;
import io.articleingest.pipeline.extract.Layer;
import io.articleingest.pipeline.extract.Mention;
import io.articleingest.pipeline.extract.Stage;
import io.articleingest.pipeline.extract.Syntax;
import io.articleingest.pipeline.extract.TriggerHit.Form;
import io.articleingest.pipeline.extract.TriggerHit.Role;
import io.articleingest.pipeline.extract.TriggerHit;
import io.articleingest.pipeline.knowledge.Knowledge;
import io.articleingest.pipeline.knowledge.Lexicon;
import io.articleingest.pipeline.knowledge.PhraseIndex;
import io.articleingest.pipeline.knowledge.Trigger;
import io.articleingest.pipeline.knowledge.TriggerDictionary;
import io.articleingest.pipeline.knowledge.WordClass;
import io.articleingest.pipeline.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The phrases of {@code triggers.yaml} in each sentence, longest first, where the tagger agrees
 * with the entry (a verb entry on a verb, a noun entry on a noun in an eventive frame), with their
 * grammatical form and whether they report an event of their own ({@link TriggerRoles} decides).
 * Headings get none: the body reports the same acts.
 */
public final class TriggerFinding implements Stage {

    /** how far before an event noun a light verb may stand: "carried out a series of strikes" */
    private static final int LIGHT_VERB_REACH = 5;
    /** how many content words may stand between an event noun and its verb: "talks involving X and Y resumed" */
    private static final int NOUN_VERB_REACH = 4;
    /** how many words of a noun phrase may stand between a verb and the object that completes it */
    private static final int OBJECT_GAP = 4;
    /** how far the words after a whole object may come: "warned fishing boats off Hodeidah to" */
    private static final int WHOLE_OBJECT_GAP = 8;
    private static final Set<String> OBJECT_GAP_TAGS = Set.of("DET", "ADJ", "NUM", "PROPN", "NOUN", "PRON");
    private static final Set<String> OBJECT_STARTS = Set.of("DET", "ADJ", "NUM", "PROPN", "PRON");

    private final Knowledge knowledge;
    private final Lexicon words;
    private final TriggerRoles roles;
    private final TriggerForms forms;
    private final Syntax syntax;

    public TriggerFinding(Knowledge knowledge) {
        this.knowledge = knowledge;
        this.words = knowledge.lexicon();
        this.roles = new TriggerRoles(knowledge);
        this.forms = new TriggerForms(words);
        this.syntax = new Syntax(words);
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.PRONOUNS, Layer.CLAUSES, Layer.ATTRIBUTIONS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.TRIGGERS);
    }

    @Override
    public void annotate(AnnotatedArticle article) {
        for (AnnotatedSentence s : article.sentences()) {
            s.setTriggers(s.heading() ? List.of() : roles.assign(s, candidates(s)));
        }
    }

    /** Trigger phrases in the sentence, longest first, with their form; roles are decided after. */
    private List<TriggerHit> candidates(AnnotatedSentence s) {
        List<Token> tokens = s.tokens();
        List<TriggerHit> hits = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            TriggerHit best = insideName(s.mentions(), i) ? null : best(s, i);
            if (best == null) {
                i++;
                continue;
            }
            hits.add(best);
            i = best.end();
        }
        return hits;
    }

    /**
     * The longest entry starting at token {@code i} that the tags agree with; failing that, a verb
     * entry on a word the tagger gave a fair chance of being a verb ("rejected/ADJ calls"), or a verb
     * phrase with a verb in it ("troops shot/NOUN dead/VERB").
     */
    private TriggerHit best(AnnotatedSentence s, int i) {
        TriggerHit hit = withObject(s, i);
        if (hit == null) {
            hit = best(s, i, false);
        }
        return hit != null ? hit : best(s, i, true);
    }

    /**
     * A verb completed by its object a few words on, PETRARCH-style: "summoned Niger's ambassador",
     * "signed a ceasefire agreement", "opened heavy fire" — determiners, adjectives, names and
     * possessives may stand between ("sent two of its warships": after a count's "of", as many again),
     * not a clause boundary or another verb. Words written after the object's slot ("warn _ to") follow
     * the whole object, prepositional phrases included: "warned fishing boats off Hodeidah to stay".
     */
    private TriggerHit withObject(AnnotatedSentence s, int i) {
        List<Token> tokens = s.tokens();
        Token verb = tokens.get(i);
        List<TriggerDictionary.ObjectPattern> patterns = verb.couldBeVerb() ? knowledge.triggers().verbObjects.get(verb.norm()) : null;
        if (patterns == null) {
            return null;
        }
        for (TriggerDictionary.ObjectPattern p : patterns) {
            if (p.trigger().needsModeCue() && !hasModeCue(p.trigger(), tokens)) {
                continue;
            }
            int reach = i + 1 + (p.afterObject() ? WHOLE_OBJECT_GAP : OBJECT_GAP);
            for (int k = i + 1; k <= Math.min(tokens.size() - p.objectWords().size(), reach); k++) {
                if (matches(tokens, k, p.objectWords()) && (!p.afterObject() || k > i + 1)) {
                    PhraseIndex.Match<Trigger> m = new PhraseIndex.Match<>(i, k + p.objectWords().size(), p.trigger());
                    return hit(s, m, p.trigger(), forms.of(s, i, m.end(), p.trigger()), "verb-object");
                }
                Token between = tokens.get(k);
                boolean partitive = words.is(WordClass.PARTITIVES, between.norm()) && k > i + 1
                        && (syntax.isCount(tokens.get(k - 1)) || words.is(WordClass.VAGUE_COUNTS, tokens.get(k - 1).norm()));
                if (partitive) {
                    reach = k + 1 + OBJECT_GAP; // "sent two of its warships", "burnt dozens of houses": the object is past the count
                } else if (!OBJECT_GAP_TAGS.contains(between.tag()) && !between.norm().equals("'s") && !between.isCapitalised()
                        && !(p.afterObject() && between.hasTag("ADP"))) {
                    break;
                }
            }
        }
        return null;
    }

    private static boolean matches(List<Token> tokens, int at, List<String> words) {
        for (int j = 0; j < words.size(); j++) {
            if (!tokens.get(at + j).norm().equals(words.get(j))) {
                return false;
            }
        }
        return true;
    }

    private TriggerHit best(AnnotatedSentence s, int i, boolean verbReadings) {
        List<Token> tokens = s.tokens();
        List<PhraseIndex.Match<Trigger>> at = knowledge.triggers().phrases.matchesAt(tokens, i);
        boolean nounHere = !at.isEmpty() && nounUse(tokens, i, at);
        for (PhraseIndex.Match<Trigger> m : at) {
            Trigger t = m.value();
            if (t.needsModeCue() && !hasModeCue(t, tokens)) {
                continue; // "pledged" is aid only when aid is named; another reading may fit
            }
            if (t.reportedSpeech()) {
                Attribution a = s.attribution();
                if (verbReadings) {
                    continue;
                }
                if (a != null && a.source() != null && !a.frames(i)) {
                    return hit(s, m, t, Form.ACTIVE, "reported-speech");
                }
                continue;
            }
            if (t.noun()) {
                boolean noun = tokens.get(m.end() - 1).isNoun() || nominal(tokens, m.end() - 1) // "a car bombing"
                        || adjectiveHead(tokens, m.start(), m.end());
                String eventive = !verbReadings && noun ? eventive(s, m.start(), m.end(), t) : null;
                if (eventive != null) {
                    return hit(s, m, t, Form.NOUN, eventive);
                }
                continue;
            }
            if (nounHere) {
                continue;
            }
            if (!verbReadings && tokens.get(m.start()).isVerb()) {
                return hit(s, m, t, forms.of(s, m.start(), m.end(), t), "verb");
            }
            Token head = tokens.get(m.start());
            boolean verbInPhrase = m.end() - m.start() > 1 && tokens.subList(m.start(), m.end()).stream().anyMatch(Token::isVerb);
            boolean gerund = head.hasTag("NOUN") && head.verbForm() == Token.VerbForm.GERUND && m.start() > 0
                    && !tokens.get(m.start() - 1).hasTag("DET") && !tokens.get(m.start() - 1).hasTag("ADJ");
            boolean pastRead = head.hasTag("NOUN") && head.couldBeVerb() && head.verbForm() == Token.VerbForm.PAST;
            boolean pastPhrase = m.end() - m.start() > 1 && t.verbLemma() != null && words.isPastForm(t.verbLemma(), head.norm())
                    || irregularPastBeforeObject(tokens, m, t);
            if (verbReadings && (head.hasTag("ADJ") && (head.couldBeVerb() || forms.passiveAuxiliaryBefore(tokens, m.start()))
                    || verbInPhrase || pastPhrase || gerund || pastRead || missedPredicate(s, m, t))) {
                // "on Monday rejected/ADJ calls", "were wounded/ADJ", "troops shot/NOUN dead/VERB", a verb
                // phrase in the past, which no noun phrase is ("police shot/NOUN dead/ADJ two"), "intent on
                // engaging/NOUN with", "warplanes struck/NOUN Rafah": a verb the tagger gave a fair chance, a
                // participle after "be", a verb phrase with a verb in it, a gerund of the verb with no
                // determiner before it ("keep targeting ships", not "the killing"), a past tense it gave a
                // fair chance
                return hit(s, m, t, forms.of(s, m.start(), m.end(), t), "verb-reading");
            }
        }
        return null;
    }

    /**
     * A word the tagger called a verb that heads a noun phrase: an -ing form with a determiner or
     * possessive before it and only modifiers between ("in a suicide car bombing", "the shelling",
     * "Israel's killing of"), or a base form after an article ("not a fight", "a United Nations
     * appeal for"). Read as the noun only when the noun is a trigger too or the word follows "a":
     * "a declaration demanding that …" stays a verb.
     */
    private boolean nominal(List<Token> tokens, int k) {
        Token.VerbForm form = tokens.get(k).verbForm();
        if (form != Token.VerbForm.GERUND && form != Token.VerbForm.BASE) {
            return false;
        }
        int j = k - 1;
        while (j >= 0 && (tokens.get(j).hasTag("ADJ") || tokens.get(j).isNoun() || tokens.get(j).hasTag("NUM"))) {
            j--;
        }
        if (j < 0) {
            return false;
        }
        String before = tokens.get(j).norm();
        if (form == Token.VerbForm.GERUND) {
            return tokens.get(j).hasTag("DET") || before.equals("'s");
        }
        return words.is(WordClass.INDEFINITE_ARTICLES, before) || j == k - 1 && words.is(WordClass.DEFINITE_ARTICLES, before);
    }

    /**
     * "an earthquake of magnitude 6.1 struck/NOUN eastern Turkey": an irregular past form of the entry's
     * verb, with no determiner or adjective before it and the start of an object after it, is that verb.
     */
    private boolean irregularPastBeforeObject(List<Token> tokens, PhraseIndex.Match<Trigger> m, Trigger t) {
        int k = m.start();
        return m.end() - k == 1 && k > 0 && m.end() < tokens.size() && t.verbLemma() != null
                && words.isIrregularPast(t.verbLemma(), tokens.get(k).norm())
                && (!tokens.get(k - 1).hasTag("DET") && !tokens.get(k - 1).hasTag("ADJ")
                    || tokens.get(k).hasTag("ADP")) // "Myanmar's military/ADJ withdrew/ADP its troops": no preposition is a past
                && OBJECT_STARTS.contains(tokens.get(m.end()).tag());
    }

    /**
     * "launched an offensive two days ago": a one-word noun entry the tagger called an adjective, right
     * after a determiner with no noun after it for it to qualify, heads its phrase: it is the noun.
     */
    private static boolean adjectiveHead(List<Token> tokens, int start, int end) {
        return end - start == 1 && start > 0 && tokens.get(start).hasTag("ADJ") && tokens.get(start - 1).hasTag("DET")
                && (end >= tokens.size() || !tokens.get(end).isNoun() && !tokens.get(end).hasTag("ADJ"));
    }

    /** A verb reading of a word that is a noun here: a noun trigger heading its phrase, or any word right after "a". */
    private boolean nounUse(List<Token> tokens, int k, List<PhraseIndex.Match<Trigger>> triggersAtK) {
        boolean afterArticle = k > 0 && words.is(WordClass.INDEFINITE_ARTICLES, tokens.get(k - 1).norm());
        return nominal(tokens, k) && (afterArticle || triggersAtK.stream().anyMatch(m -> m.value().noun()));
    }

    private static TriggerHit hit(AnnotatedSentence s, PhraseIndex.Match<Trigger> m, Trigger t, Form form, String rule) {
        return new TriggerHit(m.start(), m.end(), t, t.victimSubject() ? Form.PASSIVE : form, Role.REPORTED, -1, rule);
    }

    private static boolean insideName(List<Mention> mentions, int token) {
        for (Mention m : mentions) {
            if (m.covers(token) && !"SECTOR".equals(m.kind()) && !m.isPronoun()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The unions reject proposed wage changes", "the administration supports Venezuelan-led
     * talks": a present-tense verb between a subject and its object that the tagger called a noun (or a
     * preposition: "rights groups accuse/ADP both sides"). The
     * word is the verb's lemma or its -s form, an actor ends right before it, and an object starts
     * right after it — a determiner, adjective, name, number or pronoun, or a participle before a noun
     * ("reject proposed changes"; not "the US strike killed a commander", nor an auxiliary: "insurgent
     * attacks are frequent").
     */
    private boolean missedPredicate(AnnotatedSentence s, PhraseIndex.Match<Trigger> m, Trigger t) {
        List<Token> tokens = s.tokens();
        Token head = tokens.get(m.start());
        // the tagger reads a bare present now and then as a noun or a preposition: "rights groups accuse/ADP both sides"
        if (!head.hasTag("NOUN") && !head.hasTag("ADP") || t.verbLemma() == null || !head.base().equals(t.verbLemma())
                || m.end() + 1 >= tokens.size()) {
            return false;
        }
        boolean subject = s.mentions().stream().anyMatch(x -> x.isActor() && x.end() == m.start()
                && !syntax.isPrepositionalObject(tokens, x.start()));
        Token next = tokens.get(m.end());
        Token after = tokens.get(m.end() + 1);
        boolean object = OBJECT_STARTS.contains(next.tag())
                || next.hasTag("VERB") && next.verbForm() == Token.VerbForm.PAST && (after.hasTag("ADJ") || after.hasTag("NOUN"));
        return subject && object;
    }

    /**
     * Whether a noun reports an event, and by which rule: after a light verb ({@code light-verb-noun}:
     * "carried out strikes", "unions called a general strike"), on its own ({@code standalone-noun}:
     * "airstrike"), before an
     * event verb ({@code noun-before-event-verb}: "talks resumed"), or with its target or party after
     * the preposition {@code triggers.yaml} gives it ({@code noun-with-target}: "an attack on a Saudi
     * oil plant", "talks with his Iranian counterpart").
     * Else null: "accepting Israeli strikes" names no new act.
     */
    private String eventive(AnnotatedSentence s, int start, int end, Trigger t) {
        List<Token> tokens = s.tokens();
        for (int k = Math.max(0, start - LIGHT_VERB_REACH); k < start; k++) {
            for (PhraseIndex.Match<String> cue : knowledge.cues.matchesAt(tokens, k)) {
                if (cue.value().equals("lightVerbs") && cue.end() <= start && !aboutAnotherNoun(tokens, cue.end(), start)) {
                    return "light-verb-noun"; // first: the light verb's subject does it ("unions called a general strike")
                }
            }
        }
        if (t.standalone()) {
            return "standalone-noun";
        }
        boolean head = end >= tokens.size() || !tokens.get(end).isNoun();
        if (head && end < tokens.size() && knowledge.triggers().nounTargets.getOrDefault(tokens.get(end).norm(), Set.of())
                .contains(tokens.get(end - 1).norm())
                && s.mentions().stream().anyMatch(m -> m.start() > end && m.start() <= end + NOUN_VERB_REACH)) {
            return "noun-with-target";
        }
        if (eventVerbSetOff(tokens, end)) {
            return "noun-before-event-verb";
        }
        // "Negotiations involving Israel, Hamas and Qatar had resumed": the verb may follow a list of
        // names; other words count, and it must come before the clause ends or another trigger starts
        int limit = s.boundaryAfter(end - 1);
        int content = 0;
        for (int k = end; k < limit && content <= NOUN_VERB_REACH; k++) {
            for (PhraseIndex.Match<String> cue : knowledge.cues.matchesAt(tokens, k)) {
                if (cue.value().equals("nounEventVerbs")) {
                    return "noun-before-event-verb";
                }
            }
            if (k > end && !knowledge.triggers().phrases.matchesAt(tokens, k).isEmpty()) {
                return null; // "near the talks told reporters as envoys left": "left" is not the talks' verb
            }
            Token w = tokens.get(k);
            if (w.isWord() && !w.isCapitalised() && !w.hasTag("CCONJ") && knowledge.entities().phrases.matchesAt(tokens, k).isEmpty()) {
                content++;
            }
        }
        return null;
    }

    /**
     * An event verb set off by a comma right after the noun, itself a clause of its own: "the strike,
     * called by the rail union, shut stations", "the talks, which began on Monday, ended".
     */
    private boolean eventVerbSetOff(List<Token> tokens, int end) {
        int k = end + 1;
        if (end >= tokens.size() || !tokens.get(end).text().equals(",")) {
            return false;
        }
        if (k < tokens.size() && words.is(WordClass.RELATIVE_PRONOUNS, tokens.get(k).norm())) {
            k++;
        }
        return k < tokens.size() && knowledge.cues.matchesAt(tokens, k).stream()
                .anyMatch(cue -> cue.value().equals("nounEventVerbs"));
    }

    /** "ordered an investigation into the shooting": the noun is what the light verb's own object is about. */
    private boolean aboutAnotherNoun(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (words.is(WordClass.TOPIC_PREPOSITIONS, tokens.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /** A cue of the trigger's own mode, or of any mode of its type when the trigger names none. */
    private boolean hasModeCue(Trigger t, List<Token> tokens) {
        Map<String, PhraseIndex<String>> cues = knowledge.triggers().modeCues.get(t.type());
        if (cues == null) {
            return false;
        }
        for (Map.Entry<String, PhraseIndex<String>> e : cues.entrySet()) {
            if (t.mode() != null && !t.mode().equals(e.getKey())) {
                continue;
            }
            for (int k = 0; k < tokens.size(); k++) {
                if (!e.getValue().matchesAt(tokens, k).isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }
}
