package org.aftermath.kernel.model;

import org.aftermath.kernel.expr.Expr;

/**
 * {@code variable := math}, holding at all times (Antimony {@code :=}). The variables of
 * assignment rules are the model's observables, written to outputs in declaration order.
 */
public record AssignmentRule(String variable, Expr math, Origin origin) { }
