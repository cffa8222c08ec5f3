package org.aftermath.tmen.models;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.aftermath.kernel.model.Model;
import org.aftermath.kernel.model.ModelModule;
import org.aftermath.kernel.model.ModelModuleReader;
import org.aftermath.tmen.scenario.Scenario;
import org.aftermath.tmen.scenario.ScenarioException;

/**
 * The model files a scenario runs on, resolved from its {@code model:} value:
 * <ul>
 *   <li>{@value Scenario#BUILT_IN_MODEL} (the default): the bundled files ({@link BuiltInModels});</li>
 *   <li>a path to a folder: every {@code *.ant} file in it (not in sub-folders);</li>
 *   <li>a path to one {@code .ant} file: that file.</li>
 * </ul>
 * A relative path resolves against the folder of the scenario file. A user file replaces a
 * bundled module when it has the same file name ({@code tumor-exponential.ant}) or declares the
 * module's id in a {@code model NAME()} wrapper (the file name without {@code .ant}, '-' as '_':
 * {@code model tumor_exponential()}); any other user file extends the model: {@link #growthModel} merges it into the growth module the scenario's law selects
 * ({@link Model#merge}, so its ids must be new, except species it shares with the growth module,
 * such as {@code N}). A folder written by {@code aftermath model export} is a whole model.
 *
 * <p>Model files of another format join as modules ({@link #modules()}): an SBML file
 * {@code NAME.xml} in the folder (or given alone), with its mapping file {@code NAME.mapping.yaml}
 * beside it when there is one, read by the {@link ModelModuleReader} for it (the {@code sbml}
 * module's, found on the class path; see {@code docs/sbml.md}). The scenario compiler joins each module
 * once the scenario's model is complete: its outputs then define names of the model (the
 * stroma's NF-kB activity, say) and its inputs read the model's names.
 */
public final class ModelSource {

    private static final Pattern MODEL_WRAPPER = Pattern.compile("(?m)^\\s*model\\s+\\*?([A-Za-z_][A-Za-z0-9_]*)\\s*\\(");
    private static final String ALLOWED = "allowed: '" + Scenario.BUILT_IN_MODEL
            + "' (the bundled model), or a path to a folder of " + ModelFile.SUFFIX + " (and SBML .xml) files or to one "
            + ModelFile.SUFFIX + " or .xml file, relative to the scenario's folder";
    /** Host time unit of every scenario model. */
    private static final String DAYS = "day";
    /** Suffix of a module's mapping file ({@code NAME.mapping.yaml} beside {@code NAME.xml}). */
    public static final String MAPPING_SUFFIX = ".mapping.yaml";
    /** Suffix of a module file (SBML). */
    public static final String MODULE_SUFFIX = ".xml";

    private final String description;
    private final Map<String, ModelFile> files;
    private final List<ModelFile> extensions;
    private final List<ModelModule> modules;
    private final Map<String, String> moduleTexts;

