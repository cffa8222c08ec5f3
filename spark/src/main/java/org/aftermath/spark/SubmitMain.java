package org.aftermath.spark;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.aftermath.cli.Main;
import picocli.CommandLine;

/**
 * The main class of {@code aftermath-spark.jar} under {@code spark-submit}: the {@code aftermath} command line, with
 * {@code --engine spark} added to a command that takes an engine and was given none, so that
 * {@code spark-submit --class org.aftermath.spark.SubmitMain aftermath-spark.jar cohort SCENARIO --patients N --out DIR}
 * runs the patients on the cluster spark-submit names.
 */
public final class SubmitMain {

    private SubmitMain() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(Main.execute(out, err, withSparkEngine(args)));
    }

    /**
     * @param args the command line
     * @return it with {@code --engine spark} after the command name if the command has an {@code --engine} option and
     *         none is given
     */
    static String[] withSparkEngine(String[] args) {
        if (args.length == 0) {
            return args;
        }
        CommandLine command = new CommandLine(new Main()).getSubcommands().get(args[0]);
        if (command == null || command.getCommandSpec().findOption("--engine") == null) {
            return args;
        }
        for (String a : args) {
            if (a.equals("--engine") || a.startsWith("--engine=")) {
                return args;
            }
        }
        List<String> out = new ArrayList<>(Arrays.asList(args));
        out.addAll(1, List.of("--engine", SparkIndexedExecutor.NAME));
        return out.toArray(String[]::new);
    }
}
