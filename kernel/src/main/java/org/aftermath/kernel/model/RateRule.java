package org.aftermath.kernel.model;

import org.aftermath.kernel.expr.Expr;

/** {@code variable' = math} (Antimony), for a species or non-constant parameter. */
public record RateRule(String variable, Expr math, Origin origin) { }
