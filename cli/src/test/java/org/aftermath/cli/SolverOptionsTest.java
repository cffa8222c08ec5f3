package org.aftermath.cli;

import static org.aftermath.cli.Cli.aftermath;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.aftermath.cli.Cli.Outcome;
import org.aftermath.ode.IntegratorKind;
import org.aftermath.runner.RunOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One declaration of the solver options for every simulating command: each command's help shows its preset's
 * defaults and every integrator the tool has, and a bad value is refused the same way everywhere.
 */
class SolverOptionsTest {

    private static final String TD10 = Path.of("..", "examples", "figure-3a-td10.yaml").toString();

    private static RunOptions preset(String command) {
        return command.equals("run") || command.equals("compare") ? RunOptions.DEFAULT : RunOptions.COHORT;
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "compare", "cohort", "optimize", "sensitivity"})
    void helpShowsThePresetAndEveryIntegrator(String command) {
        Outcome help = aftermath(command, "--help");
        assertThat(help.status()).isZero();
        String text = help.out().replaceAll("\\s+", " ");
        assertThat(text).contains(String.join(", ", IntegratorKind.ids()) + ":");
        RunOptions p = preset(command);
        assertThat(text).contains("(default: " + p.integrator() + ")", "(default: " + p.tolerances().relative() + ")",
                "(default: " + p.tolerances().absolute() + ")", "(default: " + p.seed() + ")");
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "compare", "cohort", "optimize", "sensitivity"})
    void badValuesAreRefusedAlikeBeforeAnythingRuns(String command) {
        String[] head = command.equals("compare") ? new String[] {command, TD10, TD10}
                : command.equals("cohort") ? new String[] {command, TD10, "--patients", "2"} : new String[] {command, TD10};
        Outcome integrator = aftermath(concat(head, "--integrator", "euler"));
        assertThat(integrator.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(integrator.err()).isEqualTo("aftermath: --integrator: unknown integrator 'euler' (allowed: "
                + String.join(", ", IntegratorKind.ids()) + ")\n");
        Outcome rtol = aftermath(concat(head, "--rtol", "1"));
        assertThat(rtol.err()).isEqualTo("aftermath: --rtol: must be in (0, 1) (got 1.0)\n");
        Outcome atol = aftermath(concat(head, "--atol", "0"));
        assertThat(atol.err()).isEqualTo("aftermath: --atol: must be a finite number > 0 (got 0.0)\n");
    }

    private static String[] concat(String[] head, String... tail) {
        String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
