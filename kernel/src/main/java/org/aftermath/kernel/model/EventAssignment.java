package org.aftermath.kernel.model;

import org.aftermath.kernel.expr.Expr;

/** One assignment of an event: {@code variable = math}, math evaluated before the event. */
public record EventAssignment(String variable, Expr math) { }
