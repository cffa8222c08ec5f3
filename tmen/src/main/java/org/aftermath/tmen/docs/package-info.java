/**
 * Reference documentation generated from the model files: {@link
 * org.aftermath.tmen.docs.ParameterDocs} writes {@code docs/parameters.md} (every parameter's
 * value, unit, source and range). A test fails when the committed file is stale; regenerate it
 * with {@code ./aftermath model params --markdown > docs/parameters.md}.
 */
package org.aftermath.tmen.docs;
