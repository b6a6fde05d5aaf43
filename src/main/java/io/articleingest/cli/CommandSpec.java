package io.articleingest.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a command accepts, declared once: its synopsis, options (flags and options with a value)
 * and how many operands. The same declaration parses the command line and prints the usage, so
 * adding an option is one line and its help cannot drift from what is parsed.
 *
 * <pre>
 * CommandSpec.of("bench", "dictionary load time and warm ms per article")
 *         .synopsis("[--iterations N] FILE...")
 *         .option("--iterations", "N", "timed passes over the files (default 200)")
 *         .operands(1, Integer.MAX_VALUE, "FILE...");
 * </pre>
 */
public final class CommandSpec {

    /** Handled by {@link Commands#run} for every command. */
    static final String HELP = "--help";
    static final String DEBUG = "--debug";

    private record Option(String name, String valueName, String help) {
        boolean takesValue() {
            return valueName != null;
        }
    }

    private final String name;
    private final String summary;
    private final List<String> synopsis = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, Option> options = new LinkedHashMap<>();
    private int minOperands;
    private int maxOperands;
    private String operandNames = "";

    private CommandSpec(String name, String summary) {
        this.name = name;
        this.summary = summary;
    }

    /** @param summary what the command does, in a few words (the top-level usage lists it) */
    public static CommandSpec of(String name, String summary) {
        return new CommandSpec(name, summary);
    }

    /** One way of calling the command, after its name ({@code "[--published YYYY-MM-DD] FILE..."}). */
    public CommandSpec synopsis(String line) {
        synopsis.add(line);
        return this;
    }

    /** A paragraph printed after the options. */
    public CommandSpec note(String text) {
        notes.add(text);
        return this;
    }

    public CommandSpec flag(String option, String help) {
        options.put(option, new Option(option, null, help));
        return this;
    }

    public CommandSpec option(String option, String valueName, String help) {
        options.put(option, new Option(option, valueName, help));
        return this;
    }

    /** @param names how the usage calls them, for "missing FILE..." */
    public CommandSpec operands(int min, int max, String names) {
        this.minOperands = min;
        this.maxOperands = max;
        this.operandNames = names;
        return this;
    }

    public String name() {
        return name;
    }

    public String summary() {
        return summary;
    }

    public List<String> synopsis() {
        return synopsis;
    }

    /** Parses {@code args} (without {@code --help}/{@code --debug}, which the runner takes first). */
    public Arguments parse(String[] args) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        List<String> operands = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                operands.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            int eq = arg.indexOf('=');
            String optionName = eq > 0 ? arg.substring(0, eq) : arg;
            Option option = options.get(optionName);
            if (option == null) {
                throw new UsageException("unknown option " + optionName);
            }
            String value = null;
            if (option.takesValue()) {
                if (eq > 0) {
                    value = arg.substring(eq + 1);
                } else if (i + 1 < args.length && !options.containsKey(args[i + 1])) {
                    value = args[++i];
                } else {
                    throw new UsageException(optionName + " needs a value (" + option.valueName() + ")");
                }
            } else if (eq > 0) {
                throw new UsageException(optionName + " takes no value");
            }
            values.computeIfAbsent(optionName, k -> new ArrayList<>()).add(value);
        }
        if (operands.size() < minOperands) {
            throw new UsageException("missing " + operandNames);
        }
        if (operands.size() > maxOperands) {
            throw new UsageException(maxOperands == 0 ? "unexpected argument " + operands.get(0)
                    : "unexpected argument " + operands.get(maxOperands));
        }
        return new Arguments(values, operands);
    }

    /** The full usage: synopsis lines, summary, options, notes. */
    public String usage() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < synopsis.size(); i++) {
            b.append(i == 0 ? "usage: " : "       ").append(name).append(' ').append(synopsis.get(i)).append('\n');
        }
        b.append(summary).append('\n');
        List<String[]> rows = new ArrayList<>();
        options.values().forEach(o -> rows.add(new String[] {
            o.name() + (o.takesValue() ? " " + o.valueName() : ""), o.help()}));
        rows.add(new String[] {HELP, "print this help and exit"});
        rows.add(new String[] {DEBUG, "print the stack trace of an error"});
        int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        b.append("options:\n");
        for (String[] row : rows) {
            b.append("  ").append(row[0]).append(" ".repeat(width - row[0].length() + 2)).append(row[1]).append('\n');
        }
        notes.forEach(n -> b.append(n).append('\n'));
        return b.toString();
    }
}