    private ModelSource(String description, Map<String, ModelFile> files, List<ModelFile> extensions,
                        List<ModelModule> modules, Map<String, String> moduleTexts) {
        this.description = description;
        this.files = files;
        this.extensions = List.copyOf(extensions);
        this.modules = List.copyOf(modules);
        this.moduleTexts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(moduleTexts));
    }

    /**
     * @return the texts of the module files and their mapping files, file name → text, as
     *         {@link #ofTexts} takes them (a cohort's worker joins the same modules)
     */
    public Map<String, String> moduleTexts() {
        return moduleTexts;
    }

    /** @return the modules of other formats (SBML), in file-name order; joined after the scenario's model is built */
    public List<ModelModule> modules() {
        return modules;
    }

    /**
     * @param host a complete scenario model
     * @return the host with every module joined ({@link ModelModule#joinInto})
     */
    public Model joinModules(Model host) {
        Model model = host;
        for (ModelModule m : modules) {
            model = m.joinInto(model);
        }
        return model;
    }

    private static boolean isModule(Path p) {
        return p.getFileName().toString().endsWith(MODULE_SUFFIX);
    }

    /** @return the mapping file's name of a module file */
    static String mappingName(String moduleName) {
        return moduleName.substring(0, moduleName.length() - MODULE_SUFFIX.length()) + MAPPING_SUFFIX;
    }

    private static ModelModule module(String shownAs, String text, String mappingText, String file) {
        String name = Path.of(shownAs).getFileName().toString();
        ModelModuleReader reader = ModelModuleReader.forFile(name).orElseThrow(() -> new ScenarioException(file, "model",
                shownAs + ": reading SBML modules needs Aftermath's sbml module on the class path (the aftermath"
                        + " command has it)"));
        return reader.read(name, text, mappingText, shownAs, DAYS);
    }

    /** @return the bundled model */
    public static ModelSource builtIn() {
        return withUserFiles(Scenario.BUILT_IN_MODEL, List.of());
    }

    /**
     * Resolves a scenario's {@code model:} value.
     *
     * @param scenario the scenario; a relative path resolves against the folder of
     *                 {@link Scenario#source()}
     * @return the model files
     * @throws ScenarioException naming the scenario file and field {@code model} if the path does
     *                           not exist, holds no model file, or a file cannot be read
     */
    public static ModelSource of(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        Path parent = Path.of(scenario.source()).getParent();
        return resolve(scenario.model(), parent == null ? Path.of("") : parent, scenario.source());
    }

    /**
     * Resolves a {@code model:} value.
     *
     * @param value   a built-in id or a path
     * @param baseDir folder against which a relative path resolves
     * @param file    the file the value comes from, for messages
     * @return the model files
     * @throws ScenarioException naming {@code file} and field {@code model}
     */
    public static ModelSource resolve(String value, Path baseDir, String file) {
        if (value.equals(Scenario.BUILT_IN_MODEL)) {
            return builtIn();
        }
        Path path;
        try {
            path = baseDir.resolve(value).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw new ScenarioException(file, "model", "'" + value.replace("\0", "\\0") + "' is not a path ("
                    + e.getReason() + "; " + ALLOWED + ")");
        }
        if (!Files.exists(path)) {
            throw new ScenarioException(file, "model", "'" + value + "' is not a built-in model and "
                    + path + " does not exist (" + ALLOWED + ")");
        }
        List<Path> paths = new ArrayList<>();
        List<Path> modulePaths = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> list = Files.list(path)) {
                for (Path p : list.filter(Files::isRegularFile).sorted().toList()) {
                    if (p.getFileName().toString().endsWith(ModelFile.SUFFIX)) {
                        paths.add(p);
                    } else if (isModule(p)) {
                        modulePaths.add(p);
                    }
                }
            } catch (IOException e) {
                throw new ScenarioException(file, "model", "cannot list " + path + ": " + e.getMessage());
            }
            if (paths.isEmpty() && modulePaths.isEmpty()) {
                throw new ScenarioException(file, "model", "folder " + path + " holds no " + ModelFile.SUFFIX
                        + " file (" + ALLOWED + ")");
            }
        } else if (path.getFileName().toString().endsWith(ModelFile.SUFFIX)) {
            paths.add(path);
        } else if (isModule(path)) {
            modulePaths.add(path);
        } else {
            throw new ScenarioException(file, "model", path + " is not a " + ModelFile.SUFFIX + " file (" + ALLOWED + ")");
        }
        List<ModelFile> user = new ArrayList<>();
        for (Path p : paths) {
            user.add(new ModelFile(p.getFileName().toString(), read(p, file), p.toString(), false));
        }
        List<ModelModule> modules = new ArrayList<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (Path p : modulePaths) {
            String text = read(p, file);
            Path mapping = p.resolveSibling(mappingName(p.getFileName().toString()));
            String mappingText = Files.isRegularFile(mapping) ? read(mapping, file) : null;
            modules.add(module(p.toString(), text, mappingText, file));
            texts.put(p.getFileName().toString(), text);
            if (mappingText != null) {
                texts.put(mapping.getFileName().toString(), mappingText);
            }
        }
        ModelSource source = withUserFiles(path.toString(), user);
        return new ModelSource(source.description, source.files, source.extensions, modules, texts);
    }

    /**
     * The bundled model with the user's files given as texts rather than read from disk (a worker
     * that holds the files' contents but not the scenario's folder). The same texts at the same
     * paths give the same model as {@link #resolve} reading them.
     *
     * @param description how to name the model in messages, e.g. the scenario's {@code model:} value
     * @param files       the user's files, path → text; a file's name is the path's last element
     *                    (it must end in {@value ModelFile#SUFFIX}, or be a module
     *                    {@value #MODULE_SUFFIX} with its {@value #MAPPING_SUFFIX}), messages name
     *                    the path; taken in path order, as {@link #resolve} lists a folder
     * @return the bundled model with the user's files and modules
     * @throws IllegalArgumentException if a path names another kind of file
     */
    public static ModelSource ofTexts(String description, Map<String, String> files) {
        Objects.requireNonNull(description, "description");
        Map<Path, String> byPath = new TreeMap<>();
        files.forEach((path, text) -> byPath.put(Path.of(path), text));
        List<ModelFile> user = new ArrayList<>();
        List<ModelModule> modules = new ArrayList<>();
        Map<String, String> texts = new LinkedHashMap<>();
        byPath.forEach((p, text) -> {
            Path name = p.getFileName();
            String n = name == null ? "" : name.toString();
            if (n.endsWith(ModelFile.SUFFIX)) {
                user.add(new ModelFile(n, text, p.toString(), false));
            } else if (n.endsWith(MODULE_SUFFIX)) {
                String mapping = byPath.get(p.resolveSibling(mappingName(n)));
                modules.add(module(p.toString(), text, mapping, description));
                texts.put(n, text);
                if (mapping != null) {
                    texts.put(mappingName(n), mapping);
                }
            } else if (!n.endsWith(MAPPING_SUFFIX)) {
                throw new IllegalArgumentException("model file '" + p + "' is not a " + ModelFile.SUFFIX + ", "
                        + MODULE_SUFFIX + " or " + MAPPING_SUFFIX + " file");
            }
        });
        ModelSource source = withUserFiles(description, user);
        return new ModelSource(source.description, source.files, source.extensions, modules, texts);
    }

    /**
     * @param description how to name the model in messages
     * @param user        the user's files: same-named bundled files are replaced, others extend
     * @return the bundled model with the user's files
     */
    public static ModelSource withUserFiles(String description, List<ModelFile> user) {
        Map<String, ModelFile> files = new LinkedHashMap<>();
        Map<String, String> byModuleId = new LinkedHashMap<>();
        for (ModelFile f : BuiltInModels.files()) {
            files.put(f.name(), f);
            byModuleId.put(moduleId(f.name()), f.name());
        }
        List<ModelFile> extensions = new ArrayList<>();
        for (ModelFile f : user) {
            String replaced = files.containsKey(f.name()) ? f.name() : declaredModelId(f.text()).map(byModuleId::get).orElse(null);
            if (replaced == null) {
                extensions.add(f);
                files.put(f.name(), f);
            } else {
                files.put(replaced, f);
            }
        }
        return new ModelSource(description, files, extensions, List.of(), Map.of());
    }

    /** @return the module id of a bundled file: its name without {@code .ant}, '-' as '_' (the model id the reader derives) */
    static String moduleId(String fileName) {
        return fileName.substring(0, fileName.length() - ModelFile.SUFFIX.length()).replace('-', '_');
    }

    /** @return the name of a {@code model NAME()} wrapper in the text, outside comments */
    static Optional<String> declaredModelId(String text) {
        String code = text.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)(//|#).*$", "");
        Matcher m = MODEL_WRAPPER.matcher(code);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String read(Path p, String file) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new ScenarioException(file, "model", p + " is not UTF-8 text");
        } catch (IOException e) {
            throw new ScenarioException(file, "model", "cannot read " + p + ": " + e.getMessage());
        }
    }

    /** @return {@value Scenario#BUILT_IN_MODEL} or the resolved path */
    public String description() {
        return description;
    }

    /** @return every file of the model, bundled ones first (replaced in place), then extensions */
    public List<ModelFile> files() {
        return List.copyOf(files.values());
    }

    /** @return the file with this name (bundled or the user's replacement) */
    public Optional<ModelFile> file(String name) {
        return Optional.ofNullable(files.get(name));
    }

    /** @return the user's files that are not replacements of bundled ones, in file-name order */
    public List<ModelFile> extensions() {
        return extensions;
    }

    /**
     * @param module a growth module
     * @return its file (bundled or replaced) read, with every extension merged in
     * @throws org.aftermath.kernel.model.ModelException naming file and line of every problem
     */
    public Model growthModel(GrowthModule module) {
        ModelFile growth = file(module.fileName()).orElseThrow(() ->
                new IllegalStateException("missing bundled model file " + module.resource()));
        Model model = growth.read();
        for (ModelFile extension : extensions) {
            model = model.merge(extension.read());
        }
        return model;
    }
}
