/**
 * Aftermath's subset of Antimony, the text form of SBML that Tellurium uses. Every file the
 * subset accepts is valid Antimony; {@link org.aftermath.kernel.antimony.AntimonyReader} reads
 * it into a {@link org.aftermath.kernel.model.Model} and
 * {@link org.aftermath.kernel.antimony.AntimonyWriter} prints a model back.
 *
 * <h2>Statements</h2>
 * Statements end with {@code ;} or a newline; comments are {@code // ...}, {@code # ...} and
 * {@code /* ... *}{@code /}. Order does not matter, as in Antimony.
 * <pre>
 * model tumour()                       // optional wrapper; also model *tumour(); without it
 *   ...                                //   the id comes from the file name
 * end
 * unit per_day = 1 / day               // units: products, quotients, powers of units and numbers
 * compartment C = 1.5                  // compartment with its size
 * species N in C = 1e9                 // species with initial amount; also: species S; S in C; S = 5
 * substanceOnly species $X in C = 2    // $: boundary species; substanceOnly is accepted and implied
 * const S; var k                       // constancy; const species are boundary species
 * k = 0.3                              // a name given a number is a parameter
 * k has per_day                        // unit of a parameter, species or compartment
 * k2 = 2*k                             // anything but a (signed) number: initial assignment
 * x := N + X                           // assignment rule: x is an observable
 * k' = -0.1*k                          // rate rule
 * J1: 2 A + B -> C; k1*A*B             // reaction with its rate; '=>' also accepted
 * -> N; g*N                            // unnamed reactions get ids _J0, _J1, ...
 * E1: at time >= 21: N = N*0.1, g = 0.07   // event; unnamed ones get _E0, _E1, ...
 * </pre>
 * A parameter is constant unless an event or a rate rule assigns it (or it is declared
 * {@code var}); likewise a boundary species. Species are amounts (SBML
 * {@code hasOnlySubstanceUnits}); species without a compartment go to
 * {@code default_compartment} of size 1, as in Antimony. The units {@code day} (86400 second)
 * and {@code hour} (3600 second) are defined for a model that uses them without defining them.
 *
 * <h2>Provenance</h2>
 * A structured trailing comment on the line of a parameter's value assignment (or declaration)
 * gives its provenance; Tellurium ignores it:
 * <pre>
 * k_growth = 0.0693; k_growth has per_day  //@ source: Kim &amp; Tannock 2005 | range: 0.01 .. 0.5 | domain: [0, inf) | note: free text
 * </pre>
 * Keys {@code source}, {@code range} ({@code lo .. hi}, either end may be left out: the plausible
 * range, a warning when left), {@code domain} (an interval such as {@code [0, inf)},
 * {@code (0, inf)}, {@code [0, 1)}: the values the parameter can take at all, an error when
 * left; see {@link org.aftermath.kernel.model.Domain}) and {@code note}, each optional,
 * separated by {@code |}. A malformed comment, a range reaching outside the domain, or a comment
 * on a line without exactly one parameter, is an error.
 *
 * <h2>Expressions</h2>
 * See {@link org.aftermath.kernel.expr.ExprParser}: {@code + - * / ^}, comparisons,
 * {@code && || !}, the functions of {@link org.aftermath.kernel.expr.Functions},
 * {@code piecewise}, {@code time}.
 *
 * <h2>Not supported</h2>
 * Each gives an error saying it is not supported by Aftermath's Antimony subset: several models
 * in a file, submodules and dotted names ({@code A.x}), {@code import}, function definitions
 * (except the {@code hill}/{@code hillr} definitions the writer emits), event delays
 * ({@code at d after ...}) and attributes ({@code priority}, {@code t0}, {@code persistent},
 * {@code fromTrigger}), {@code delay(...)}, distributions such as {@code normal(...)},
 * interactions ({@code -|}, {@code -o}, {@code -(}), DNA strands ({@code --}), {@code is},
 * quoted strings (annotations), reactions without a rate, nested compartments. Giving a name a
 * value twice is an error too (Antimony keeps the last).
 */
package org.aftermath.kernel.antimony;
