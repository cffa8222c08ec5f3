package org.aftermath.fit.io;

import java.nio.file.Path;
import org.aftermath.fit.problem.EstimationProblem;

/**
 * Reads either kind of problem file: a fit file of Aftermath's (a YAML mapping with {@code arms:}) or a PEtab
 * problem (a YAML mapping with {@code format_version:}).
 */
public final class ProblemLoader {

    private ProblemLoader() {
    }

    /**
     * Reads a problem from disk, keeping the texts of every file it references.
     *
     * @param file the problem file
     * @return the problem and its files
     * @throws ProblemException on bad input
     */
    public static Loaded load(Path file) {
        ProblemFiles.Loader loader = new ProblemFiles.Loader(file);
        String main = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        EstimationProblem problem = read(loader, file.toString(), main);
        return new Loaded(problem, loader.files(main));
    }

    /**
     * Reads a problem again from its files (a worker's copy).
     *
     * @param files the files {@link #load} kept
     * @return the problem
     */
    public static EstimationProblem read(ProblemFiles files) {
        return read(files, files.root(), files.main());
    }

    private static EstimationProblem read(Sources sources, String file, String main) {
        String text = sources.read(main, file, "");
        if (FitFileReader.isFitFile(text, file)) {
            return FitFileReader.read(sources, file, main);
        }
        if (PetabReader.isPetab(text, file)) {
            return PetabReader.read(sources, file, main);
        }
        throw new ProblemException(file, "", "not a fit file (a YAML mapping with name, arms, data and parameters)"
                + " nor a PEtab problem (a YAML mapping with format_version)");
    }

    /**
     * @param problem the problem
     * @param files   the texts it was read from
     */
    public record Loaded(EstimationProblem problem, ProblemFiles files) { }
}
