package io.articleingest.pipeline.extract.stage;

import io.articleingest.pipeline.extract.AnnotatedSentence;
import io.articleingest.pipeline.extract.Attribution;
import io.articleingest.pipeline.extract.Clause;
import io.articleingest.pipeline.extract.Draft;
import io.articleingest.pipeline.extract.Mention;
import io.articleingest.pipeline.extract.Syntax;
import io.articleingest.pipeline.extract.TriggerHit.Form;
import io.articleingest.pipeline.extract.TriggerHit;
import io.articleingest.pipeline.extract.rules.ArgumentRule;
import io.articleingest.pipeline.knowledge.Knowledge;
import io.articleingest.pipeline.knowledge.WordClass;
import io.articleingest.pipeline.model.EntityRef;
import io.articleingest.pipeline.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The finders that argument rules name: where in a sentence the actor or recipient of a trigger
 * is. Each returns the actors found (with those coordinated to them: "Egypt, Qatar and the United
 * States") and the words it used, or null.
 */
final class ArgumentFinders {

    /** The finders that need only the sentence; {@code story-attacker} needs the story so far. */
    static final Set<String> NOW = ArgumentRule.FINDERS.stream().filter(f -> !f.startsWith("story-"))
            .collect(Collectors.toUnmodifiableSet());
    /** how far after a trigger "by" may come, and its agent after "by" */
    private static final int BY_REACH = 8;
    private static final int AGENT_REACH = 3;
    /** how far after a trigger its object may start */
    private static final int OBJECT_REACH = 10;
    /** how far after a speech frame a participle hanging on it may start: "said the militia in a statement, blaming" */
    private static final int AFTER_FRAME = 5;
    /** how far after a noun trigger "between X and Y" may start */
    private static final int AFTER_REACH = 4;
    /** how many words may join two actors: "and", commas, and the second's own modifiers */
    private static final int JOIN_GAP = 6;

    record Found(List<EntityRef> refs, String evidence) {
    }

    private final Knowledge knowledge;
    private final Syntax syntax;

    ArgumentFinders(Knowledge knowledge, Syntax syntax) {
        this.knowledge = knowledge;
        this.syntax = syntax;
    }

    Found find(ArgumentRule rule, Draft d) {
        AnnotatedSentence s = d.sentence;
        TriggerHit hit = d.hit;
        return switch (rule.take()) {
            case "subject" -> mention(s, subjectOrAntecedent(s, hit));
            case "object" -> mention(s, objectAfter(s, hit));
            case "agent" -> mention(s, agentAfter(s, hit.end()));
            case "governing-subject" -> mention(s, governingSubject(s, hit));
            case "head-noun" -> mention(s, headNoun(s, hit));
            case "main-subject" -> mainSubject(s, hit);
            case "clause-subject" -> mention(s, controller(s, hit));
            case "speaker" -> speaker(s);
            case "pronoun" -> pronoun(s, hit);
            case "nearest-before" -> mention(s, nearestBefore(s, hit));
            case "after" -> afterWords(s, hit, rule.words());
            case "second-party" -> secondParty(s, hit);
            case "given-to" -> mention(s, givenTo(s, hit));
            case "noun-owner" -> mention(s, nounOwner(s, hit));
            case "complement-object" -> mention(s, complementObject(s, hit));
            case "purpose-object" -> mention(s, purposeObject(s, hit));
            default -> null;
        };
    }

    private static int scopeStart(AnnotatedSentence s, int token) {
        Clause c = s.scopeOf(token);
        return c == null ? 0 : c.start();
    }

    private Found mention(AnnotatedSentence s, Mention head) {
        if (head == null) {
            return null;
        }
        List<Mention> mentions = s.mentions();
        int idx = mentions.indexOf(head);
        int first = idx;
        while (first > 0 && joined(s, mentions.get(first - 1), mentions.get(first))) {
            first--;
        }
        int last = idx;
        while (last + 1 < mentions.size() && joined(s, mentions.get(last), mentions.get(last + 1))) {
            last++;
        }
        List<EntityRef> refs = new ArrayList<>();
        for (int k = first; k <= last; k++) {
            if (mentions.get(k).isActor()) {
                refs.add(mentions.get(k).actor());
            }
        }
        return new Found(refs, s.words(mentions.get(first).start(), mentions.get(last).end()));
    }

    /**
     * "Egypt and Qatar", "Iran, France, Britain and Germany": actors joined by "and" or commas, on
     * the same side of a speech frame ("kidnapped 40 pupils, police and residents said": the
     * speakers are no pupils).
     */
    private boolean joined(AnnotatedSentence s, Mention a, Mention b) {
        List<Token> tokens = s.tokens();
        if (!a.isActor() || !b.isActor() || b.start() - a.end() < 1 || b.start() - a.end() > JOIN_GAP) {
            return false;
        }
        Attribution frame = s.attribution();
        if (frame != null && frame.frames(a.start()) != frame.frames(b.start())) {
            return false;
        }
        boolean joiner = false;
        for (int k = a.end(); k < b.start(); k++) {
            Token t = tokens.get(k);
            String w = t.norm();
            if (syntax.words().is(WordClass.COORDINATORS, w) || w.equals(",")) {
                joiner = true;
            } else if (!joiner || !premodifier(tokens, k)) {
                return false; // "Colombia's government and the country's largest rebel group": the second's own modifiers
            }
        }
        return joiner;
    }

    /** A word that opens or modifies a noun phrase: "the", "its", "largest", "country" before "'s". */
    private boolean premodifier(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        return syntax.words().is(WordClass.DEFINITE_ARTICLES, t.norm()) || t.hasTag("DET") || t.hasTag("ADJ")
                || t.norm().equals("'s") || t.hasTag("PRON") && k + 1 < tokens.size() && !tokens.get(k + 1).hasTag("VERB")
                || t.hasTag("NOUN") && k + 1 < tokens.size() && tokens.get(k + 1).norm().equals("'s");
    }

    private static Found speaker(AnnotatedSentence s) {
        Attribution a = s.attribution();
        if (a == null || a.source() == null) {
            return null;
        }
        return new Found(List.of(a.source()), a.speaker() == null ? "(the quotation's speaker)"
                : s.words(a.speaker().start(), a.speaker().end()));
    }

    /**
     * The first actor after the trigger in its clause, not a place or time, not the speaker, not a weapon
     * fired. A verb read with its object ("summoned Niger's ambassador", "warned cargo ships to") holds
     * the object: it is looked for from the verb on.
     */
    private Mention objectAfter(AnnotatedSentence s, TriggerHit hit) {
        List<Token> tokens = s.tokens();
        int from = hit.rule().equals("verb-object") ? hit.start() + 1 : hit.end();
        int limit = Math.min(Math.min(tokens.size(), hit.end() + OBJECT_REACH), s.boundaryAfter(hit.end() - 1));
        for (TriggerHit other : s.triggers()) {
            if (other.start() > hit.start() && other.role() != TriggerHit.Role.EMBEDDED) {
                limit = Math.min(limit, other.start()); // "blamed the attack on the ADF": past its own content
                break;
            }
        }
        Attribution a = s.attribution();
        for (Mention m : s.mentions()) {
            if (!m.isActor() || m.start() < from || m.start() >= limit || a != null && a.speaker() == m) {
                continue;
            }
            if (m.start() > 0 && syntax.words().is(WordClass.SETTING_PREPOSITIONS, tokens.get(m.start() - 1).norm())) {
                continue;
            }
            if (m.actor().country() == null && knowledge.weapons.contains(tokens.get(m.end() - 1).norm())) {
                continue; // "fired two missiles at a tanker": the weapon, not the target
            }
            if (m.end() < hit.end() && tokens.get(m.end()).isNoun()) {
                continue; // "sent military aid to Ukraine": a word that qualifies the object, not the one it goes to
            }
            return m;
        }
        return null;
    }

    private Mention agentAfter(AnnotatedSentence s, int after) {
        List<Token> tokens = s.tokens();
        int from = pastRelativeClause(s, after);
        for (int k = from; k < Math.min(tokens.size(), from + BY_REACH); k++) {
            if (syntax.words().is(WordClass.AGENT_MARKERS, tokens.get(k).norm())) {
                return firstActor(s.mentions(), k + 1, k + 1 + AGENT_REACH);
            }
        }
        return null;
    }

    /**
     * Where the words after a noun go on past the relative clause set off by a comma right after it:
     * "the attack, which killed four soldiers on Monday, was carried out by rebels" goes on after it.
     */
    private static int pastRelativeClause(AnnotatedSentence s, int from) {
        for (Clause c : s.clauses()) {
            if (c.kind() == Clause.Kind.RELATIVE && c.start() > from && c.start() <= from + 2
                    && s.tokens().get(from).norm().equals(",")) {
                return c.end();
            }
        }
        return from;
    }

    /**
     * The subject a participle hangs on: that of the trigger before it ("shelled the town, killing
     * 12"), the agent of a passive one, the reported clause's ("X said Israel had committed
     * violations, killing 342"), through a chain of participles ("killing 342 and wounding 870").
     */
    private Mention governingSubject(AnnotatedSentence s, TriggerHit hit) {
        TriggerHit previous = null;
        for (TriggerHit h : s.triggers()) {
            if (h.start() < hit.start()) {
                previous = h;
            }
        }
        Attribution a = s.attribution();
        Clause own = s.clauseOf(hit.start());
        if (previous == null && own != null && own.kind() == Clause.Kind.PARTICIPLE && own.start() <= 1) {
            // "After shelling the town for a week, the army entered it": the subject after the clause
            return syntax.firstSubject(s, own.end(), s.tokens().size());
        }
        if (previous == null) {
            return a == null || a.speechEnd() > hit.start() ? null : syntax.firstSubject(s, a.speechEnd(), hit.start());
        }
        if (previous.form() == Form.PARTICIPLE) {
            return governingSubject(s, previous);
        }
        return previous.form() == Form.PASSIVE ? agentAfter(s, previous.end())
                : syntax.subjectBefore(s, scopeStart(s, previous.start()), previous.start());
    }

    /** "a Security Council resolution calling for a ceasefire": the actor the -ing form follows. */
    private Mention headNoun(AnnotatedSentence s, TriggerHit hit) {
        List<Token> tokens = s.tokens();
        for (Mention m : s.mentions()) {
            if (m.isActor() && m.end() >= hit.start() - 2 && m.end() <= hit.start()
                    && (m.end() == hit.start() || tokens.get(m.end()).isWord() && !tokens.get(m.end()).isCapitalised()
                    && !syntax.words().is(WordClass.PASSIVE_AUXILIARIES, tokens.get(m.end())))) {
                return m;
            }
        }
        return null;
    }

    /**
     * The sentence's subject: the speaker of a frame that opens it, else its first actor before any
     * trigger that is no preposition's object.
     */
    private Found mainSubject(AnnotatedSentence s, TriggerHit hit) {
        Clause own = s.scopeOf(hit.start());
        Mention antecedent = antecedent(s, own);
        if (antecedent != null) {
            return mention(s, antecedent); // "protesters who threw stones and set fire to buses"
        }
        if (own != null && own.kind() == Clause.Kind.SUBORDINATE) {
            // "… after a Chinese vessel blocked a patrol boat and fired a water cannon at it": its own clause's subject
            Mention subject = syntax.firstSubject(s, own.start(), hit.start());
            if (subject != null) {
                return mention(s, subject);
            }
        }
        Attribution a = s.attribution();
        if (a != null && a.source() != null && (a.speechStart() <= 1 || a.speaker() != null && a.speaker().start() <= 1
                || a.speechEnd() <= hit.start() && hit.start() - a.speechEnd() <= AFTER_FRAME)) {
            return speaker(s); // "X said …, accusing Y"; "“…,” said the SDF, blaming Turkey"
        }
        int firstTrigger = s.triggers().isEmpty() ? hit.start() : s.triggers().get(0).start();
        // before the main clause's verb, and no preposition's object: not "a bomb exploded near a military
        // convoy", nor "an earthquake struck eastern Turkey, killing 12"
        int verb = mainVerb(s);
        Mention subject = syntax.firstSubject(s, 0, Math.min(firstTrigger, verb));
        boolean nounSubject = verb <= firstTrigger
                || s.triggers().get(0).form() == TriggerHit.Form.NOUN && verb < s.tokens().size(); // "an explosion … killed 12"
        if (subject == null && nounSubject
                && s.tokens().subList(Math.min(NamePieces.datelineEnd(s.tokens()), verb), verb).stream().anyMatch(Token::isNoun)) {
            // "heavy rain caused floods, killing 39, officials said", "an earthquake struck the region,
            // killing 37", "an explosion at a factory killed 12 and injured 30": rain, the earthquake or the
            // explosion, not the officials
            return null;
        }
        return subject != null ? mention(s, subject) : speaker(s);
    }

    /** The first verb of the sentence's main clause, or the sentence's end. */
    private static int mainVerb(AnnotatedSentence s) {
        for (int k = 0; k < s.tokens().size(); k++) {
            Clause c = s.clauseOf(k);
            if (s.tokens().get(k).isVerb() && c != null && c.kind() == Clause.Kind.MAIN) {
                return k;
            }
        }
        return s.tokens().size();
    }

    /**
     * Who does what an infinitive says: the first subject of the clause it completes, else of the
     * clause that one hangs on ("Russia deployed troops after helping to broker a truce").
     */
    private Mention controller(AnnotatedSentence s, TriggerHit hit) {
        for (Clause c = s.scopeOf(hit.start()); c != null; c = s.parentOf(c)) {
            Mention m = syntax.firstSubject(s, c.start(), Math.min(hit.start(), c.end()));
            if (m != null) {
                return m;
            }
            Mention antecedent = antecedent(s, c);
            if (antecedent != null) {
                return antecedent; // "farmers who tried to storm the ministry": the farmers try
            }
            if (c.kind() == Clause.Kind.MAIN || c.kind() == Clause.Kind.REPORTED) {
                return null;
            }
        }
        return null;
    }

    /** The subject before the trigger in its clause, or, in "students who blocked a highway", the antecedent. */
    private Mention subjectOrAntecedent(AnnotatedSentence s, TriggerHit hit) {
        Mention own = syntax.subjectBefore(s, scopeStart(s, hit.start()), hit.start());
        return own != null ? own : antecedent(s, s.scopeOf(hit.start()));
    }

    /**
     * The noun a relative clause opened by a subject pronoun ("who", "which") hangs on, the pronoun
     * standing for it as the clause's subject; null for any other clause.
     */
    private Mention antecedent(AnnotatedSentence s, Clause c) {
        if (c == null || c.kind() != Clause.Kind.RELATIVE || c.opener() < 1
                || !syntax.words().is(WordClass.SUBJECT_RELATIVES, s.tokens().get(c.opener()).norm())) {
            return null;
        }
        int end = s.tokens().get(c.opener() - 1).norm().equals(",") ? c.opener() - 1 : c.opener();
        for (Mention m : s.mentions()) {
            if (m.end() == end) {
                return m;
            }
        }
        return null;
    }

    /**
     * The pronoun nearest before the trigger in its clause, as resolved: "Hamas said it will not …";
     * nobody when that pronoun stayed unresolved ("When I ran, he hit me": not "I").
     */
    private static Found pronoun(AnnotatedSentence s, TriggerHit hit) {
        int from = scopeStart(s, hit.start());
        Mention best = null;
        for (Mention m : s.mentions()) {
            if (m.isPronoun() && m.start() >= from && m.end() <= hit.start()) {
                best = m;
            }
        }
        return best == null || best.actor() == null ? null : new Found(List.of(best.actor()), s.words(best.start(), best.end()));
    }

    /** The actor nearest before the trigger in its clause, even a preposition's: "members of one family were killed". */
    private Mention nearestBefore(AnnotatedSentence s, TriggerHit hit) {
        int from = scopeStart(s, hit.start());
        int insertion = syntax.insertionBefore(s.tokens(), from, hit.start());
        Mention best = null;
        for (Mention m : s.mentions()) {
            if (m.isActor() && m.end() <= hit.start() && m.start() >= from && (insertion < 0 || m.start() < insertion)) {
                best = m;
            }
        }
        return best;
    }

    /**
     * "Israeli air strikes", "Russia's invasion", "a Hamas attack": the actor that modifies the noun,
     * with at most a possessive, determiners or adjectives between.
     */
    private Mention nounOwner(AnnotatedSentence s, TriggerHit hit) {
        int k = hit.start();
        while (k > 0 && (s.tokens().get(k - 1).norm().equals("'s") || s.tokens().get(k - 1).hasTag("ADJ")
                && !isMentionEnd(s.mentions(), k))) {
            k--;
        }
        int end = k;
        return s.mentions().stream().filter(m -> m.isActor() && m.end() == end).findFirst().orElse(null);
    }

    /**
     * "agreed to release 200 Palestinian prisoners", "refused to meet the American envoy", "expressed
     * concern about what he called Israel's disregard": the first actor of the infinitive, that-clause
     * or free relative right after the trigger, whom the act agreed, refused or deplored is aimed at.
     */
    private Mention complementObject(AnnotatedSentence s, TriggerHit hit) {
        for (Clause c : s.clauses()) {
            boolean freeRelative = c.kind() == Clause.Kind.RELATIVE
                    && syntax.words().is(WordClass.FREE_RELATIVES, s.tokens().get(c.opener()).norm());
            boolean complement = (c.kind() == Clause.Kind.INFINITIVE || c.kind() == Clause.Kind.SUBORDINATE || freeRelative)
                    && c.opener() >= hit.end() - 1 && c.opener() <= hit.end() + 1; // "refuse to": its own "to"
            if (complement) {
                return firstActor(s.mentions(), c.start(), c.end() - 1);
            }
        }
        return null;
    }

    /**
     * "fired tear gas to disperse the protesters", "raided the camp in a bid to arrest militants":
     * the first actor of an infinitive a few words on that hangs on the trigger's clause.
     */
    private static Mention purposeObject(AnnotatedSentence s, TriggerHit hit) {
        Clause own = s.clauseOf(hit.start());
        for (Clause c : s.clauses()) {
            if (c.kind() == Clause.Kind.INFINITIVE && c.opener() >= hit.end() && c.opener() - hit.end() <= OBJECT_REACH
                    && s.parentOf(c) == own) {
                return firstActor(s.mentions(), c.start(), c.end() - 1);
            }
        }
        return null;
    }

    private static boolean isMentionEnd(List<Mention> mentions, int k) {
        return mentions.stream().anyMatch(m -> m.end() == k);
    }

    /**
     * "talks involving Israel, Hamas and Qatar", "strikes by Israel": the actors after the trigger
     * when one of the words precedes them; after "between", only the first ("clashes between the
     * army and the RSF": the army acts, the RSF is the other party).
     */
    private Found afterWords(AnnotatedSentence s, TriggerHit hit, Set<String> words) {
        Mention after = firstActor(s.mentions(), hit.end(), hit.end() + AFTER_REACH);
        if (after == null || !words.contains(syntax.wordBefore(s.tokens(), after.start()))) {
            return null;
        }
        return syntax.words().is(WordClass.PAIR_MARKERS, syntax.wordBefore(s.tokens(), after.start()))
                ? new Found(List.of(after.actor()), s.words(after.start(), after.end())) : mention(s, after);
    }

    /**
     * "delivered four air defence systems to Ukraine": the actor after "to", past the thing given, in
     * the trigger's clause.
     */
    private Mention givenTo(AnnotatedSentence s, TriggerHit hit) {
        Clause clause = s.scopeOf(hit.start());
        int end = Math.min(hit.end() + OBJECT_REACH, clause == null ? s.tokens().size() : clause.end());
        for (Mention m : s.mentions()) {
            if (m.isActor() && m.start() > hit.end() && m.start() <= end && "to".equals(syntax.wordBefore(s.tokens(), m.start()))) {
                return m;
            }
        }
        return null;
    }

    /** "clashes between the army and the RSF": the second party of "between A and B". */
    private Found secondParty(AnnotatedSentence s, TriggerHit hit) {
        Mention first = firstActor(s.mentions(), hit.end(), hit.end() + AFTER_REACH);
        if (first == null || !syntax.words().is(WordClass.PAIR_MARKERS, syntax.wordBefore(s.tokens(), first.start()))) {
            return null;
        }
        List<Mention> mentions = s.mentions();
        int i = mentions.indexOf(first);
        return i + 1 < mentions.size() && joined(s, first, mentions.get(i + 1))
                ? new Found(List.of(mentions.get(i + 1).actor()), s.words(mentions.get(i + 1).start(), mentions.get(i + 1).end()))
                : null;
    }

    private static Mention firstActor(List<Mention> mentions, int from, int to) {
        for (Mention m : mentions) {
            if (m.isActor() && m.start() >= from && m.start() <= to) {
                return m;
            }
        }
        return null;
    }
}
