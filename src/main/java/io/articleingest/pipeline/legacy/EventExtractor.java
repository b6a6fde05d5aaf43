package io.articleingest.pipeline.legacy;

import io.articleingest.pipeline.ParsedArticle;
import io.articleingest.pipeline.classify.TopicClassifier;
import io.articleingest.pipeline.knowledge.Knowledge;
import io.articleingest.pipeline.knowledge.Lexeme;
import io.articleingest.pipeline.knowledge.PhraseIndex;
import io.articleingest.pipeline.knowledge.Place;
import io.articleingest.pipeline.knowledge.Trigger;
import io.articleingest.pipeline.model.ArticleEntity;
import io.articleingest.pipeline.model.EntityRef;
import io.articleingest.pipeline.model.Event;
import io.articleingest.pipeline.model.Location;
import io.articleingest.pipeline.text.DateResolver;
import io.articleingest.pipeline.text.Sentence;
import io.articleingest.pipeline.text.SentenceSplitter;
import io.articleingest.pipeline.text.Token;
import io.articleingest.pipeline.text.Tokenizer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds PLOVER events sentence by sentence: a trigger phrase gives the type (and maybe a mode);
 * the sentence's structure around it gives actor and recipient (passive "by", participles,
 * reported speech, coordination); cue words give status, date, casualties and the source.
 * One event per type per sentence: a second trigger of the same type adds detail, not an event.
 */
public final class EventExtractor {

    /** What extraction yields besides the events: the article's entities and its sentence count. */
    public record Extraction(List<Event> events, List<ArticleEntity> entities, int sentenceCount) {
    }

