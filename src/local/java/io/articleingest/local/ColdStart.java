package io.articleingest.local;

import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import io.articleingest.cli.Arguments;
import io.articleingest.cli.BenchCommand;
import io.articleingest.cli.Command;
import io.articleingest.cli.CommandSpec;
import io.articleingest.cli.MemoryBench;
import io.articleingest.cli.UsageException;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.crt.AwsCrtHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code coldstart}: what the first event costs a fresh JVM, against floors measured in the same
 * run. DynamoDB Local and S3Proxy run in this JVM with the template's tables; each variant is a
 * fresh child JVM ({@link HelloJvm}, {@link ColdStartChild}) given the function's environment, and
 * the variants take turns, run after run, so that the machine's noise falls on all of them alike.
 * The child classpath is the Lambda jar plus this project's test classes (the children's mains)
 * and the Lambda runtime's event serializer; the children time their own phases, this JVM times
 * each child from its start to its result line.
 */
public final class ColdStart implements Command {

    static final String BUCKET = "article-ingest-coldstart";
    static final Path LAMBDA_JAR = Path.of("target", "article-ingest.jar");
    static final String TIERED_C1 = "-XX:TieredStopAtLevel=1";

    /** a change pays when it takes less time than what it replaces */
    private static final double PAYS = -1;

    private static final CommandSpec SPEC = CommandSpec.of("coldstart",
                    "Fresh JVMs to a first handled event, against a hello JVM and a minimal SDK function, on a local"
                            + " stack.")
            .synopsis("[--runs N] [--java PATH] [--article FILE] [--diet]")
            .option("--runs", "N", "fresh JVMs per variant, the variants interleaved (default 5)")
            .option("--java", "PATH", "the children's java binary (default: the one running this)")
            .option("--article", "FILE", "the article the handler ingests (default samples/ceasefire-talks-cairo.html)")
            .flag("--diet", "also the cold path diet: the CRT HTTP client, " + TIERED_C1
                    + ", dictionaries read from YAML or JSON")
            .operands(0, 0, "")
            .note("Needs target/article-ingest.jar (the `package` phase). Prints medians, min and max per variant"
                    + " and\nthe ratios the targets are set on.");

    /**
     * One kind of child JVM.
     *
     * @param label    how the report names it
     * @param flags    JVM options before the main class
     * @param command  main class and its arguments; {@code KEY}, {@code SECOND_KEY} and {@code SIZE} are
     *                 replaced per run
     * @param crt      whether the CRT HTTP client's jars join the classpath
     * @param freshKey whether each run needs objects the function has not stored yet
     */
    record Variant(String name, String label, List<String> flags, List<String> command, boolean crt,
                   boolean freshKey) {
    }

    /** What the runs of one variant measured: {@code wallMs} (this JVM's clock) and the child's phases. */
    static final class Samples {
        private final Map<String, List<Double>> values = new LinkedHashMap<>();

        void add(Map<String, Double> run) {
            run.forEach((name, ms) -> values.computeIfAbsent(name, x -> new ArrayList<>()).add(ms));
        }

        double median(String name) {
            List<Double> runs = values.getOrDefault(name, List.of());
            if (runs.isEmpty()) {
                throw new IllegalStateException("no " + name + " measured");
            }
            return BenchCommand.median(runs);
        }

        double min(String name) {
            return values.get(name).stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        }

        double max(String name) {
            return values.get(name).stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        }

        List<String> names() {
            return List.copyOf(values.keySet());
        }
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) throws Exception {
        if (!Files.isRegularFile(LAMBDA_JAR)) {
            throw new UsageException(LAMBDA_JAR + " is missing: run `mvn -q -Plocal package exec:java …` (package builds it)");
        }
        Path article = Path.of(args.value("--article", "samples/ceasefire-talks-cairo.html"));
        String java = args.value("--java", ProcessHandle.current().info().command().orElse("java"));
        run(args.positiveInt("--runs", 5), java, Files.readAllBytes(article), args.has("--diet"), out);
        return 0;
    }

