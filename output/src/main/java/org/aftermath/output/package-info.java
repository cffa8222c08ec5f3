/**
 * What every command writes, and how: one output-folder policy and one manifest.
 *
 * <ul>
 *   <li>{@link org.aftermath.output.OutputPolicy} decides where a command may write: a new or empty
 *       folder, or one the same command wrote before (its manifest says so and lists every file
 *       in it), which is replaced; anything else is refused with one line naming the path, so a
 *       user's file is never deleted or replaced;</li>
 *   <li>{@link org.aftermath.output.OutputFolder} writes a folder all or nothing under that policy
 *       (staged beside the target, moved into place when complete, stale staging folders of dead
 *       processes removed);</li>
 *   <li>{@link org.aftermath.output.Manifest} is the manifest: tool, command, version, the
 *       command's own facts, runtime, time and files; {@link org.aftermath.output.Sha256} and
 *       {@link org.aftermath.output.Solver} are its shared parts;</li>
 *   <li>{@link org.aftermath.output.Json} is the JSON convention of every output file.</li>
 * </ul>
 *
 * <p>A command that streams into its folder instead of staging it (the cohort, which resumes in
 * place) checks the same {@link org.aftermath.output.OutputPolicy} and writes the same manifest.
 */
package org.aftermath.output;