    private static final Set<String> BE = Set.of("was", "were", "been", "being", "is", "are", "be", "got", "get");
    private static final Set<String> OBJECT_PREPOSITIONS = Set.of("in", "of", "on", "against", "with", "by", "to",
            "from", "for", "into", "at", "near", "over", "about", "between", "involving", "toward", "towards",
            "across", "inside", "under", "after", "through", "including");
    private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP", "JUD", "LEG");
    /** "in southern Lebanon", "across the occupied West Bank": words between a preposition and its place. */
    private static final Set<String> PLACE_MODIFIERS = Set.of("southern", "northern", "eastern", "western",
            "central", "northeastern", "northwestern", "southeastern", "southwestern", "occupied", "neighbouring",
            "neighboring", "besieged", "war-torn");
    private static final java.util.regex.Pattern INTENTION = java.util.regex.Pattern.compile(
            "(?i)\\b(intends?|want|wants|willing|interested|serious)\\b");
    private static final java.util.regex.Pattern REFUSAL = java.util.regex.Pattern.compile(
            "(?i)\\b(will not|would not|won't|wouldn't|refuses? to|refused to)\\b");
    private static final Set<String> DELEGATES = Set.of("diplomats", "officials", "delegations", "delegates",
            "envoys", "leaders", "negotiators", "representatives", "ministers", "delegation");
    private static final Set<String> CONJUNCTIONS = Set.of("after", "before", "since", "until");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "their", "his", "her", "this",
            "that", "these", "those", "several", "new", "further", "fresh", "renewed", "any", "no", "more", "recent",
            "two", "three", "many", "some", "our", "'s");
    private static final Set<String> EMBEDDING = Set.of("to", "of", "for", "from", "that", "on");
    private static final Set<String> VERBAL = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE",
            "REJECT", "THREATEN");
    private static final Set<String> COOPERATIVE_VERBAL = Set.of("AGREE", "SUPPORT", "CONCEDE", "COOPERATE");
    private static final Set<String> THREATENABLE = Set.of("ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST");
    private static final Set<String> MATERIAL_COOPERATION = Set.of("COOPERATE", "AID", "RETREAT");
    /** Acts that two sides do to each other in one sentence: "Hamas freed four hostages and Israel released 200 prisoners". */
    private static final Set<String> TWO_SIDED = Set.of("ASSAULT", "COERCE", "RETREAT");
    private static final Set<String> PROMISES = Set.of("promise", "pledge", "swear", "vow");

    private final Knowledge knowledge;
    private final TopicClassifier contexts;
    private final MentionFinder mentions;
    private final DateResolver dates;

    public EventExtractor(Knowledge knowledge, TopicClassifier contexts) {
        this.knowledge = knowledge;
        this.contexts = contexts;
        this.mentions = new MentionFinder(knowledge);
        this.dates = new DateResolver(knowledge.lexicon());
    }

    /** The bundled dictionaries, plus a user's (file or folder) when {@code extraKnowledge} is set. */
    public static EventExtractor load(TopicClassifier contexts, Path extraKnowledge) {
        return new EventExtractor(Knowledge.load(extraKnowledge), contexts);
    }

    public Extraction extract(ParsedArticle article, String articleId) {
        String body = article.body();
        List<Sentence> sentences = SentenceSplitter.split(body, article::isHeading);
        ArticleMemory memory = new ArticleMemory(knowledge.organisationNames);
        List<List<Token>> tokenized = new ArrayList<>();
        List<List<Mention>> mentioned = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Token> tokens = Tokenizer.tokenize(s.text(), s.start());
            List<Mention> found = resolveAnaphora(tokens, mentions.find(tokens, memory.names), memory);
            memory.learnNames(tokens, found);
            EntityRef named = organisationBefore(tokens, tokens.size());
            if (named != null) {
                memory.lastOrganisation = named; // "Hamas official Bassem Naim said": Hamas, inside a person's name
            }
            found.forEach(memory::count);
            tokenized.add(tokens);
            mentioned.add(found);
        }
        memory.resetCursor();
        List<Draft> drafts = new ArrayList<>();
        int paragraph = -1;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (s.paragraph() != paragraph) {
                paragraph = s.paragraph();
                memory.paragraphPlace = null;
            }
            List<Token> tokens = tokenized.get(i);
            List<Mention> found = mentioned.get(i);
            if (!s.heading()) {
                rememberTalksPlace(tokens, found, memory);
                drafts.addAll(sentenceEvents(s, tokens, found, article.publishedAt(), memory));
                claimResponsibility(tokens, found, drafts, memory);
            }
            found.stream().filter(m -> m.place() != null && !"country".equals(m.place().kind()))
                    .reduce((a, b) -> b).ifPresent(m -> memory.paragraphPlace = m);
            memory.rememberSentence(found);
        }
        shareAttackDetails(drafts);
        mergeElaborations(drafts);
        for (Draft d : drafts) {
            boolean aboutTalks = Set.of("CONSULT", "AGREE").contains(d.type) || d.modes.contains("meet");
            if (aboutTalks && !d.ownPlace && memory.talksPlace != null) {
                d.location = memory.talksPlace; // "envoys left the negotiations" … "the talks in Cairo", said later
            }
            if (d.recipients.isEmpty() && !d.actors.isEmpty() && Set.of("THREATEN", "REJECT").contains(d.type)) {
                // "Israel cannot accept that", "pledged to renew operations soon": in a two-sided story the
                // threat or refusal not addressed in the sentence is addressed to the other side
                EntityRef other = memory.otherSide(d.actors.get(0).country());
                if (other != null) {
                    d.recipients.add(new EntityRef(null, other.name(), other.country(), other.sector()));
                    d.confidence = Math.max(0.4, d.confidence - 0.1);
                }
            }
        }
        List<Event> events = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.status.equals("historical") && !d.ownPlace) {
                d.location = null; // "Russia invaded Ukraine in 2022" did not happen where today's news is
            } else if (d.location == null && d.type.equals("ASSAULT")) {
                d.location = memory.dominantPlace();
            }
            Location place = d.location;
            if (place != null) {
                // civilians hit in a place are, unless the text says otherwise, of its country
                d.recipients.replaceAll(r -> r.country() == null && "CVL".equals(r.sector())
                        ? new EntityRef(r.text(), "civilians", place.country(), "CVL") : r);
                d.actors.replaceAll(r -> r.country() == null && "CVL".equals(r.sector())
                        ? new EntityRef(r.text(), r.name(), place.country(), "CVL") : r); // "demonstrators in Tehran"
            }
            events.add(d.toEvent(articleId + "#" + String.format("%03d", events.size() + 1), articleId));
        }
        return new Extraction(events, memory.entities(), sentences.size());
    }

    /**
     * Consecutive sentences of a paragraph often report one attack: "Two men were killed on
     * Saturday. They were shot by a drone." The agent and the weapon named in one complete the
     * other.
     */
    private static void shareAttackDetails(List<Draft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (!d.type.equals("ASSAULT") || !d.actors.isEmpty() && !d.modes.isEmpty()) {
                continue;
            }
            Draft source = null;
            for (int j : new int[] {i + 1, i - 1}) {
                if (j >= 0 && j < drafts.size() && drafts.get(j).type.equals("ASSAULT")
                        && drafts.get(j).sentence.paragraph() == d.sentence.paragraph()
                        && Math.abs(drafts.get(j).sentence.index() - d.sentence.index()) <= 1
                        && !drafts.get(j).actors.isEmpty()) {
                    source = drafts.get(j);
                    break;
                }
            }
            if (source == null) {
                continue;
            }
            if (d.actors.isEmpty() || d.inferredActor) {
                d.actors.clear();
                d.actors.addAll(source.actors);
                d.inferredActor = true; // still not the sentence's own: a later merge may fold it
            }
            if (d.modes.isEmpty()) {
                d.modes.addAll(source.modes);
            }
        }
    }

    /**
     * "Three members of a family were killed on Saturday when a drone struck their tent. Two
     * children and their father died at the scene." The second sentence adds detail to the same
     * attack, it does not report another one: a casualty sentence with no attacker, date or place
     * of its own, right after the sentence of an attack (wire paragraphs are often one sentence
     * long), is folded into it, unless it says it is a new incident ("in a separate strike").
     */
    private static void mergeElaborations(List<Draft> drafts) {
        for (int i = 1; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            Draft earlier = null;
            for (int j = i - 1; j >= 0 && drafts.get(j).sentence.index() >= d.sentence.index() - 1; j--) {
                if (drafts.get(j).sentence.index() < d.sentence.index() && drafts.get(j).type.equals("ASSAULT")) {
                    earlier = drafts.get(j);
                    break;
                }
            }
            if (earlier == null || !d.type.equals("ASSAULT") || !d.casualtyTrigger || d.newIncident
                    || !(d.actors.isEmpty() || d.inferredActor) || d.dateText != null
                    || d.ownPlace && earlier.location != null
                    && !d.location.name().equals(earlier.location.name())
                    || d.fatalities != null && earlier.fatalities != null && d.fatalities > earlier.fatalities
                    || !Objects.equals(d.status, earlier.status)) {
                continue;
            }
            earlier.absorb(d);
            drafts.remove(i--);
        }
    }

    /**
     * "The Houthis claimed responsibility for the attack": the claimant is the attacker of the last
     * attack whose sentence named none (and of the attacks that follow without one).
     */
    private void claimResponsibility(List<Token> tokens, List<Mention> found, List<Draft> drafts,
                                     ArticleMemory memory) {
        for (int k = 0; k < tokens.size(); k++) {
            if (knowledge.cues.matchesAt(tokens, k).stream().noneMatch(c -> c.value().equals("responsibilityClaims"))) {
                continue;
            }
            Mention claimant = subjectBefore(tokens, found, k, 0);
            if (claimant == null || claimant.actor().country() == null) {
                return;
            }
            for (int j = drafts.size() - 1; j >= 0; j--) {
                Draft d = drafts.get(j);
                if (d.type.equals("ASSAULT") && (!d.ownSubject || d.actors.get(0).country() == null)) {
                    d.actors.clear();
                    d.actors.add(claimant.actor());
                    d.inferredActor = false;
                    break;
                }
            }
            memory.lastAttacker = claimant.actor();
            return;
        }
    }

    /**
     * "The latest round of mediation in Cairo …": where a sentence places talks, even ones it
     * reports no event of, is where the article's later talks are.
     */
    private void rememberTalksPlace(List<Token> tokens, List<Mention> found, ArticleMemory memory) {
        for (int i = 0; i < tokens.size(); i++) {
            for (PhraseIndex.Match<Trigger> m : knowledge.triggers.matchesAt(tokens, i)) {
                if (m.value().type().equals("CONSULT")) {
                    for (Mention place : found) {
                        if (place.place() != null && place.place().specificity() > 0 && locative(tokens, place.start())) {
                            Place p = place.place();
                            memory.talksPlace = new Location(p.name(), p.name(), p.country(),
                                    p.admin1() != null ? p.admin1() : p.region(), p.lat(), p.lon());
                            return;
                        }
                    }
                }
            }
        }
    }

    private static boolean opensWithQuote(String sentence) {
        return sentence.startsWith("“") || sentence.startsWith("\"");
    }

    /** "the agency said": a definite description continues the last organisation named. */
    private static final Set<String> PERSON_ROLES = Set.of("member", "official", "spokesman", "spokeswoman",
            "spokesperson", "minister", "envoy", "negotiator", "commander", "diplomat", "premier", "president");

    private List<Mention> resolveAnaphora(List<Token> tokens, List<Mention> found, ArticleMemory memory) {
        List<Mention> out = new ArrayList<>(found);
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!tokens.get(i).norm().equals("the")) {
                continue;
            }
            int role = PERSON_ROLES.contains(tokens.get(i + 1).norm()) ? i + 1
                    : i + 2 < tokens.size() && PERSON_ROLES.contains(tokens.get(i + 2).norm())
                    && tokens.get(i + 1).isCapitalised() ? i + 2 : -1;
            int roleEnd = role + 1;
            int from = i;
            boolean named = found.stream().anyMatch(m -> m.start() < roleEnd && from < m.end()
                    && !Set.of("SECTOR", "ORG").contains(m.kind()));
            if (role > 0 && memory.lastPerson != null && memory.lastPerson.country() != null && !named) {
                out.removeIf(m -> m.start() < roleEnd && from < m.end());
                EntityRef p = memory.lastPerson; // "the Politburo member warned": the person just named
                out.add(new Mention(i, role + 1, new EntityRef(tokens.get(i).text() + " " + tokens.get(role).text(),
                        p.name(), p.country(), p.sector()), null, "PERSON"));
                continue;
            }
            int head = knowledge.organisationHeads.contains(tokens.get(i + 1).norm()) ? i + 1
                    : i + 2 < tokens.size() && knowledge.organisationHeads.contains(tokens.get(i + 2).norm())
                    && !tokens.get(i + 1).isCapitalised()
                    && !knowledge.placeNouns.contains(tokens.get(i + 1).norm()) ? i + 2 : -1; // not "the village council"
            EntityRef org = head < 0 ? null : memory.organisationNamed(tokens.get(head).norm()); // "the council"
            if (org == null) {
                org = organisationBefore(tokens, i);
            }
            if (org == null) {
                org = memory.lastOrganisation;
            }
            if (org == null) {
                continue;
            }
            if (head > 0 && !overlaps(found, i, head + 1)) {
                int to = head + 1;
                out.removeIf(m -> m.start() < to && from < m.end() && "SECTOR".equals(m.kind()));
                StringBuilder text = new StringBuilder(tokens.get(i).text());
                for (int k = i + 1; k <= head; k++) {
                    text.append(' ').append(tokens.get(k).text());
                }
                out.add(new Mention(i, head + 1, new EntityRef(text.toString(), org.name(), org.country(),
                        org.sector()), null, "ORG"));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Mention::start));
        return out;
    }

    /** Whether a name (not a mere sector word) already covers tokens [start, end). */
    /**
     * "Houthi military spokesman Yahya Saree said the group would …": an organisation named
     * earlier in the same sentence, even inside a longer name, is the one "the group" continues.
     */
    private EntityRef organisationBefore(List<Token> tokens, int before) {
        for (int k = before - 1; k >= 0; k--) {
            for (PhraseIndex.Match<Lexeme> m : knowledge.entities.matchesAt(tokens, k)) {
                if (m.end() <= before && "ORG".equals(m.value().kind()) && tokens.get(k).isCapitalised() // not "who"
                        && knowledge.organisationNames.contains(m.value().name())
                        && !"CVL".equals(m.value().sector()) && !"JRN".equals(m.value().sector())) {
                    return new EntityRef(null, m.value().name(), m.value().country(), m.value().sector());
                }
            }
        }
        return null;
    }

    private static boolean overlaps(List<Mention> found, int start, int end) {
        for (Mention m : found) {
            if (m.start() < end && start < m.end() && !"SECTOR".equals(m.kind())) {
                return true;
            }
        }
        return false;
    }

    // ---- one sentence ----------------------------------------------------------------------

    private record Hit(int start, int end, Trigger trigger) {
    }

    private List<Draft> sentenceEvents(Sentence s, List<Token> tokens, List<Mention> found, LocalDate published,
                                       ArticleMemory memory) {
        List<Hit> hits = triggers(tokens, found);
        Attribution attribution = attribution(tokens, found, memory);
        if (attribution == null && memory.lastQuoteSpeaker != null && opensWithQuote(s.text())) {
            // "“Israel cannot accept that.”" after "…,” Netanyahu said.": the quote goes on
            attribution = new Attribution(memory.lastQuoteSpeaker, 0, 0);
        }
        memory.sentenceAttribution = attribution;
        memory.lastQuoteSpeaker = attribution != null && s.text().matches("(?s).*[”\"].*") ? attribution.source() : null;
        Map<String, Draft> byType = new LinkedHashMap<>();
        Hit governing = null;
        Hit previous = null;
        for (Hit hit : hits) {
            Hit before = previous;
            previous = hit;
            if (governing != null && embedded(tokens, governing, hit)) {
                Draft gov = byType.get(governing.trigger().type());
                if (gov != null && hit.trigger().mode() != null && gov.modes.isEmpty()
                        && !THREATENABLE.contains(gov.type)) {
                    gov.modes.add(hit.trigger().mode());
                }
                if (gov != null && gov.type.equals("THREATEN") && THREATENABLE.contains(hit.trigger().type())) {
                    gov.modes.add("violence");
                }
                if (gov != null && gov.type.equals("REQUEST") && "order".equals(governing.trigger().verbLemma())
                        && Set.of("COERCE", "SANCTION", "MOBILIZE").contains(hit.trigger().type())) {
                    byType.remove("REQUEST"); // "ordered the newspaper to suspend publication": enforced
                    gov.type = hit.trigger().type();
                    byType.putIfAbsent(gov.type, gov);
                }
                if (gov != null && gov.type.equals("AGREE") && PROMISES.contains(governing.trigger().verbLemma())
                        && THREATENABLE.contains(hit.trigger().type())) {
                    byType.remove("AGREE"); // "vowed to fight": a promise of force is a threat
                    gov.type = "THREATEN";
                    gov.modes.clear();
                    gov.modes.add("violence");
                    byType.putIfAbsent("THREATEN", gov);
                }
                continue;
            }
            if (inBackgroundClause(tokens, hit) || describesAState(tokens, hit)) {
                continue;
            }
            Draft d = draft(s, tokens, found, hit, before, hits, attribution, published, memory);
            governing = hit;
            if (VERBAL.contains(d.type) && d.actors.isEmpty() && d.recipients.isEmpty() && d.attribution == null
                    && d.location == null) {
                continue; // words with nobody and nowhere named: "pressed for a second goal"
            }
            if (d.status.equals("hypothetical") && !VERBAL.contains(d.type)
                    && (d.actors.isEmpty() || d.actors.get(0).country() == null)) {
                continue; // "escalation could undermine a hostage release": nothing happened, nobody acted
            }
            Draft same = byType.get(d.type);
            if (same != null && TWO_SIDED.contains(d.type) && same.ownSubject && d.ownSubject) {
                // "struck targets after militants fired on troops, wounding one": two sides, two acts;
                // "bulldozers demolished houses, and gunboats opened fire on fishermen": two acts of one side
                same = byType.values().stream().filter(o -> o.type.equals(d.type) && o.ownSubject
                        && Objects.equals(o.actors.get(0).country(), d.actors.get(0).country())
                        && Objects.equals(o.actors.get(0).text(), d.actors.get(0).text())).findFirst().orElse(null);
                if (same == null) {
                    byType.put(d.type + "#" + hit.start(), d);
                    continue;
                }
            }
            if (same == null) {
                byType.put(d.type, d);
            } else {
                same.absorb(d);
            }
        }
        if (attribution != null && !byType.containsKey("ACCUSE")) {
            Draft accusation = accusationWithoutTrigger(s, tokens, found, attribution, published, memory);
            if (accusation != null) {
                byType.put("ACCUSE", accusation);
            }
        }
        if (attribution != null && !byType.containsKey("REQUEST")) {
            Draft demand = obligationWithoutTrigger(s, tokens, found, hits, attribution, published);
            if (demand != null) {
                byType.put("REQUEST", demand);
            }
        }
        Draft attack = byType.get("ASSAULT");
        if (attack != null && !attack.actors.isEmpty() && attack.actors.get(0).country() != null) {
            memory.lastAttacker = attack.actors.get(0); // the attack the sentence reports, not one it mentions
        }
        return new ArrayList<>(byType.values());
    }

    /** "Iran, which backs the Houthis, condemned …": a present-tense relative clause describes, it reports nothing. */
    private static boolean describesAState(List<Token> tokens, Hit hit) {
        int k = hit.start();
        if (k >= 3 && Set.of("has", "have").contains(tokens.get(k - 1).norm())) {
            k--; // "China, which has brokered several ceasefires": its record, not today's news
            return Set.of("which", "who").contains(tokens.get(k - 1).norm()) && tokens.get(k - 2).norm().equals(",");
        }
        return k >= 2 && Set.of("which", "who").contains(tokens.get(k - 1).norm())
                && tokens.get(k - 2).norm().equals(",") && tokens.get(k).norm().endsWith("s")
                && !tokens.get(k).norm().endsWith("ss");
    }

    /** "the toll since the truce took effect": the truce dates the toll, it is not reported here. */
    private boolean inBackgroundClause(List<Token> tokens, Hit hit) {
        for (int k = hit.start() - 1; k >= Math.max(0, hit.start() - 5); k--) {
            String w = tokens.get(k).norm();
            if (w.equals(",") || w.equals(";")) {
                return false;
            }
            if (hasCue(tokens, k, k + 1, "backgroundClause")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Hamas said Israel was deliberately sabotaging the deal", "“Hamas remains entrenched in its
     * positions,” the minister said": a speaker charging another actor with wrongdoing accuses it,
     * even without a verb of accusing (PLOVER: the accuser is the actor).
     */
    private Draft accusationWithoutTrigger(Sentence s, List<Token> tokens, List<Mention> found,
                                           Attribution attribution, LocalDate published, ArticleMemory memory) {
        for (int k = 0; k < tokens.size(); k++) {
            if (k >= attribution.speechStart() && k < attribution.speechEnd()) {
                continue;
            }
            for (PhraseIndex.Match<String> cue : knowledge.cues.matchesAt(tokens, k)) {
                if (!cue.value().equals("accusations")) {
                    continue;
                }
                int clause = k < attribution.speechStart() ? 0 : attribution.speechEnd();
                Mention accused = subjectBefore(tokens, found, k, clause);
                if (accused == null || sameActor(accused.actor(), attribution.source())
                        || accused.actor().country() == null) {
                    return null;
                }
                Draft d = new Draft("ACCUSE", s, tokens.subList(cue.start(), cue.end()));
                d.actors.addAll(resolveSectorOnly(List.of(attribution.source()), List.of(), null, null, memory)); // not from inside the quote
                d.recipients.add(accused.actor());
                d.attribution = attribution.source();
                d.status = "occurred";
                if (published != null) {
                    d.date = published.toString();
                    d.datePrecision = "day";
                }
                d.contexts.addAll(contexts.contexts(s.text()));
                d.confidence = 0.5;
                return d;
            }
        }
        return null;
    }

    /**
     * "Russia said Sudan must return the helicopter": a speaker's "must" is a demand even when
     * the demanded act has no trigger of its own.
     */
    private Draft obligationWithoutTrigger(Sentence s, List<Token> tokens, List<Mention> found, List<Hit> hits,
                                           Attribution attribution, LocalDate published) {
        for (int k = attribution.speechEnd(); k < tokens.size(); k++) {
            for (PhraseIndex.Match<String> cue : knowledge.cues.matchesAt(tokens, k)) {
                if (!cue.value().equals("obligation")) {
                    continue;
                }
                for (Hit h : hits) {
                    if (h.start() >= cue.end() && h.start() - cue.end() <= 2) {
                        return null; // the act has a trigger: that event carries the demand
                    }
                }
                Mention obliged = subjectBefore(tokens, found, k, attribution.speechEnd());
                if (obliged == null) {
                    return null;
                }
                Draft d = new Draft("REQUEST", s, tokens.subList(cue.start(), cue.end()));
                d.actors.add(attribution.source());
                d.recipients.addAll(coordinated(tokens, found, obliged));
                d.attribution = attribution.source();
                d.status = "occurred";
                if (published != null) {
                    DateResolver.Resolved date = dates.resolve(s.text(), published, false);
                    d.date = date != null ? date.date() : published.toString();
                    d.datePrecision = date != null ? date.precision() : "day";
                    d.dateText = date != null ? date.text() : null;
                }
                d.contexts.addAll(contexts.contexts(s.text()));
                d.confidence = 0.55;
                return d;
            }
        }
        return null;
    }

    /** Trigger phrases in the sentence, longest first, nouns only in an eventive frame. */
    private List<Hit> triggers(List<Token> tokens, List<Mention> found) {
        List<Hit> hits = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (insideName(found, i)) {
                i++;
                continue;
            }
            Hit best = null;
            for (PhraseIndex.Match<Trigger> m : knowledge.triggers.matchesAt(tokens, i)) {
                Trigger t = m.value();
                if (best != null && m.end() < best.end()) {
                    break;
                }
                if (t.needsModeCue() && !hasModeCue(t, tokens)) {
                    continue; // "pledged" is aid only when aid is named; another reading may fit
                }
                boolean nounReading = nounReading(tokens, found, i, m.end() - m.start() == 1);
                if (t.noun() && !eventiveNoun(tokens, m.start(), m.end(), t)) {
                    continue;
                }
                boolean oneWord = m.end() - m.start() == 1;
                if (!t.noun() && (nounReading || oneWord && !plausibleVerb(tokens, found, i, t))) {
                    continue; // "an attack", "political demands": a noun; its noun entry decides
                }
                if (best == null || (!t.noun() && best.trigger().noun() && !nounReading)) {
                    best = new Hit(m.start(), m.end(), t);
                }
            }
            if (best != null && i == 0 && tokens.get(0).norm().equals("asked")) {
                i = best.end(); // "Asked about the hostages, he said …": the reporter's question, not a request
            } else if (best != null && i > 0 && tokens.get(i - 1).norm().equals("-")
                    && tokens.get(i - 1).end() == tokens.get(i).start()) {
                i = best.end(); // "a U.S.-brokered proposal": an adjective, not an act
            } else if (best != null && freeRelative(tokens, best.start())) {
                i = best.end(); // "what Hamas seeks and what Israel is willing to concede": not acts
            } else if (best != null) {
                hits.add(best);
                i = best.end();
            } else {
                i++;
            }
        }
        return hits;
    }

    private static boolean freeRelative(List<Token> tokens, int trigger) {
        for (int k = Math.max(0, trigger - 5); k < trigger; k++) {
            String w = tokens.get(k).norm();
            if (w.equals(",") || w.equals(";")) {
                return false;
            }
            if (w.equals("what") || w.equals("whatever")) {
                for (int j = k + 1; j < trigger; j++) {
                    if (tokens.get(j).norm().equals(",")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** "an attack", "the release of", "to mediating efforts": the word is used as a noun. */
    private static boolean nounReading(List<Token> tokens, List<Mention> found, int i, boolean oneWord) {
        if (i == 0) {
            return false;
        }
        String prev = tokens.get(i - 1).norm();
        if (DETERMINERS.contains(prev)) {
            return true;
        }
        if (endsActorMention(found, i)) {
            return !tokens.get(i).norm().endsWith("ed"); // "an Israeli attack" is a noun; "Nabatieh killed two" a verb
        }
        // "to mediating efforts", "from defending itself", "while discussing the talks": gerunds
        return oneWord && tokens.get(i).norm().endsWith("ing") && GERUND_CONTEXT.contains(prev);
    }

    private static final Set<String> GERUND_CONTEXT = Set.of("to", "from", "of", "for", "by", "about", "without",
            "after", "before", "while", "when", "despite", "on", "in", "upon", "against");

    private static final Set<String> BASE_FORM_CONTEXT = Set.of("to", "will", "would", "can", "could", "may",
            "might", "must", "should", "shall", "did", "do", "does", "not", "n't", "never", "also", "they", "we",
            "i", "you", "'ll", "and", "or", "cannot", "jointly", "still", "now", "often");
    private static final Set<String> S_FORM_CONTEXT = Set.of("he", "she", "it", "who", "which", "that", ",", "also",
            "now", "still", "again", "meanwhile", "then", "and", "repeatedly", "often", "reportedly");

    /**
     * Without a part-of-speech model, the shape of the word and its left neighbour tell verbs
     * from nouns well enough: a bare form needs an auxiliary, "to" or a subject before it; an -s
     * form needs a subject or an adverb ("Israel refuses", "he says"), not an adjective
     * ("political demands").
     */
    private static boolean plausibleVerb(List<Token> tokens, List<Mention> found, int i, Trigger t) {
        String form = tokens.get(i).norm();
        String prev = i > 0 ? tokens.get(i - 1).norm() : "";
        boolean afterSubject = endsAnyActor(found, i) || prev.endsWith("ly");
        if (form.endsWith("s") && !form.endsWith("ss") && !form.equals(t.verbLemma())) {
            return i == 0 || S_FORM_CONTEXT.contains(prev) || afterSubject;
        }
        if (form.equals(t.verbLemma()) && !form.endsWith("ed")) {
            return i == 0 || BASE_FORM_CONTEXT.contains(prev) || afterSubject;
        }
        return true;
    }

    private static boolean endsAnyActor(List<Mention> found, int token) {
        for (Mention m : found) {
            if (m.end() == token && m.isActor()) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideName(List<Mention> found, int token) {
        for (Mention m : found) {
            if (token >= m.start() && token < m.end() && !"SECTOR".equals(m.kind())) {
                return true;
            }
        }
        return false;
    }

    /** "Israeli strikes": a nationality adjective before the word makes it a noun. */
    private static boolean endsActorMention(List<Mention> found, int token) {
        for (Mention m : found) {
            if (m.end() == token && m.isActor() && "DEMONYM".equals(m.kind()) && !m.actor().text().endsWith("s")) {
                return true;
            }
        }
        return false;
    }

    /** A noun reports an event when standalone, after a light verb, or before an event verb. */
    private boolean eventiveNoun(List<Token> tokens, int start, int end, Trigger t) {
        if (t.standalone()) {
            return true;
        }
        for (int k = Math.max(0, start - 5); k < start; k++) {
            for (PhraseIndex.Match<String> cue : knowledge.cues.matchesAt(tokens, k)) {
                if (cue.value().equals("lightVerbs") && cue.end() <= start) {
                    return true;
                }
            }
        }
        // "Negotiations involving Israel, Hamas and Qatar had resumed": the verb may follow a list
        // of names; other words count, and after four of them the verb belongs to another clause
        int words = 0;
        for (int k = end; k < tokens.size() && words <= 4; k++) {
            String w = tokens.get(k).norm();
            if (w.equals(";") || w.equals(".") || w.equals("–") || w.equals("—") || w.equals("”")
                    || w.equals("\"")) {
                break;
            }
            if (!w.equals(",") && !w.equals("and") && knowledge.entities.matchesAt(tokens, k).isEmpty()
                    && !tokens.get(k).isCapitalised()) {
                words++;
            }
            boolean clauseEnds = w.equals("as");
            for (PhraseIndex.Match<String> cue : knowledge.cues.matchesAt(tokens, k)) {
                if (cue.value().equals("nounEventVerbs")) {
                    return true;
                }
                clauseEnds |= Set.of("speechVerbs", "speechPhrases", "clauseOpeners").contains(cue.value());
            }
            if (clauseEnds || !knowledge.triggers.matchesAt(tokens, k).isEmpty() && k > end) {
                break; // "close to the talks told Reuters as leaders left": "left" is not the talks' verb
            }
        }
        return false;
    }

    /** "An airstrike …", "Israeli air strikes …": the noun is the sentence's subject, nothing but its modifiers before it. */
    private static boolean opensSentence(List<Token> tokens, Hit noun) {
        for (int k = 0; k < noun.start(); k++) {
            Token t = tokens.get(k);
            if (!t.isCapitalised() && !DETERMINERS.contains(t.norm()) && !t.norm().equals("'s")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "urged Israel to open the crossing", "accused the army of killing": the later trigger is the
     * content of the earlier one, not an event of its own.
     */
    private static boolean embedded(List<Token> tokens, Hit governing, Hit later) {
        if (later.start() - governing.end() > 10) {
            return false;
        }
        for (int k = governing.end(); k < later.start(); k++) {
            if (Set.of(";", "–", "—", "but", "while", "and", "whereas").contains(tokens.get(k).norm())) {
                return false; // a new clause: "left the talks – and leaders pledged to renew the offensive"
            }
        }
        for (int k = governing.end(); k < later.start(); k++) {
            if (tokens.get(k).norm().equals("that") && VERBAL.contains(governing.trigger().type())) {
                return true; // "warned that the army would launch an offensive": the content of the warning
            }
        }
        boolean nounForm = later.trigger().noun() || tokens.get(later.start()).norm().endsWith("s")
                && (later.start() == governing.end() || DETERMINERS.contains(tokens.get(governing.end()).norm()));
        if (nounForm && !governing.trigger().noun() && VERBAL.contains(governing.trigger().type())
                && later.start() - governing.end() <= 2) {
            return true; // "rejected calls for a ceasefire", "accepted the proposal": the object of the verb
        }
        for (int k = later.start() - 1; k >= Math.max(governing.end(), later.start() - 4); k--) {
            String w = tokens.get(k).norm();
            if (w.equals(",") || w.equals(";")) {
                return false; // "shelled the city on Wednesday, killing 12": a new clause
            }
            if (EMBEDDING.contains(w)) {
                boolean nameBetween = false;
                for (int j = k + 1; j < later.start(); j++) {
                    nameBetween |= tokens.get(j).isCapitalised(); // "near the town of Samarra killed two"
                }
                if (w.equals("to") || !governing.trigger().noun() || later.trigger().noun()
                        || !opensSentence(tokens, governing) && !nameBetween) {
                    return true;
                }
                break; // "an airstrike on a village killed 20": the preposition belongs to the noun, the verb is its predicate
            }
        }
        String form = tokens.get(later.start()).norm();
        return later.start() == governing.end() && form.endsWith("ing");
    }

    // ---- who says so -----------------------------------------------------------------------


    private static boolean nounState(List<Token> tokens, int i) {
        String w = tokens.get(i).norm();
        String next = i + 1 < tokens.size() ? tokens.get(i + 1).norm() : "";
        return (w.equals("states") || w.equals("state")) && !Set.of("that", ",", ":", "\"", "“").contains(next);
    }

    private Attribution attribution(List<Token> tokens, List<Mention> found, ArticleMemory memory) {
        for (int i = 0; i < tokens.size(); i++) {
            if (insideName(found, i)) {
                continue; // "the United States" does not "state"
            }
            for (PhraseIndex.Match<String> cue : knowledge.cues.matchesAt(tokens, i)) {
                if (cue.value().equals("speechPhrases")) {
                    Mention after = firstActorFrom(found, cue.end(), cue.end() + 6);
                    if (after != null) {
                        return new Attribution(after.actor(), cue.start(), after.end());
                    }
                }
                if (cue.value().equals("speechVerbs") && nounState(tokens, i)) {
                    continue; // "Arab states", "member states": countries, not a speaker stating
                }
                if (cue.value().equals("speechVerbs")) {
                    int speakerEnd = i;
                    if (i > 0 && tokens.get(i - 1).norm().equals(",")) {
                        // "Sources in Hamas, who are close to the talks, said": skip the relative clause
                        for (int k = i - 2; k > 0; k--) {
                            if (tokens.get(k).norm().equals(",")) {
                                speakerEnd = k;
                                break;
                            }
                        }
                    }
                    String spokenBy = i > 0 ? tokens.get(i - 1).norm() : "";
                    // "companies it said had helped Iran": the pronoun speaks, not the noun before it
                    Mention before = knowledge.groupPronouns.contains(spokenBy) || knowledge.personPronouns.contains(spokenBy)
                            ? null : lastActorBefore(found, speakerEnd, speakerEnd - 8);
                    if (i > 0 && (tokens.get(i).norm().endsWith("ing") && tokens.get(i - 1).norm().equals(",")
                            || tokens.get(i - 1).norm().equals("and"))) {
                        // "…, saying", "accused Israel … and said": the sentence's subject speaks
                        before = firstSubject(tokens, found, i, 0);
                        if (knowledge.groupPronouns.contains(tokens.get(0).norm()) && memory.lastGroup != null) {
                            // "It denied targeting civilians and says …": the group the pronoun continues
                            return new Attribution(memory.lastGroup, 0, cue.end());
                        }
                    }
                    if (before != null) {
                        int end = cue.end();
                        Mention addressee = firstActorFrom(found, end, end + 1);
                        if (addressee != null && Set.of("told", "tell", "tells", "informed", "inform", "informs")
                                .contains(tokens.get(i).norm())) {
                            end = addressee.end(); // "told Al Mayadeen that …": the addressee is no actor
                        }
                        return new Attribution(before.actor(), before.start(), end);
                    }
                    String prev = i > 0 ? tokens.get(i - 1).norm() : "";
                    if (knowledge.personPronouns.contains(prev) && memory.lastPerson != null) {
                        return new Attribution(memory.lastPerson, i - 1, cue.end());
                    }
                    if (knowledge.groupPronouns.contains(prev)) {
                        // "Washington imposed sanctions on companies it said had helped Iran": the
                        // sentence's subject, else the group the article is about
                        Mention subject = i > 2 ? firstSubject(tokens, found, i - 1, 0) : null;
                        EntityRef group = subject != null && subject.actor().country() != null ? subject.actor()
                                : memory.lastGroup;
                        if (group != null) {
                            return new Attribution(group, i - 1, cue.end());
                        }
                    }
                    Mention after = firstActorFrom(found, cue.end(), cue.end() + 5);
                    if (after != null && i > 0 && Set.of(",", "”", "\"").contains(tokens.get(i - 1).norm())) {
                        return new Attribution(after.actor(), i, after.end()); // "…, said Hamas official X"
                    }
                }
            }
        }
        return null;
    }

    private static Mention firstActorFrom(List<Mention> found, int from, int to) {
        for (Mention m : found) {
            if (m.isActor() && m.start() >= from && m.start() <= to) {
                return m;
            }
        }
        return null;
    }

    private static Mention lastActorBefore(List<Mention> found, int before, int notBefore) {
        Mention last = null;
        for (Mention m : found) {
            if (m.isActor() && m.end() <= before && m.end() >= notBefore) {
                last = m;
            }
        }
        return last;
    }

    // ---- one event -------------------------------------------------------------------------

    private Draft draft(Sentence s, List<Token> tokens, List<Mention> found, Hit hit, Hit previousHit,
                        List<Hit> hits, Attribution attribution, LocalDate published, ArticleMemory memory) {
        Trigger t = hit.trigger();
        Draft d = new Draft(t.type(), s, tokens.subList(hit.start(), hit.end()));
        if (t.mode() != null) {
            d.modes.add(t.mode());
        }
        int clauseStart = clauseStart(tokens, hits, hit, attribution);
        boolean passive = t.victimSubject() || !t.noun() && (isPassive(tokens, hit) || reducedPassive(tokens, found, hit));
        boolean participle = !passive && isParticipleAdjunct(tokens, hit);
        List<EntityRef> actors = new ArrayList<>();
        List<EntityRef> recipients = new ArrayList<>();
        if (passive) {
            Mention agent = agentAfterBy(tokens, found, hit.end());
            if (agent != null) {
                actors.addAll(coordinated(tokens, found, agent));
            }
            Mention subject = lastActorBefore(found, hit.start(), clauseStart);
            if (subject != null) {
                recipients.addAll(coordinated(tokens, found, subject));
            }
        } else {
            boolean infinitive = hit.start() > 0 && tokens.get(hit.start() - 1).norm().equals("to");
            Mention owner = reducedRelativeOwner(tokens, found, hit);
            // "Israeli troops raided the town and arrested 12"; "X said Y was sabotaging the deal and
            // called on Z": with no act reported before it, the second verb is the speaker's
            boolean coordinatedVerb = hit.start() > 0 && Set.of("and", "but").contains(tokens.get(hit.start() - 1).norm())
                    && !tokens.get(hit.start()).norm().endsWith("ing")
                    && (hits.get(0) != hit || attribution != null && attribution.speechEnd() <= hit.start());
            // a material act hangs on the clause before it ("militants fired on troops, wounding a
            // reservist"); a verbal one on the speaker ("X said troops struck, accusing them of …")
            Mention previousSubject = !participle || VERBAL.contains(t.type()) && attribution != null ? null
                    : participleSubject(tokens, found, hits, hit, attribution);
            Mention subject = previousSubject != null ? previousSubject
                    : owner != null ? owner
                    : participle || coordinatedVerb ? mainSubject(found, hits, hit, attribution)
                    : infinitive ? firstSubject(tokens, found, hit.start(), innermostClause(tokens, clauseStart, hit.start()))
                    : subjectBefore(tokens, found, hit.start(), clauseStart);
            boolean speakerActs = attribution != null && attribution.speechEnd() <= hit.start()
                    && hit.start() - attribution.speechEnd() <= 3;
            if (subject != null) {
                actors.addAll(coordinated(tokens, found, subject));
            } else if (t.noun() && speakerActs) {
                actors.add(attribution.source()); // "Italy announced a suspension of air links"
            } else if (t.noun()) {
                Mention after = firstActorFrom(found, hit.end(), hit.end() + 4);
                String before = after == null || after.start() == 0 ? "" : tokens.get(after.start() - 1).norm();
                if (Set.of("involving", "between", "by").contains(before)) {
                    actors.addAll(coordinated(tokens, found, after));
                } else if (before.equals("with")) {
                    recipients.addAll(coordinated(tokens, found, after)); // "fighting with guerrillas": the other side
                }
            }
            if (actors.isEmpty()) {
                EntityRef pronoun = pronounBefore(tokens, found, hit.start(), clauseStart, memory);
                if (pronoun != null) {
                    actors.add(pronoun);
                }
            }
            Mention object = objectAfter(tokens, found, hits, hit, attribution);
            if (object != null && (actors.isEmpty() || !sameActor(actors.get(0), object.actor()))) {
                recipients.addAll(coordinated(tokens, found, object));
            }
        }
        d.ownSubject = !actors.isEmpty(); // the clause names who acted (not the source, not memory)
        if (passive && actors.isEmpty() && "COERCE".equals(t.type()) && attribution != null
                && attribution.source().sector() != null
                && Set.of("MIL", "COP", "GOV", "JUD").contains(attribution.source().sector())) {
            actors.add(attribution.source()); // "police said 12 people were arrested": by the police
        }
        if (actors.isEmpty() && attribution != null && VERBAL.contains(t.type())) {
            actors.add(attribution.source());
        }
        boolean inferred = false;
        if (actors.isEmpty() && "ASSAULT".equals(t.type()) && memory.lastAttacker != null) {
            actors.add(memory.lastAttacker); // "Three people were killed": the attacker the article named
            inferred = true;
        }
        d.inferredActor = inferred;
        d.casualtyTrigger = t.casualties() != null || passive; // "were killed", "after being beaten": victims told of
        d.newIncident = hasCue(tokens, 0, tokens.size(), "newIncident");
        // a later act of the sentence happens where its own clause says, if it says
        int ownClause = previousHit == null ? 0 : previousHit.end();
        for (int k = hit.start() - 1; previousHit != null && k >= previousHit.end(); k--) {
            if (Set.of(",", ";", "but", "while", "whereas").contains(tokens.get(k).norm())) {
                ownClause = k + 1;
                break;
            }
        }
        int from = ownClause;
        List<Mention> clauseMentions = previousHit == null ? found
                : found.stream().filter(m -> m.start() >= from).toList();
        boolean clausePlace = clauseMentions.stream().anyMatch(m -> m.place() != null && !m.isActor());
        d.location = location(tokens, clausePlace ? clauseMentions : found, memory, attribution);
        d.ownPlace = d.location != null && found.stream().anyMatch(m -> m.place() != null
                && m.place().name().equals(d.location.name())
                && !(m.end() < tokens.size() && hasCue(tokens, m.end(), m.end() + 1, "topicNouns")));
        if (d.location == null && Set.of("CONSULT", "AGREE").contains(d.type)) {
            d.location = memory.talksPlace; // talks go on where the article said they were held
        } else if (d.location != null && d.type.equals("CONSULT")) {
            memory.talksPlace = d.location;
        }
        List<EntityRef> resolvedActors = resolveSectorOnly(actors, found, attribution, d.location, memory);
        Location struck = d.location != null ? d.location : memory.dominantPlace();
        if ("ASSAULT".equals(t.type()) && struck != null && memory.lastAttacker != null
                && !Objects.equals(memory.lastAttacker.country(), struck.country())) {
            // "the mayor said a missile hit a building": a weapon without a flag that strikes a
            // country is not that country's own; it is the attacker's the article named
            for (int k = 0; k < resolvedActors.size(); k++) {
                EntityRef r = resolvedActors.get(k);
                if (actors.get(k).country() == null && "MIL".equals(r.sector())
                        && Objects.equals(r.country(), struck.country())) {
                    resolvedActors.set(k, withText(memory.lastAttacker, r.text()));
                }
            }
        }
        d.actors.addAll(distinct(resolvedActors));
        d.recipients.addAll(distinct(resolveSectorOnly(recipients, found, attribution, d.location, memory)));
        if (d.recipients.isEmpty() && d.type.equals("ACCUSE") && memory.lastAttacker != null
                && hasCue(tokens, hit.end(), Math.min(tokens.size(), hit.end() + 4), "attackNouns")) {
            d.recipients.add(memory.lastAttacker); // "Hamas condemned the strike": whoever struck
        }
        d.recipients.removeIf(r -> d.actors.stream().anyMatch(a -> sameActor(a, r) && Objects.equals(a.country(),
                r.country()))); // nobody urges or attacks themselves
        d.attribution = attribution == null ? null : attribution.source();
        int statusStart = Math.max(clauseStart, previousHit == null ? 0 : previousHit.end());
        d.status = status(tokens, hit, statusStart, t);
        int windowEnd = s.end();
        for (Hit h : hits) {
            if (h.start() > hit.end()) {
                windowEnd = tokens.get(h.start()).start();
                break;
            }
        }
        int windowStart = tokens.get(Math.min(statusStart, hit.start())).start();
        String clauseText = s.text().substring(windowStart - s.start(), windowEnd - s.start());
        DateResolver.Resolved date = dates.resolve(clauseText, published, d.status.equals("future"));
        if (date != null && date.text().toLowerCase(java.util.Locale.ROOT).startsWith("since")) {
            date = null; // "killed since October 2023": the count runs to today, the date starts it
        }
        if (date != null) {
            d.date = date.date();
            d.datePrecision = date.precision();
            d.dateText = date.text();
            if (d.status.equals("occurred") && published != null && date.date().length() >= 4
                    && date.date().compareTo(published.minusDays(45).toString()) < 0) {
                d.status = "historical";
            }
        } else if (published != null && !d.status.equals("future") && !d.status.equals("hypothetical")) {
            d.date = published.toString();
            d.datePrecision = "day";
        }
        if (t.casualties() != null) {
            Integer n = casualtyCount(tokens, hit, found);
            if ("killed".equals(t.casualties())) {
                d.fatalities = n;
            } else {
                d.injuries = n;
            }
        }
        addModeCues(d, tokens);
        recodeByStatus(d, attribution, hasCue(tokens, statusStart, hit.start(), "commissive"));
        if (d.date == null && published != null && d.status.equals("occurred")) {
            d.date = published.toString(); // a promise recoded from a future act is made as it is reported
            d.datePrecision = "day";
        }
        if (d.actors.isEmpty() && attribution != null && VERBAL.contains(d.type)) {
            d.actors.add(attribution.source()); // "military action will begin soon," the minister said: his threat
        }
        if (attribution != null && hasCue(tokens, statusStart, hit.start(), "obligation")
                && !sameActor(attribution.source(), d.actors.isEmpty() ? attribution.source() : d.actors.get(0))) {
            d.becomeSpeakersAct("REQUEST", attribution.source()); // "X said Y must withdraw": X demands it of Y
        }
        d.contexts.addAll(contexts.contexts(s.text()));
        d.confidence = Math.min(0.95, 0.45 + (d.actors.isEmpty() ? 0 : 0.2) + (d.recipients.isEmpty() ? 0 : 0.1)
                + (t.noun() ? 0 : 0.1) + (d.location == null ? 0 : 0.05) + (passive || participle ? 0 : 0.05));
        return d;
    }

    /** The clause of a trigger starts after the previous trigger's clause break or the speech frame. */
    private static int clauseStart(List<Token> tokens, List<Hit> hits, Hit hit, Attribution attribution) {
        int start = 0;
        if (attribution != null && attribution.speechEnd() <= hit.start()) {
            start = attribution.speechEnd();
        }
        for (int k = hit.start() - 1; k >= start; k--) {
            String w = tokens.get(k).norm();
            if (w.equals(";") || w.equals(":") || w.equals("—") || w.equals("–")
                    || (w.equals("but") || w.equals("while") || w.equals("whereas")) && k > 0) {
                return k + 1;
            }
        }
        return start;
    }

    private static boolean isPassive(List<Token> tokens, Hit hit) {
        String form = tokens.get(hit.start()).norm();
        if (form.endsWith("ing") || form.endsWith("s") && !form.endsWith("ss")) {
            return false;
        }
        for (int k = hit.start() - 1; k >= Math.max(0, hit.start() - 3); k--) {
            String w = tokens.get(k).norm();
            if (BE.contains(w)) {
                return true;
            }
            if (!(w.endsWith("ly") || w.equals("not") || w.equals("reportedly") || w.equals("also")
                    || w.equals("been") || w.equals("allegedly"))) {
                return false;
            }
        }
        return false;
    }

    /** ", killing 12" / ", accusing Israel of …": the participle's actor is the sentence's subject. */
    /**
     * The subject a participle hangs on: that of the clause before it ("shelled the town, killing
     * 12"), the agent of a passive one, the reported clause's ("X said Israel had committed
     * violations, killing 342"), through a chain of participles ("killing 342 and wounding 870").
     */
    private static Mention participleSubject(List<Token> tokens, List<Mention> found, List<Hit> hits, Hit hit,
                                             Attribution attribution) {
        Hit previous = null;
        for (Hit h : hits) {
            if (h.start() < hit.start()) {
                previous = h;
            }
        }
        if (previous == null) {
            return attribution == null || attribution.speechEnd() > hit.start() ? null
                    : firstSubject(tokens, found, hit.start(), attribution.speechEnd());
        }
        if (isParticipleAdjunct(tokens, previous)) {
            return participleSubject(tokens, found, hits, previous, attribution);
        }
        return isPassive(tokens, previous) ? agentAfterBy(tokens, found, previous.end())
                : subjectBefore(tokens, found, previous.start(), clauseStart(tokens, hits, previous, attribution));
    }

    /** "a deal mediated by the Emirates": a past participle after a noun, with an actor as its agent. */
    private static boolean reducedPassive(List<Token> tokens, List<Mention> found, Hit hit) {
        if (!tokens.get(hit.start()).norm().endsWith("ed") || hit.end() >= tokens.size() || hit.start() == 0
                || !tokens.get(hit.end()).norm().equals("by") || endsAnyActor(found, hit.start())
                || tokens.get(hit.start() - 1).isCapitalised()) {
            return false;
        }
        Mention agent = agentAfterBy(tokens, found, hit.end());
        return agent != null && agent.start() <= hit.end() + 3;
    }

    private static boolean isParticipleAdjunct(List<Token> tokens, Hit hit) {
        return hit.start() > 0 && tokens.get(hit.start()).norm().endsWith("ing")
                && Set.of(",", "and").contains(tokens.get(hit.start() - 1).norm()); // ", freezing … and banning"
    }

    private Mention mainSubject(List<Mention> found, List<Hit> hits, Hit hit, Attribution attribution) {
        if (attribution != null && attribution.speechStart() <= 1) {
            return new Mention(0, 0, attribution.source(), null, "SPEAKER"); // "X said …, accusing Y"
        }
        int firstTrigger = hits.isEmpty() ? hit.start() : hits.get(0).start();
        for (Mention m : found) {
            if (m.isActor() && m.end() <= firstTrigger) {
                return m;
            }
            if (m.start() >= firstTrigger) {
                break;
            }
        }
        return attribution == null ? null : new Mention(0, 0, attribution.source(), null, "SPEAKER");
    }

    /**
     * The nearest actor before the trigger in its clause that is not the object of a preposition
     * ("thousands of Kurds" is a subject, "the war in Iraq" is not) nor inside an apposition
     * ("Pakistan, a key U.S. ally, refused").
     */
    private static Mention subjectBefore(List<Token> tokens, List<Mention> found, int before, int clauseStart) {
        int appositionStart = -1;
        if (before > 0 && tokens.get(before - 1).norm().equals(",")) {
            for (int k = before - 2; k > clauseStart; k--) {
                if (tokens.get(k).norm().equals(",")) {
                    String opener = tokens.get(k + 1).norm();
                    // "the minister, a veteran of …, said", "Pistorius, visiting Kyiv, pledged"
                    if (Set.of("a", "an", "the", "who", "which", "whose").contains(opener)
                            || opener.endsWith("ing") && !tokens.get(k + 1).isCapitalised()) {
                        appositionStart = k;
                    }
                    break;
                }
            }
        }
        Mention best = null;
        for (Mention m : found) {
            if (!m.isActor() || m.end() > before || m.start() < clauseStart
                    || appositionStart >= 0 && m.start() > appositionStart) {
                continue;
            }
            // "after militants fired": "after" opens a clause when a verb follows the name
            if (!prepositional(tokens, m.start())
                    || m.end() == before && CONJUNCTIONS.contains(precedingWord(tokens, m.start()))) {
                best = m;
            }
        }
        return best;
    }

    private static final Set<String> QUANTITIES = Set.of("group", "groups", "number", "dozens", "hundreds", "thousands",
            "tens", "scores", "millions", "some", "many", "most", "all", "each", "members", "member", "delegation",
            "team", "one", "two", "three", "several", "none", "majority", "crowd", "crowds", "band", "unit", "units");

    private static boolean prepositional(List<Token> tokens, int start) {
        if (start == 0) {
            return false;
        }
        int k = start - 1;
        while (k > 0 && (DETERMINERS.contains(tokens.get(k).norm()) || PLACE_MODIFIERS.contains(tokens.get(k).norm()))) {
            k--; // "to the captives"
        }
        String prev = tokens.get(k).norm();
        if (prev.equals("of") && k >= 1 && QUANTITIES.contains(tokens.get(k - 1).norm())) {
            return false; // "a group of Moroccan diplomats", "thousands of Kurds"
        }
        if ((prev.equals("from") || prev.equals("of")) && k >= 1 && DELEGATES.contains(tokens.get(k - 1).norm())) {
            return false; // "diplomats from Iran, France and Germany met": whose diplomats they are
        }
        return OBJECT_PREPOSITIONS.contains(prev);
    }

    private static String precedingWord(List<Token> tokens, int start) {
        int k = start - 1;
        while (k > 0 && (DETERMINERS.contains(tokens.get(k).norm()) || PLACE_MODIFIERS.contains(tokens.get(k).norm()))) {
            k--;
        }
        return k >= 0 ? tokens.get(k).norm() : "";
    }

    private static boolean locative(List<Token> tokens, int start) {
        int k = start - 1;
        while (k > 0 && (DETERMINERS.contains(tokens.get(k).norm()) || PLACE_MODIFIERS.contains(tokens.get(k).norm()))) {
            k--;
        }
        return k >= 0 && Set.of("in", "at", "near", "into", "inside", "outside", "across", "throughout", "around", "off", "on",
                "from", "to", "towards", "toward", "of").contains(tokens.get(k).norm());
    }

    /** "a Security Council resolution calling for a ceasefire": the -ing form belongs to the name before it. */
    private static Mention reducedRelativeOwner(List<Token> tokens, List<Mention> found, Hit hit) {
        if (!tokens.get(hit.start()).norm().endsWith("ing") || hit.start() < 1
                || tokens.get(hit.start() - 1).norm().equals(",")) {
            return null;
        }
        for (Mention m : found) {
            if (m.isActor() && m.end() >= hit.start() - 2 && m.end() <= hit.start()
                    && (m.end() == hit.start() || tokens.get(m.end()).isWord() && !tokens.get(m.end()).isCapitalised()
                    && !BE.contains(tokens.get(m.end()).norm()))) {
                return m;
            }
        }
        return null;
    }

    /** "Russian drones and missiles" is one actor, Russia, not Russia twice. */
    private static List<EntityRef> distinct(List<EntityRef> refs) {
        List<EntityRef> out = new ArrayList<>();
        for (EntityRef r : refs) {
            if (out.stream().noneMatch(x -> Objects.equals(x.name(), r.name()) && Objects.equals(x.country(), r.country()))) {
                out.add(r);
            }
        }
        return out;
    }

    /** "summoned the ambassador to complain": an infinitive of purpose belongs to the clause's subject. */
    /** "… would act with full force if Hamas failed to return them": the clause the act is in. */
    private static int innermostClause(List<Token> tokens, int clauseStart, int before) {
        int from = clauseStart;
        for (int k = clauseStart; k < before; k++) {
            if (Set.of("if", "unless", "when", "after", "before", "because", "that", "while").contains(tokens.get(k).norm())) {
                from = k + 1;
            }
        }
        return from;
    }

    private static Mention firstSubject(List<Token> tokens, List<Mention> found, int before, int clauseStart) {
        for (Mention m : found) {
            if (m.isActor() && m.end() <= before && m.start() >= clauseStart && !prepositional(tokens, m.start())) {
                return m;
            }
        }
        return null;
    }

    private static Mention agentAfterBy(List<Token> tokens, List<Mention> found, int from) {
        for (int k = from; k < Math.min(tokens.size(), from + 8); k++) {
            if (tokens.get(k).norm().equals("by")) {
                return firstActorFrom(found, k + 1, k + 4);
            }
        }
        return null;
    }

    /** The first actor after the trigger, before the next trigger, a clause break or a speech frame. */
    private Mention objectAfter(List<Token> tokens, List<Mention> found, List<Hit> hits, Hit hit,
                                Attribution attribution) {
        int limit = Math.min(tokens.size(), hit.end() + 10);
        for (Hit h : hits) {
            if (h.start() > hit.start()) {
                limit = Math.min(limit, h.start());
                break;
            }
        }
        for (int k = hit.end(); k < limit; k++) {
            String w = tokens.get(k).norm();
            if (w.equals(";") || w.equals("said") || w.equals("says") || w.equals("—") || w.equals("–")
                    || CONJUNCTIONS.contains(w) || w.equals("when") || w.equals("while") || w.equals("because")) {
                limit = k; // "struck a depot after militants fired": the next clause has its own parties
                break;
            }
        }
        for (Mention m : found) {
            if (attribution != null && m.actor() == attribution.source()) {
                continue; // ", residents said": the source, not the target
            }
            if (m.isActor() && m.start() >= hit.end() && m.start() < limit) {
                String prev = m.start() > 0 ? tokens.get(m.start() - 1).norm() : "";
                if (Set.of("in", "at", "near", "by", "since", "during").contains(prev)) {
                    continue;
                }
                if (m.actor().country() == null && knowledge.weapons.contains(tokens.get(m.end() - 1).norm())) {
                    continue; // "fired two missiles at a tanker": the weapon, not the target
                }
                return m;
            }
        }
        return null;
    }

    /** A mention with those joined to it by "and" or commas: "Egypt, Qatar and the United States". */
    private static List<EntityRef> coordinated(List<Token> tokens, List<Mention> found, Mention head) {
        List<EntityRef> out = new ArrayList<>();
        int idx = found.indexOf(head);
        if (idx < 0) {
            out.add(head.actor());
            return out;
        }
        int first = idx;
        while (first > 0 && joined(tokens, found.get(first - 1), found.get(first))) {
            first--;
        }
        int last = idx;
        while (last + 1 < found.size() && joined(tokens, found.get(last), found.get(last + 1))) {
            last++;
        }
        for (int k = first; k <= last; k++) {
            if (found.get(k).isActor()) {
                out.add(found.get(k).actor());
            }
        }
        return out;
    }

    private static boolean joined(List<Token> tokens, Mention a, Mention b) {
        if (!a.isActor() || !b.isActor()) {
            return false;
        }
        int gap = b.start() - a.end();
        if (gap < 1 || gap > 3) {
            return false;
        }
        for (int k = a.end(); k < b.start(); k++) {
            String w = tokens.get(k).norm();
            if (!(w.equals("and") || w.equals(",") || w.equals("&") || w.equals("the"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Hamas said it …": a pronoun continues the subject named earlier in the sentence, else the
     * person or group the previous sentences were about.
     */
    private EntityRef pronounBefore(List<Token> tokens, List<Mention> found, int before, int clauseStart,
                                    ArticleMemory memory) {
        for (int k = before - 1; k >= clauseStart; k--) {
            String w = tokens.get(k).norm();
            boolean person = knowledge.personPronouns.contains(w);
            boolean group = knowledge.groupPronouns.contains(w);
            if (!person && !group) {
                continue;
            }
            Attribution frame = memory.sentenceAttribution;
            if (frame != null && (frame.speechEnd() == k || frame.speechEnd() == k - 1
                    && tokens.get(k - 1).norm().equals("that"))) {
                return withText(frame.source(), tokens.get(k).text()); // "Hamas said it will not …"
            }
            Mention earlier = firstSubject(tokens, found, k, 0);
            if (earlier != null && earlier.isPerson() == person && earlier.actor().country() != null) {
                return withText(earlier.actor(), tokens.get(k).text());
            }
            EntityRef remembered = person ? memory.lastPerson
                    : memory.lastSpeakerGroup != null ? memory.lastSpeakerGroup : memory.lastGroup;
            return remembered == null ? null : withText(remembered, tokens.get(k).text());
        }
        return null;
    }

    private static EntityRef withText(EntityRef e, String text) {
        return new EntityRef(text, e.name(), e.country(), e.sector());
    }

    private static boolean sameActor(EntityRef a, EntityRef b) {
        return a.name() != null && a.name().equals(b.name());
    }

    /**
     * "the military", "cabinet ministers", "the envoys": a sector without a country takes it from
     * an earlier mention of the same sector in the sentence (else any earlier one), else from the source ("according to
     * Israeli media"), police from the place of the event, else from the article's last mention of
     * that sector, else from the state the article names most.
     */
    private List<EntityRef> resolveSectorOnly(List<EntityRef> refs, List<Mention> found,
                                              Attribution attribution, Location place, ArticleMemory memory) {
        List<EntityRef> out = new ArrayList<>();
        for (EntityRef r : refs) {
            if (r.country() == null && r.sector() != null && !"CVL".equals(r.sector())
                    && !knowledge.outsiders.contains(r.name())) {
                boolean rebels = "REB".equals(r.sector());
                EntityRef same = "UNK".equals(r.sector()) ? memory.lastSpeakerGroup : null;
                if (same == null) {
                    EntityRef anyBefore = null;
                    for (Mention m : found) {
                        if (m.actor() == r) {
                            break;
                        }
                        if (m.isActor() && m.actor().country() != null) {
                            anyBefore = m.actor();
                            if (r.sector().equals(m.actor().sector())) {
                                same = m.actor();
                            }
                        }
                    }
                    same = same != null || rebels ? same : anyBefore; // "Palestinian voices and regional leaders"
                }
                if (rebels) {
                    // "the army said militants fired on troops": armed groups are not of the state
                    // that fights them; their group, else the place, tells whose they are
                    same = same != null ? same : memory.lastWithSector.get("REB");
                    if (same == null && place != null && place.country() != null) {
                        same = new EntityRef(null, r.name(), place.country(), r.sector());
                    }
                    if (same != null) {
                        out.add(new EntityRef(r.text(), same.name(), same.country(), r.sector()));
                        continue;
                    }
                    out.add(r);
                    continue;
                }
                if (same == null && attribution != null && attribution.source().country() != null
                        && attribution.source() != r) {
                    same = attribution.source();
                }
                if (same == null && "COP".equals(r.sector()) && place != null && place.country() != null) {
                    same = new EntityRef(null, r.name(), place.country(), r.sector()); // police are local
                }
                if (same == null) {
                    same = memory.lastWithSector.get(r.sector());
                }
                if (knowledge.weapons.contains(r.name()) && (same == null || same.country() == null)) {
                    // "a drone attack on a Saudi plant": a weapon nobody claimed yet is nobody's
                    same = memory.lastAttacker;
                    if (same == null) {
                        out.add(r);
                        continue;
                    }
                }
                if (same == null || !knowledge.countryNames.containsKey(same.country())) {
                    // "the government" after a UN agency was named: not the agency's, the story's state
                    same = memory.dominantState();
                    if (same != null && same.country().equals(same.name())) {
                        same = new EntityRef(null, knowledge.countryNames.getOrDefault(same.country(), same.name()),
                                same.country(), same.sector());
                    }
                }
                if (same != null && "REB".equals(same.sector()) && STATE_SECTORS.contains(r.sector())) {
                    // "the RSF accused the army": the army of the state the armed group fights
                    same = new EntityRef(null, knowledge.countryNames.get(same.country()), same.country(), r.sector());
                }
                if (same != null) {
                    boolean properName = r.name() != null && !r.name().isEmpty()
                            && Character.isUpperCase(r.name().charAt(0));
                    // "the military" is named after its state; "President Laurent Gbago" keeps his name, and
                    // "refugees" stay refugees (of that country)
                    out.add(new EntityRef(r.text(), properName || !STATE_SECTORS.contains(r.sector()) ? r.name() : same.name(), same.country(), r.sector()));
                    continue;
                }
            }
            out.add(r);
        }
        return out;
    }

    /**
     * The most specific place the sentence names "in", "at" or "near" — else any place it names
     * that is not an actor ("Washington said" is the government), else the paragraph's place.
     */
    private Location location(List<Token> tokens, List<Mention> found, ArticleMemory memory, Attribution attribution) {
        Mention best = null;
        int bestRank = -1;
        for (Mention m : found) {
            if (m.place() == null
                    || m.isActor() && Set.of("COUNTRY", "SEAT").contains(m.kind()) && !locative(tokens, m.start())) {
                continue; // "Lebanon said" is the state; "in southern Lebanon" is the place
            }
            if (m.start() == 0 && tokens.get(0).text().equals(tokens.get(0).text().toUpperCase(java.util.Locale.ROOT))
                    && tokens.size() > 1 && Set.of(",", "(", "—", "–", "-").contains(tokens.get(1).norm())) {
                continue; // "BEIRUT, Nov 20 (Reuters) -": the dateline says where the reporter filed
            }
            // a country or a wide region after "in" is a frame; a town, camp or site there is the place
            int bonus = m.place().specificity() == 0 ? 2 : m.place().specificity() == 1 ? 3
                    : !precedingWord(tokens, m.start()).equals("of") ? 10
                    : knowledge.placeNouns.contains(precedingWord(tokens, m.start() - 1)) ? 10 : 5; // "the city of Kharkiv"
            int rank = m.place().specificity() + (locative(tokens, m.start()) ? bonus : 0);
            if (m.end() < tokens.size() && hasCue(tokens, m.end(), m.end() + 1, "topicNouns")) {
                continue; // "a Gaza ceasefire", "the Ukraine talks": what it is about, not where
            }
            if (precedingWord(tokens, m.start()).equals("from")) {
                continue; // "a missionary from Calgary", "fled from Rafah": where they came from
            }
            if (attribution != null && m.start() >= attribution.speechStart() && m.start() <= attribution.speechEnd() + 2) {
                continue; // "according to medics at Nasser Hospital": where the source is, not the event
            }
            if (rank > bestRank) {
                best = m;
                bestRank = rank;
            }
        }
        if (memory.paragraphPlace != null && (best == null || best.place().specificity() == 0)) {
            best = memory.paragraphPlace;
        }
        if (best == null) {
            return null;
        }
        Place p = best.place();
        String text = best.actor() != null ? best.actor().text() : p.name();
        return new Location(text, p.name(), p.country(), p.admin1() != null ? p.admin1() : p.region(), p.lat(),
                p.lon());
    }

    private String status(List<Token> tokens, Hit hit, int clauseStart, Trigger t) {
        int from = clauseStart;
        for (int k = clauseStart; k < hit.start(); k++) {
            for (PhraseIndex.Match<String> cue : knowledge.cues.matchesAt(tokens, k)) {
                if (cue.value().equals("clauseOpeners") && cue.end() <= hit.start()) {
                    from = cue.end(); // "may be about to …, when Hamas attacked": the cue stays in its clause
                }
            }
        }
        String status = "occurred";
        if (t.noun()) {
            // "military action will begin soon", "the releases were never carried out": for a noun,
            // the auxiliary follows it
            for (int k = hit.end(); k < Math.min(tokens.size(), hit.end() + 4); k++) {
                for (PhraseIndex.Match<String> cue : knowledge.cues.matchesAt(tokens, k)) {
                    if (cue.value().equals("future")) {
                        status = "future";
                    } else if (cue.value().equals("negated")) {
                        return "negated";
                    }
                }
            }
        }
        int covered = from;
        for (int k = from; k < hit.start(); k++) {
            if (k < covered) {
                continue; // inside a longer cue: "they would" is reported future, not the conditional "would"
            }
            for (PhraseIndex.Match<String> cue : knowledge.cues.matchesAt(tokens, k)) {
                if (cue.end() > hit.start() || Set.of("speechVerbs", "speechPhrases", "lightVerbs", "clauseOpeners",
                        "nounEventVerbs", "obligation", "commissive").contains(cue.value())) {
                    continue;
                }
                covered = Math.max(covered, cue.end());
                switch (cue.value()) {
                    case "negated" -> {
                        if (hit.start() - cue.end() <= 3) {
                            // "neither confirmed nor denied"; "will not accept" is a trigger itself; but
                            // "if Hamas failed to return them" is a condition, not a denial
                            return tokens.subList(clauseStart, hit.start()).stream().anyMatch(
                                    x -> x.norm().equals("if") || x.norm().equals("unless")) ? "hypothetical" : "negated";
                        }
                    }
                    case "hypothetical" -> status = reportedFuture(tokens, k) ? "future" : "hypothetical";
                    case "future" -> status = status.equals("hypothetical") ? status : "future";
                    case "historical" -> status = status.equals("occurred") ? "historical" : status;
                    default -> {
                        // other cue lists do not bear on status
                    }
                }
            }
        }
        return status;
    }

    /**
     * PLOVER codes a refusal to cooperate as REJECT, and a statement that one will use force as
     * THREATEN: "will not accept the deal", "military action will begin soon", said a minister.
     */
    private static void recodeByStatus(Draft d, Attribution attribution, boolean commissive) {
        if (d.status.equals("negated") && COOPERATIVE_VERBAL.contains(d.type) && attribution != null
                && d.actors.size() == 1 && d.actors.get(0).country() != null
                && INTENTION.matcher(d.sentence.text()).find()
                && !Objects.equals(d.actors.get(0).country(), attribution.source().country())) {
            // "Hamas does not intend to reach an agreement, the Israeli minister said": a claim about
            // another side's intentions is not its refusal but the speaker's charge against it
            d.becomeSpeakersAct("ACCUSE", attribution.source());
            d.modes.clear();
        } else if (d.status.equals("negated") && COOPERATIVE_VERBAL.contains(d.type)) {
            d.type = "REJECT";
            d.status = "occurred";
            d.modes.clear();
        } else if (d.status.equals("negated") && d.type.equals("CONSULT")
                && REFUSAL.matcher(d.sentence.text()).find()) {
            d.type = "REJECT"; // "would not take part in talks": a refusal to meet, not a meeting that did not happen
            d.status = "occurred";
            d.modes.clear();
            d.modes.add("meet");
        } else if (MATERIAL_COOPERATION.contains(d.type) && d.status.equals("future")
                && (commissive || attribution != null)) {
            d.type = "AGREE"; // "Israel will evacuate the settlements, a spokesman said": a promise
            d.status = "occurred";
        } else if (d.type.equals("REJECT") && d.status.equals("future")) {
            d.status = "occurred"; // "Tehran would not accept demands": the refusal is made as it is said
        } else if (THREATENABLE.contains(d.type) && d.status.equals("future") && (commissive || attribution != null
                || d.sentence.text().contains("“") || d.sentence.text().contains("\""))) {
            d.modes.clear();
            d.modes.add("ASSAULT".equals(d.type) ? "violence" : "restrict");
            d.type = "THREATEN";
            d.fatalities = null;
            d.injuries = null;
        }
    }

    /** "an official said Cairo would host the talks next week": "would" of reported speech, no condition. */
    private boolean reportedFuture(List<Token> tokens, int k) {
        return tokens.get(k).norm().equals("would") && hasCue(tokens, 0, k, "speechVerbs")
                && tokens.stream().noneMatch(x -> x.norm().equals("if") || x.norm().equals("unless"));
    }

    private boolean hasCue(List<Token> tokens, int from, int to, String list) {
        for (int k = from; k < to; k++) {
            for (PhraseIndex.Match<String> cue : knowledge.cues.matchesAt(tokens, k)) {
                if (cue.value().equals(list) && cue.end() <= to) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A cue of the trigger's own mode, or of any mode of its type when the trigger names none. */
    private boolean hasModeCue(Trigger t, List<Token> tokens) {
        Map<String, PhraseIndex<String>> cues = knowledge.modeCues.get(t.type());
        if (cues != null) {
            for (Map.Entry<String, PhraseIndex<String>> e : cues.entrySet()) {
                if (t.mode() != null && !t.mode().equals(e.getKey())) {
                    continue;
                }
                PhraseIndex<String> index = e.getValue();
                for (int k = 0; k < tokens.size(); k++) {
                    if (!index.matchesAt(tokens, k).isEmpty()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private void addModeCues(Draft d, List<Token> tokens) {
        Map<String, PhraseIndex<String>> cues = knowledge.modeCues.get(d.type);
        if (cues == null) {
            return;
        }
        for (Map.Entry<String, PhraseIndex<String>> mode : cues.entrySet()) {
            for (int k = 0; k < tokens.size(); k++) {
                if (!mode.getValue().matchesAt(tokens, k).isEmpty()) {
                    d.modes.add(mode.getKey());
                    break;
                }
            }
        }
    }

    /**
     * Victims counted next to a casualty trigger: "two brothers … were killed", "killing 12",
     * "the death toll rose to 200", "At least 355 Palestinians have been killed".
     */
    private Integer casualtyCount(List<Token> tokens, Hit hit, List<Mention> found) {
        if (hit.trigger().victimSubject() && hit.trigger().noun()) {
            // "the death toll since the truce took effect … rose to 342"
            for (int k = hit.end(); k < Math.min(tokens.size(), hit.end() + 14); k++) {
                Integer n = number(tokens, k);
                if (n != null) {
                    return n;
                }
                if (tokens.get(k).norm().equals(";")) {
                    break;
                }
            }
        } else if (!hit.trigger().victimSubject()) {
            Integer victims = victimsAfter(tokens, hit.end(), found);
            if (victims != null) {
                return victims;
            }
        }
        for (int k = hit.start() - 1; k >= Math.max(0, hit.start() - 10); k--) {
            String w = tokens.get(k).norm();
            if (w.equals(";") || w.equals(",") && k < hit.start() - 3) {
                break;
            }
            Integer n = number(tokens, k);
            if (n != null && !(k > 0 && Set.of("of", "from", "in", "with", "at", "for", "to", "by")
                    .contains(tokens.get(k - 1).norm()))) {
                return n; // "three members of one family": the count is "three"
            }
        }
        return null;
    }

    /**
     * The victims named after an active casualty verb, added up: "killing 12", "killed two
     * soldiers and a policeman" (3), "killing a commander and two civilians" (3). The list ends at
     * a comma, a preposition or another verb.
     */
    private Integer victimsAfter(List<Token> tokens, int from, List<Mention> found) {
        Integer total = null;
        boolean expectCount = true;
        for (int k = from; k < Math.min(tokens.size(), from + 12); k++) {
            String w = tokens.get(k).norm();
            if (APPROXIMATORS.contains(w) && expectCount) {
                continue; // "at least four", "more than 20", "up to 16"
            }
            if (w.equals(",") || w.equals(";") || w.equals(".") || OBJECT_PREPOSITIONS.contains(w)
                    && !w.equals("of") || !knowledge.triggers.matchesAt(tokens, k).isEmpty()) {
                break;
            }
            if (w.equals("and")) {
                if (k + 1 < tokens.size() && tokens.get(k + 1).norm().endsWith("ed")) {
                    break; // "killed 40 people and displaced 12 million": a new verb, not more victims
                }
                expectCount = true;
                continue;
            }
            if (!expectCount) {
                continue;
            }
            if (VAGUE_COUNTS.contains(w)) {
                break; // "tens of thousands of people": no figure to report
            }
            Integer n = number(tokens, k);
            if (n == null && (w.equals("a") || w.equals("an")) && startsPersonMention(found, k + 1, k + 3)) {
                n = 1; // "a Hezbollah commander", "a policeman"
            }
            if (n != null) {
                total = total == null ? n : total + n;
                expectCount = false;
            }
        }
        return total;
    }

    private static final Set<String> VAGUE_COUNTS = Set.of("tens", "dozens", "scores", "hundreds", "thousands",
            "millions", "many", "several", "numerous");
    private static final Set<String> APPROXIMATORS = Set.of("at", "least", "more", "than", "up", "to", "about",
            "around", "nearly", "almost", "over", "some", "roughly", "approximately", "as", "many");

    private static boolean startsPersonMention(List<Mention> found, int from, int to) {
        for (Mention m : found) {
            if (m.start() >= from && m.start() <= to && m.isActor()) {
                return true;
            }
        }
        return false;
    }

    /** A count at token k (digits or number words), not a year or a day of the month. */
    private Integer number(List<Token> tokens, int k) {
        String w = tokens.get(k).norm();
        String prev = k > 0 ? tokens.get(k - 1).norm() : "";
        Integer n = null;
        if (w.matches("\\d{1,3}(,\\d{3})*|\\d+")) {
            if (w.matches("(19|20)\\d{2}") || prev.matches("[a-z]+") && DateWords.MONTHS.contains(prev)) {
                return null;
            }
            n = Integer.parseInt(w.replace(",", ""));
        } else if (knowledge.numberWords.containsKey(w)) {
            n = knowledge.numberWords.get(w);
        }
        if (n == null) {
            return null;
        }
        String next = k + 1 < tokens.size() ? tokens.get(k + 1).norm() : "";
        if (next.equals("hundred") || next.equals("hundreds")) {
            n *= 100;
        } else if (next.equals("thousand") || next.equals("thousands")) {
            n *= 1000;
        } else if (next.equals("million") || next.equals("millions")) {
            n *= 1_000_000;
        }
        if (next.equals("percent") || next.equals("%") || next.equals("days") || next.equals("years")
                || next.equals("months") || next.equals("weeks") || next.equals("hours") || next.equals("km")) {
            return null;
        }
        return n;
    }

    /** An event being assembled. */
    private final class Draft {
        String type;
        final Sentence sentence;
        final String trigger;
        final Set<String> modes = new LinkedHashSet<>();
        final Set<String> contexts = new LinkedHashSet<>();
        final List<EntityRef> actors = new ArrayList<>();
        final List<EntityRef> recipients = new ArrayList<>();
        EntityRef attribution;
        Location location;
        boolean inferredActor;
        boolean ownSubject;
        boolean casualtyTrigger;
        boolean ownPlace;
        boolean newIncident;
        String status;
        String date;
        String datePrecision;
        String dateText;
        Integer fatalities;
        Integer injuries;
        double confidence;

        Draft(String type, Sentence sentence, List<Token> triggerTokens) {
            this.type = type;
            this.sentence = sentence;
            StringBuilder sb = new StringBuilder();
            for (Token t : triggerTokens) {
                sb.append(sb.length() > 0 ? " " : "").append(t.text());
            }
            this.trigger = sb.toString();
        }

        /** The act reported becomes the speaker's act towards its actor: a demand of it, a charge against it. */
        void becomeSpeakersAct(String speakersType, EntityRef speaker) {
            recipients.clear();
            recipients.addAll(actors);
            actors.clear();
            actors.add(speaker);
            type = speakersType;
            status = "occurred";
        }

        /** A second trigger of the same type in the sentence: keep the first, take what it lacks. */
        void absorb(Draft other) {
            modes.addAll(other.modes);
            if (actors.isEmpty()) {
                actors.addAll(other.actors);
            }
            if (recipients.isEmpty()) {
                recipients.addAll(other.recipients);
            }
            if (fatalities == null) {
                fatalities = other.fatalities;
            }
            if (injuries == null) {
                injuries = other.injuries;
            }
            if (location == null) {
                location = other.location;
            }
            if (dateText == null && other.dateText != null) {
                date = other.date; // "an airstrike … killed 20 on Saturday": the verb's clause dates the noun's act
                datePrecision = other.datePrecision;
                dateText = other.dateText;
            }
            confidence = Math.max(confidence, other.confidence);
        }

        Event toEvent(String eventId, String articleId) {
            int quad = knowledge.quadClass.getOrDefault(type, 0);
            double score = knowledge.typeScore.getOrDefault(type, 0.0);
            Map<String, Double> byMode = knowledge.modeScore.getOrDefault(type, Map.of());
            for (String m : modes) {
                if (byMode.containsKey(m)) {
                    score = type.equals("RETREAT") || type.equals("AID") ? Math.max(score, byMode.get(m))
                            : Math.min(score, byMode.get(m));
                }
            }
            return new Event(eventId, articleId, type, List.copyOf(modes), List.copyOf(contexts), quad, score,
                    actors, recipients, location, date, datePrecision, dateText, status, fatalities, injuries,
                    attribution, sentence.text(), sentence.index(), sentence.start(), sentence.end(), trigger,
                    Math.round(confidence * 100) / 100.0);
        }
    }
}