    /** The variants of a run, in the order they take turns. */
    static List<Variant> variants(boolean diet) throws IOException {
        String child = ColdStartChild.class.getName();
        List<Variant> variants = new ArrayList<>(List.of(
                new Variant("hello", "(a) hello JVM: start → \"hello\"", List.of(),
                        List.of(HelloJvm.class.getName()), false, false),
                new Variant("sdk", "(b) minimal SDK function: start → clients → GetObject + PutItem", List.of(),
                        List.of(child, "sdk", "url", BUCKET, "coldstart/floor.html"), false, false),
                new Variant("handler", "(c) handler: start → class init → one S3 event stored", List.of(),
                        List.of(child, "handler", BUCKET, "KEY", "SIZE"), false, true),
                new Variant("restore", "(d) restore path: priming done, then one S3 event stored", List.of(),
                        List.of(child, "restore", BUCKET, "KEY", "SIZE", "SECOND_KEY"), false, true)));
        if (diet) {
            variants.add(new Variant("sdk-crt", "(b) on the AWS CRT HTTP client", List.of(),
                    List.of(child, "sdk", "crt", BUCKET, "coldstart/floor.html"), true, false));
            variants.add(new Variant("sdk-c1", "(b) with " + TIERED_C1, List.of(TIERED_C1),
                    List.of(child, "sdk", "url", BUCKET, "coldstart/floor.html"), false, false));
            variants.add(new Variant("handler-c1", "(c) with " + TIERED_C1, List.of(TIERED_C1),
                    List.of(child, "handler", BUCKET, "KEY", "SIZE"), false, true));
            variants.add(new Variant("restore-c1", "(d) with " + TIERED_C1, List.of(TIERED_C1),
                    List.of(child, "restore", BUCKET, "KEY", "SIZE", "SECOND_KEY"), false, true));
            for (String form : List.of("yaml", "json")) {
                List<String> command = new ArrayList<>(List.of(child, "knowledge", form));
                command.addAll(knowledgeNames());
                variants.add(new Variant("knowledge-" + form, "bundled dictionaries read from " + form.toUpperCase(
                        Locale.ROOT), List.of(), command, false, false));
            }
        }
        return variants;
    }

