package org.aftermath.kernel.model;

import org.aftermath.kernel.expr.Expr;

/**
 * {@code 0 = math} at all times (SBML algebraic rule). It determines one variable that nothing
 * else determines; the compiler solves for it (see
 * {@code org.aftermath.kernel.compile.AlgebraicRules}).
 */
public record AlgebraicRule(Expr math, Origin origin) { }
