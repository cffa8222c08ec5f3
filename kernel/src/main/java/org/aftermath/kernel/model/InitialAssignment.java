package org.aftermath.kernel.model;

import org.aftermath.kernel.expr.Expr;

/** {@code variable = math} evaluated once at t = 0 when math is not a plain number. */
public record InitialAssignment(String variable, Expr math, Origin origin) { }