    /** The bundled dictionaries' names: their YAML sources in this checkout. */
    private static List<String> knowledgeNames() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src", "main", "resources", "knowledge"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length())).sorted().toList();
        }
    }

    /** The child's command line; {@code key} and {@code size} fill a variant's placeholders. */
    static List<String> commandLine(String java, Variant variant, String classpath, String key, long size) {
        List<String> line = new ArrayList<>();
        line.add(java);
        line.addAll(variant.flags());
        line.add("-cp");
        line.add(classpath);
        variant.command().forEach(word -> line.add(switch (word) {
            case "KEY" -> key;
            case "SECOND_KEY" -> secondKey(key);
            case "SIZE" -> String.valueOf(size);
            default -> word;
        }));
        return line;
    }

    static String secondKey(String key) {
        return key.replace(".html", "-second.html");
    }

    public static Map<String, Samples> run(int runs, String java, byte[] article, boolean diet, PrintStream out)
            throws Exception {
        List<Variant> variants = variants(diet);
        Map<String, Samples> samples = new LinkedHashMap<>();
        variants.forEach(v -> samples.put(v.name(), new Samples()));
        try (Emulators emulators = Emulators.start()) {
            S3Client s3 = emulators.s3Client();
            Map<String, String> env = functionEnvironment(emulators, emulators.dynamoClient());
            s3.createBucket(b -> b.bucket(BUCKET));
            s3.putObject(b -> b.bucket(BUCKET).key("coldstart/floor.html"), RequestBody.fromBytes(article));
            out.printf(Locale.ROOT, "coldstart: %d run(s) per variant, interleaved; %s (%s); a %d-byte article%n",
                    runs, java, javaVersion(java), article.length);
            for (int run = 1; run <= runs; run++) {
                for (Variant v : variants) {
                    String key = "coldstart/" + v.name() + "-" + run + ".html";
                    if (v.freshKey()) {
                        for (String k : List.of(key, secondKey(key))) {
                            s3.putObject(b -> b.bucket(BUCKET).key(k), RequestBody.fromBytes(article));
                        }
                    }
                    String classpath = v.command().get(0).equals(HelloJvm.class.getName()) ? location(HelloJvm.class)
                            : childClasspath(v.crt());
                    samples.get(v.name()).add(time(commandLine(java, v, classpath, key, article.length), env));
                }
            }
        }
        print(variants, samples, out);
        return samples;
    }

    private static Map<String, String> functionEnvironment(Emulators emulators, DynamoDbClient dynamo) {
        Map<String, String> env = new HashMap<>(SamTemplate.load().functionEnvironmentOnNewTables(dynamo, "coldstart-"));
        env.put("S3_ENDPOINT_URL", emulators.s3Endpoint().toString());
        env.put("DYNAMODB_ENDPOINT_URL", emulators.dynamoEndpoint().toString());
        env.put("AWS_REGION", Emulators.REGION.id());
        env.put("AWS_ACCESS_KEY_ID", Emulators.ACCESS_KEY);
        env.put("AWS_SECRET_ACCESS_KEY", Emulators.SECRET_KEY);
        return env;
    }

    /** Starts the child, times it to its result line, and returns that time with the phases it printed. */
    static Map<String, Double> time(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        Path log = Files.createTempFile("coldstart", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile());
        builder.environment().putAll(env);
        builder.environment().remove("JAVA_TOOL_OPTIONS"); // a variant's JVM flags are its own, never inherited
        long start = System.nanoTime();
        Process child = builder.start();
        String result = null;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while (result == null && (line = lines.readLine()) != null) { // not past the result: that waits for the exit
                if (line.equals("hello") || line.startsWith("done")) {
                    result = line;
                }
            }
            double wall = (System.nanoTime() - start) / 1e6;
            if (!child.waitFor(2, TimeUnit.MINUTES) || child.exitValue() != 0 || result == null) {
                child.destroyForcibly();
                throw new IllegalStateException("child failed: " + String.join(" ", command) + "\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            Map<String, Double> measured = new LinkedHashMap<>();
            measured.put("wallMs", wall);
            MemoryBench.fields(result).forEach((name, value) -> measured.put(name, Double.parseDouble(value)));
            return measured;
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static void print(List<Variant> variants, Map<String, Samples> samples, PrintStream out) {
        out.println("medians in ms (min–max over the runs); wall = this JVM's clock from the child's start to its"
                + " result");
        for (Variant v : variants) {
            Samples s = samples.get(v.name());
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-11s %-62s", v.name(), v.label()));
            for (String name : s.names()) {
                line.append(String.format(Locale.ROOT, " %s %.0f (%.0f–%.0f)", name.replace("Ms", ""),
                        s.median(name), s.min(name), s.max(name)));
            }
            out.println(line);
        }
        double floor = samples.get("sdk").median("wallMs");
        double warmSecond = samples.get("sdk").median("secondMs");
        out.println("targets");
        ratio(out, "(c) handler wall / (b) SDK wall", samples.get("handler").median("wallMs"), floor, 1.5);
        ratio(out, "(d) restore first event / (b) warm second request", samples.get("restore").median("eventMs"),
                warmSecond, 1.1);
        if (samples.containsKey("restore-c1")) {
            out.println("targets with " + TIERED_C1 + " on both sides (what Lambda's java21 runs, and template.yaml pins)");
            ratio(out, "(c) handler wall / (b) SDK wall", samples.get("handler-c1").median("wallMs"),
                    samples.get("sdk-c1").median("wallMs"), 1.5);
            ratio(out, "(d) restore first event / (b) warm second request", samples.get("restore-c1")
                    .median("eventMs"), samples.get("sdk-c1").median("secondMs"), 1.1);
            ratio(out, "(d) restore first event / (d) its warm second event", samples.get("restore-c1")
                    .median("eventMs"), samples.get("restore-c1").median("secondEventMs"), "for reference");
        }
        out.println("what the restore target compares");
        ratio(out, "(d) restore first event / (d) its warm second event", samples.get("restore").median("eventMs"),
                samples.get("restore").median("secondEventMs"), "for reference");
        ratio(out, "(d) warm second event / (b) warm second request", samples.get("restore").median("secondEventMs"),
                warmSecond, "for reference");
        if (samples.containsKey("handler-c1")) {
            out.println("cold path diet (kept only if it pays)");
            ratio(out, "(b) SDK wall, CRT / url-connection", samples.get("sdk-crt").median("wallMs"), floor, PAYS);
            ratio(out, "(b) SDK wall, " + TIERED_C1 + " / default", samples.get("sdk-c1").median("wallMs"), floor, PAYS);
            ratio(out, "(c) handler wall, " + TIERED_C1 + " / default", samples.get("handler-c1").median("wallMs"),
                    samples.get("handler").median("wallMs"), PAYS);
            ratio(out, "(d) restore first event, " + TIERED_C1 + " / default", samples.get("restore-c1")
                    .median("eventMs"), samples.get("restore").median("eventMs"), PAYS);
            ratio(out, "(d) warm second event, " + TIERED_C1 + " / default", samples.get("restore-c1")
                    .median("secondEventMs"), samples.get("restore").median("secondEventMs"), PAYS);
            ratio(out, "dictionaries read, compiled JSON / YAML source", samples.get("knowledge-json").median("readMs"),
                    samples.get("knowledge-yaml").median("readMs"), PAYS);
        }
    }

    private static void ratio(PrintStream out, String what, double value, double base, double target) {
        double r = value / base;
        String verdict = target == PAYS ? (r < 1 ? "pays" : "does not pay")
                : String.format(Locale.ROOT, "target ≤ %.1f: %s", target, r <= target ? "met" : "NOT met");
        ratio(out, what, value, base, verdict);
    }

    private static void ratio(PrintStream out, String what, double value, double base, String note) {
        out.printf(Locale.ROOT, "  %-62s %7.0f / %7.1f = %5.2f  (%s)%n", what, value, base, value / base, note);
    }

    /** The Lambda jar, the children's mains, the Lambda runtime's event serializer; the CRT client if asked. */
    private static String childClasspath(boolean crt) {
        List<String> entries = new ArrayList<>(List.of(LAMBDA_JAR.toAbsolutePath().toString(),
                location(ColdStartChild.class), location(LambdaEventSerializers.class)));
        if (crt) {
            entries.add(location(AwsCrtHttpClient.class));
            entries.add(location(software.amazon.awssdk.crt.CRT.class));
        }
        return String.join(File.pathSeparator, entries);
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate " + type, e);
        }
    }

    private static String javaVersion(String java) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(java, "-version").redirectErrorStream(true).start();
        String first = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().findFirst()
                .orElse("?");
        p.waitFor();
        return first;
    }
}
