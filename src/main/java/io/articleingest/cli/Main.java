package io.articleingest.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Entry point of the deployment jar: {@code java -jar article-ingest.jar COMMAND …}. */
public final class Main {

    private static final String PROGRAM = "java -jar article-ingest.jar";

    private Main() {
    }

    /** Every command of the jar, by name, in the order the usage lists them. */
    static Map<String, Command> commands() {
        Map<String, Command> commands = new LinkedHashMap<>();
        for (Command c : List.of(new ExtractCommand(), new EvalCommand(), new TopicEvalCommand(), new BenchCommand(),
                new QueryCommand(QueryCommand::fromEnvironment),
                new AuditCommand(AuditCommand::fromEnvironment, null))) {
            commands.put(c.spec().name(), c);
        }
        return commands;
    }

    public static void main(String[] args) {
        // the AWS SDK brings the SLF4J API without a logger: its "no providers" notice is noise here
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        boolean debug = rest.remove(CommandSpec.DEBUG);
        if (rest.isEmpty()) {
            System.err.print(usage(PROGRAM, commands()));
            System.exit(2);
        }
        List<String> commandArgs = new ArrayList<>(rest.subList(1, rest.size()));
        if (debug) {
            commandArgs.add(CommandSpec.DEBUG);
        }
        System.exit(dispatch(rest.get(0), commandArgs.toArray(String[]::new), System.out, System.err));
    }

    /** Runs one command; its exit status is returned, not exited with (tests call this). */
    public static int dispatch(String command, String[] rest, PrintStream out, PrintStream err) {
        Map<String, Command> commands = commands();
        return dispatch(PROGRAM, commands, command, rest, out, err);
    }

    /** The dispatch of a program made of commands (the jar; the local stack adds its own). */
    public static int dispatch(String program, Map<String, Command> commands, String command, String[] rest,
                               PrintStream out, PrintStream err) {
        if (List.of("help", "--help", "-h").contains(command)) {
            out.print(usage(program, commands));
            return 0;
        }
        Command c = commands.get(command);
        if (c == null) {
            err.println((command.startsWith("-") ? "unknown option: " : "unknown command: ") + command);
            err.print(usage(program, commands));
            return 2;
        }
        return Commands.run(c, rest, out, err);
    }

    static String usage(String program, Map<String, Command> commands) {
        StringBuilder b = new StringBuilder("usage: " + program + " COMMAND [OPTIONS]   (COMMAND --help: its usage)\n");
        for (Command c : commands.values()) {
            CommandSpec spec = c.spec();
            for (String line : spec.synopsis()) {
                b.append("  ").append(spec.name()).append(' ').append(line).append('\n');
            }
            b.append("      ").append(spec.summary()).append('\n');
        }
        return b.toString();
    }
}
