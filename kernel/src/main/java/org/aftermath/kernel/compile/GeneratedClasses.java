package org.aftermath.kernel.compile;

import java.util.LinkedHashMap;
import java.util.Map;
import org.codehaus.commons.compiler.CompileException;
import org.codehaus.janino.SimpleCompiler;

/**
 * Compiles generated sources with Janino, each in its own class loader whose parent is the
 * kernel's, and keeps the classes of the most recently used sources so that compiling the same
 * model again costs only the source generation.
 */
final class GeneratedClasses {

    private static final int CAPACITY = 64;

    private static final Map<String, Class<?>> CACHE =
            new LinkedHashMap<>(16, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Class<?>> eldest) {
                    return size() > CAPACITY;
                }
            };

    private GeneratedClasses() { }

    /** @return a new instance of the class compiled from {@code source} */
    static GeneratedCode instantiate(String source) {
        return instantiate(source, JavaSourceGenerator.CLASS_NAME, GeneratedCode.class);
    }

    /**
     * @param source    the source of one class
     * @param className its fully qualified name
     * @param type      the interface it implements
     * @return a new instance of the class compiled from {@code source}
     */
    static <T> T instantiate(String source, String className, Class<T> type) {
        Class<?> compiled;
        synchronized (CACHE) {
            compiled = CACHE.get(source);
        }
        if (compiled == null) {
            compiled = compile(source, className);
            synchronized (CACHE) {
                CACHE.put(source, compiled);
            }
        }
        try {
            return type.cast(compiled.getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot instantiate generated model code", e);
        }
    }

    private static Class<?> compile(String source, String className) {
        SimpleCompiler compiler = new SimpleCompiler();
        compiler.setParentClassLoader(GeneratedClasses.class.getClassLoader());
        try {
            compiler.cook(source);
            return compiler.getClassLoader().loadClass(className);
        } catch (CompileException | ClassNotFoundException e) {
            throw new IllegalStateException("generated model code does not compile (a bug in Aftermath): "
                    + e.getMessage(), e);
        } catch (RuntimeException e) {
            // Janino's InternalCompilerException: a method beyond the class-file limits (64 kB of code)
            throw new TooLargeException("generated model code is too large for one class: " + e.getMessage(), e);
        }
    }

    /** The generated source is beyond what Janino can compile (a method over the class-file limits). */
    static final class TooLargeException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        TooLargeException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
