package io.articleingest.pipeline.extract.stage;

import io.articleingest.pipeline.extract.AnnotatedSentence;
import io.articleingest.pipeline.extract.Attribution;
import io.articleingest.pipeline.extract.Clause;
import io.articleingest.pipeline.extract.TriggerHit.Form;
import io.articleingest.pipeline.extract.TriggerHit.Role;
import io.articleingest.pipeline.extract.TriggerHit;
import io.articleingest.pipeline.knowledge.Knowledge;
import io.articleingest.pipeline.knowledge.Lexicon;
import io.articleingest.pipeline.knowledge.PhraseIndex;
import io.articleingest.pipeline.knowledge.WordClass;
import io.articleingest.pipeline.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Which triggers of a sentence report an event of their own. Not news: an act in a since-clause
 * ({@code since-clause}: "since the truce took effect"), in a present-tense relative clause that
 * describes, or one in the pluperfect ({@code describes-a-state}: "Iran, which backs the Houthis";
 * "the leaders, most of whom are held without charge"; "the talks, suspended since 2018";
 * "a militant who had planned attacks"), in a free relative
 * ({@code free-relative}: "what Hamas seeks"), a reporter's question ({@code reporter-question}),
 * a compound modifier ({@code compound-modifier}: "a U.S.-brokered proposal"), a relative clause on a place ({@code
 * describes-a-place}: "Tigray, where fighting left hundreds dead last year"), what a noun that is
 * no trigger aims at ({@code content-of-a-noun}: "in an effort to halt the march", "the right to
 * fire on militants"), what someone is suspected or convicted of ({@code content-of-a-charge}: "two
 * men suspected of bombing a bus", "for her role in the riots"), a demand's condition ({@code condition-of-a-demand}: "must agree to
 * reforms before they demobilize", "before allowing aid in"), a participle that qualifies a noun
 * ({@code participle-modifier}: "reject proposed changes", "the negotiated deal"). Not an event of its
 * own, but the content of the verbal act before it ({@code complement}): "warned that the army
 * would launch an offensive", "urged Israel to open the crossing", "rejected calls for a truce",
 * "accused the army of shelling", "said Y must withdraw".
 */
final class TriggerRoles {

    /** how far after its governor a complement may start */
    private static final int COMPLEMENT_REACH = 10;
    /** how far before the preposition of a charged act its charge word may stand: "suspected by the West of" */
    private static final int CHARGE_REACH = 5;
    /** how many determiners and modifiers may stand before a verb's noun object */
    private static final int NOUN_PHRASE_MODIFIERS = 4;

    private final Knowledge knowledge;
    private final Lexicon words;

    TriggerRoles(Knowledge knowledge) {
        this.knowledge = knowledge;
        this.words = knowledge.lexicon();
    }

    List<TriggerHit> assign(AnnotatedSentence s, List<TriggerHit> candidates) {
        List<TriggerHit> out = new ArrayList<>();
        int governor = -1;
        for (TriggerHit h : candidates) {
            if (h.form() == Form.COORDINATED && out.isEmpty() && !spokenBefore(s.attribution(), h.start())) {
                h = new TriggerHit(h.start(), h.end(), h.trigger(), Form.ACTIVE, h.role(), h.governor(), h.rule());
            }
            String background = background(s, h, candidates, out);
            if (background != null) {
                out.add(h.as(Role.BACKGROUND, -1, background));
                continue;
            }
            if (governor >= 0 && complement(s, out.get(governor), h)) {
                out.add(h.as(Role.EMBEDDED, governor, "complement"));
                continue;
            }
            out.add(h);
            governor = out.size() - 1;
        }
        return out;
    }

    /**
     * "two men suspected by Kenya of bombing a bus", "arrested for her possible role in the
     * riots", "on suspicion of involvement in the bombing": the act is what someone is charged with,
     * a claim the sentence reports no one making as news (when the charge is itself a trigger, "accused
     * Israel of shelling", the act is that trigger's content instead). The charge word stands at most a
     * few words before the preposition that opens the act's phrase, with no clause break between.
     */
    private boolean chargeContent(List<Token> tokens, TriggerHit h, List<TriggerHit> candidates) {
        int preposition = h.start() - 1;
        while (preposition > 0 && (tokens.get(preposition).hasTag("ADJ") || tokens.get(preposition).hasTag("DET"))) {
            preposition--; // "of a", "in the deadly"
        }
        if (preposition <= 0 || !words.is(WordClass.CHARGE_PREPOSITIONS, tokens.get(preposition).norm())) {
            return false;
        }
        for (int k = preposition - 1; k >= Math.max(0, preposition - CHARGE_REACH); k--) {
            Token w = tokens.get(k);
            if (w.norm().equals(",") || words.is(WordClass.CLAUSE_BREAKS, w.norm())) {
                return false;
            }
            if (words.is(WordClass.CHARGE_WORDS, w.norm())) {
                int charge = k;
                return candidates.stream().noneMatch(c -> c.start() <= charge && charge < c.end());
            }
        }
        return false;
    }

    /**
     * An event noun right before a common noun qualifies it, as in a compound: "a detention centre",
     * "the protest leaders", "ceasefire talks" (the talks are the act). A noun of time after it is the
     * act's date ("the attack Monday night"), and a noun of {@code eventHeadNouns} makes the pair the act
     * ("a mediation effort").
     */
    private boolean nounModifier(List<Token> tokens, TriggerHit h) {
        if (h.end() >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(h.end());
        if (tokens.get(h.end() - 1).verbForm() == Token.VerbForm.GERUND) {
            return false; // "resume shelling rebel positions": a gerund with its object
        }
        return next.hasTag("NOUN") && !words.is(WordClass.TIME_NOUNS, next.norm()) && !words.is(WordClass.WEEKDAYS, next.norm())
                && !words.is(WordClass.EVENT_HEAD_NOUNS, next.norm());
    }

    /**
     * A one-word past participle (with its adverb) between a determiner, a possessive or a verb and
     * the noun it qualifies is an adjective, no act: "the proposed deal", "reject proposed Israeli
     * changes", "Yemen's internationally recognised government".
     */
    private boolean participleModifier(AnnotatedSentence s, TriggerHit h, List<TriggerHit> earlier) {
        List<Token> tokens = s.tokens();
        if (h.end() - h.start() != 1 || h.end() >= tokens.size() || h.form() == Form.NOUN
                || s.mentions().stream().anyMatch(m -> m.isActor() && m.end() == h.start())) {
            return false; // "Russian drones/VERB attacked targets": after its subject, the verb
        }
        Token after = tokens.get(h.end());
        if (h.start() == 0) { // "Wounded soldiers were flown to hospital": no subject before it, a modifier
            return tokens.get(0).verbForm() == Token.VerbForm.PAST && after.hasTag("NOUN");
        }
        Token before = tokens.get(h.start() - 1);
        // an -ly adverb, whatever the tagger made of it ("internationally/PRON"); not "an ally", "Italy"
        if (before.norm().endsWith("ly") && !before.hasTag("NOUN") && !before.hasTag("PROPN") && !before.isCapitalised()
                && h.start() >= 2) {
            before = tokens.get(h.start() - 2); // "Yemen's internationally recognised government", "the newly elected"
        }
        boolean afterVerb = before.isVerb() && !before.hasTag("AUX") && !"have".equals(before.lemma())
                && !words.is(WordClass.PASSIVE_AUXILIARIES, before)
                || earlier.stream().anyMatch(t -> t.end() == h.start() && t.form() != Form.NOUN); // "reject/NOUN proposed"
        // "the detained journalists", "the release of detained journalists", "two wounded soldiers", "Yemen's …"
        boolean noSubjectBefore = before.hasTag("DET") || before.hasTag("ADP") || before.hasTag("NUM")
                || before.norm().equals("'s") || before.norm().equals("’s");
        // "the occupied West Bank", "in besieged Gaza": before a name too, when nothing before it can be a subject
        return tokens.get(h.start()).verbForm() == Token.VerbForm.PAST && (noSubjectBefore || afterVerb)
                && (after.hasTag("ADJ") || after.hasTag("NOUN") || noSubjectBefore && after.hasTag("PROPN"));
    }

    /**
     * "X said Y must agree to reforms before they demobilize", "demanded a truce before allowing aid
     * convoys in": an act in a before- or until-clause that hangs on a demand is the demand's
     * condition, which has not happened.
     */
    private boolean demandCondition(AnnotatedSentence s, TriggerHit h, List<TriggerHit> earlier) {
        int opener = -1;
        if (h.start() > 0 && words.is(WordClass.DEMAND_CONDITIONS, s.tokens().get(h.start() - 1).norm())) {
            opener = h.start() - 1; // "before allowing aid convoys in": the gerund has no clause of its own
        }
        for (Clause c = s.clauseOf(h.start()); c != null && opener < 0; c = s.parentOf(c)) {
            if (c.kind() == Clause.Kind.SUBORDINATE && c.opener() >= 0
                    && words.is(WordClass.DEMAND_CONDITIONS, s.tokens().get(c.opener()).norm())) {
                opener = c.opener();
            }
        }
        int condition = opener;
        return condition >= 0 && earlier.stream().anyMatch(t -> t.end() <= condition && t.role() == Role.REPORTED
                && t.trigger().type().equals("REQUEST"));
    }

    private static boolean spokenBefore(Attribution a, int token) {
        return a != null && a.speechEnd() <= token;
    }

    /**
     * The rule that makes the trigger background, or null; {@code candidates} are all the sentence's
     * triggers, {@code earlier} those before this one with their roles decided.
     */
    private String background(AnnotatedSentence s, TriggerHit h, List<TriggerHit> candidates, List<TriggerHit> earlier) {
        List<Token> tokens = s.tokens();
        if (h.start() == 0 && h.form() != Form.NOUN && words.is(WordClass.QUESTION_VERBS, tokens.get(0))
                && tokens.get(0).verbForm() == Token.VerbForm.PAST) {
            return "reporter-question"; // "Asked about the hostages, he said …"
        }
        if (h.form() == Form.INFINITIVE && h.start() > 1 && determinedNoun(tokens, h.start() - 2)
                && words.is(WordClass.AIM_NOUNS, tokens.get(h.start() - 2).norm())) {
            return "content-of-a-noun"; // "in an effort to halt the march", "the right to fire on militants"
        }
        if (setOffParticiple(tokens, h, false) && isCue(tokens, h.end(), "backgroundClause")) {
            return "describes-a-state"; // "security talks, suspended since 2018": how things have stood
        }
        if (setOffParticiple(tokens, h, true) && h.end() < tokens.size() && tokens.get(h.end()).norm().equals("as")) {
            return "describes-a-state"; // "the island, widely recognised as part of the republic"
        }
        if (h.start() > 0 && tokens.get(h.start() - 1).norm().equals("-")
                && tokens.get(h.start() - 1).end() == tokens.get(h.start()).start()) {
            return "compound-modifier";
        }
        if (h.form() == Form.NOUN && nounModifier(tokens, h)) {
            return "noun-modifier"; // "a migrant detention centre", "attack helicopters", "protest leaders"
        }
        for (Clause c = s.clauseOf(h.start()); c != null; c = s.parentOf(c)) {
            String opener = c.opener() >= 0 ? tokens.get(c.opener()).norm() : "";
            if (c.kind() == Clause.Kind.SUBORDINATE && isCue(tokens, c.opener(), "backgroundClause")) {
                return "since-clause";
            }
            if (c.kind() == Clause.Kind.RELATIVE && words.is(WordClass.PLACE_RELATIVES, opener)) {
                return "describes-a-place"; // "in Tigray, where fighting left hundreds dead last year"
            }
            boolean ownVerb = c.kind() == Clause.Kind.RELATIVE && firstVerb(tokens, c) == h.start();
            if (ownVerb && words.is(WordClass.FREE_RELATIVES, opener)) {
                return "free-relative";
            }
            if (ownVerb && c.start() > 1 && nonRestrictive(tokens, c.opener()) && describes(tokens, h.start())) {
                return "describes-a-state";
            }
            int verb = c.kind() == Clause.Kind.RELATIVE ? firstVerb(tokens, c) : -1;
            if (verb > 0 && pluperfect(tokens, verb)) {
                return "describes-a-state"; // "targeted a militant who had planned attacks on troops"
            }
            if (c.kind() == Clause.Kind.MAIN || c.kind() == Clause.Kind.REPORTED) {
                break;
            }
        }
        if (chargeContent(tokens, h, candidates)) {
            return "content-of-a-charge";
        }
        if (participleModifier(s, h, earlier)) {
            return "participle-modifier";
        }
        if (demandCondition(s, h, earlier)) {
            return "condition-of-a-demand";
        }
        return null;
    }

    /**
     * The relative clause's own verb, the first after its pronoun ("what Hamas seeks"); acts further
     * in are the ones it names ("what he described as a resolution calling for a truce").
     */
    private static int firstVerb(List<Token> tokens, Clause c) {
        for (int k = c.start(); k < c.end(); k++) {
            if (tokens.get(k).isVerb() && !tokens.get(k).hasTag("AUX")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "which backs", "which has brokered", "who are held without charge": the present tense, perfect or
     * passive of a description, not an act.
     */
    private boolean describes(List<Token> tokens, int verb) {
        return tokens.get(verb).verbForm() == Token.VerbForm.THIRD_PERSON
                || verb > 0 && words.is(WordClass.PRESENT_AUXILIARIES, tokens.get(verb - 1).norm());
    }

    /**
     * A relative clause set off by a comma or dash adds a description: "Iran, which backs …", also past a
     * quantity ("the leaders, most of whom are …").
     */
    private boolean nonRestrictive(List<Token> tokens, int opener) {
        int k = opener - 1;
        if (k > 1 && words.is(WordClass.PARTITIVES, tokens.get(k).norm())
                && words.is(WordClass.QUANTITY_NOUNS, tokens.get(k - 1).norm())) {
            k -= 2;
            if (k > 0 && words.is(WordClass.DEFINITE_ARTICLES, tokens.get(k).norm())) {
                k--; // "the majority of whom"
            }
        }
        return k >= 0 && (tokens.get(k).norm().equals(",") || words.is(WordClass.CLAUSE_BREAKS, tokens.get(k).norm())
                || spacedHyphen(tokens, k));
    }

    /**
     * A past participle set off by a comma ({@code adverbBetween}: an adverb may stand between them):
     * with "since" or "as" after it, it says how things have stood or what something is taken for
     * ("the talks, suspended since 2018", "the island, widely recognised as part of …").
     */
    private static boolean setOffParticiple(List<Token> tokens, TriggerHit h, boolean adverbBetween) {
        int before = h.start() - 1;
        if (adverbBetween && before > 0 && tokens.get(before).hasTag("ADV")) {
            before--;
        }
        return before >= 0 && tokens.get(before).norm().equals(",") && h.form() != Form.NOUN
                && tokens.get(h.start()).verbForm() == Token.VerbForm.PAST;
    }

    /** "50,000 people - mostly women - majority of whom": a hyphen with a space before it is a dash. */
    private static boolean spacedHyphen(List<Token> tokens, int k) {
        return k > 0 && tokens.get(k).norm().equals("-") && tokens.get(k).start() > tokens.get(k - 1).end();
    }

    /** A noun with its determiner or possessive: "a bid", "the right", "its decision" (not "Hamas plans"). */
    private static boolean determinedNoun(List<Token> tokens, int k) {
        if (!tokens.get(k).hasTag("NOUN")) {
            return false;
        }
        int j = k - 1;
        while (j >= 0 && (tokens.get(j).hasTag("ADJ") || tokens.get(j).hasTag("NOUN"))) {
            j--;
        }
        return j >= 0 && (tokens.get(j).hasTag("DET") || tokens.get(j).hasTag("PRON") || tokens.get(j).norm().equals("'s"));
    }

    /** "had planned": what a relative clause in the pluperfect tells is the antecedent's past, not news. */
    private static boolean pluperfect(List<Token> tokens, int verb) {
        Token before = tokens.get(verb - 1);
        return "have".equals(before.lemma()) && before.norm().equals("had");
    }

    private boolean isCue(List<Token> tokens, int k, String list) {
        if (k < 0) {
            return false;
        }
        for (PhraseIndex.Match<String> cue : knowledge.cues.matchesAt(tokens, k)) {
            if (cue.value().equals(list)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code later} is the content of the verbal act {@code governor}. */
    private boolean complement(AnnotatedSentence s, TriggerHit governor, TriggerHit later) {
        List<Token> tokens = s.tokens();
        boolean verbal = knowledge.plover.isVerbal(governor.trigger().type());
        if (later.start() - governor.end() > COMPLEMENT_REACH || !dependsOn(s, later, governor)
                || opensAScene(s, later)) {
            return false; // too far, or in a clause of its own
        }
        for (int k = governor.end(); k < later.start(); k++) {
            String w = tokens.get(k).norm();
            if (words.is(WordClass.CLAUSE_BREAKS, w) || words.is(WordClass.CONTRAST_CONJUNCTIONS, w)
                    || words.is(WordClass.COORDINATORS, w) || words.is(WordClass.TIME_CONJUNCTIONS, w)) {
                // a new clause: "left the talks – and leaders pledged to renew the offensive"; an act
                // before or after it: "deployed troops after helping to broker a truce"
                return false;
            }
        }
        if (governor.trigger().reportedSpeech() && later.form() != Form.NOUN && later.start() - governor.end() <= 2) {
            return true; // "Y must withdraw": the act demanded
        }
        if (later.form() == Form.INFINITIVE && later.start() == governor.end()) {
            return true; // "refused to meet the envoy": the trigger's own "to" opens its content
        }
        for (int k = governor.end(); k < later.start(); k++) {
            if (words.is(WordClass.THAT_COMPLEMENTIZERS, tokens.get(k).norm()) && verbal) {
                return true; // "warned that the army would launch an offensive": the content of the warning
            }
        }
        boolean nounObject = later.form() == Form.NOUN || tokens.get(later.start()).isNoun();
        if (nounObject && governor.form() != Form.NOUN && verbal && modifiersOnly(tokens, governor.end(), later.start())) {
            return true; // "rejected calls for a ceasefire", "rejected a United Nations appeal": the object of the verb
        }
        for (int k = later.start() - 1; k >= Math.max(governor.end(), later.start() - 4); k--) {
            String w = tokens.get(k).norm();
            if (w.equals(",")) {
                return false; // "shelled the city on Wednesday, killing 12": a new clause
            }
            if (words.is(WordClass.COMPLEMENTIZERS, w)) {
                boolean nameBetween = false;
                for (int j = k + 1; j < later.start(); j++) {
                    nameBetween |= tokens.get(j).isCapitalised(); // "near the village of Mafraq killed two"
                }
                if (words.is(WordClass.INFINITIVE_MARKERS, w) || governor.form() != Form.NOUN || later.form() == Form.NOUN
                        || !opensSentence(tokens, governor) && !nameBetween) {
                    return true;
                }
                break; // "an airstrike on a village killed 20": the preposition is the noun's, the verb its predicate
            }
        }
        return later.start() == governor.end() && tokens.get(later.start()).verbForm() == Token.VerbForm.GERUND;
    }

    /** Tokens [from, to) are at most a noun phrase's determiners and modifiers: "a United Nations". */
    private static boolean modifiersOnly(List<Token> tokens, int from, int to) {
        if (to - from > NOUN_PHRASE_MODIFIERS) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (!(t.hasTag("DET") || t.hasTag("ADJ") || t.hasTag("PROPN") || t.hasTag("NUM") || t.norm().equals("'s"))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code later} is in the governor's clause or in a clause that hangs on it. */
    /** The trigger is in a clause a scene conjunction opens: "fired tear gas as teachers marched". */
    private boolean opensAScene(AnnotatedSentence s, TriggerHit later) {
        Clause c = s.clauseOf(later.start());
        return c != null && c.kind() == Clause.Kind.SUBORDINATE && c.opener() >= 0 && c.opener() < later.start()
                && words.is(WordClass.SCENE_SUBORDINATORS, s.tokens().get(c.opener()).norm());
    }

    private static boolean dependsOn(AnnotatedSentence s, TriggerHit later, TriggerHit governor) {
        Clause own = s.clauseOf(governor.start());
        Clause c = s.clauseOf(later.start());
        return c == own || c != null && s.parentOf(c) == own;
    }

    /** "An airstrike …", "Israeli air strikes …": nothing but the noun's modifiers before it. */
    private boolean opensSentence(List<Token> tokens, TriggerHit noun) {
        for (int k = 0; k < noun.start(); k++) {
            Token t = tokens.get(k);
            if (!t.isCapitalised() && !words.is(WordClass.DETERMINERS, t.norm())
                    && !words.is(WordClass.NOUN_PREMODIFIERS, t.norm())) {
                return false;
            }
        }
        return true;
    }
}
