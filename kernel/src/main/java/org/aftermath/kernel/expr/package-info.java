/**
 * The expression language of rate laws, rules and events: the syntax tree
 * {@link org.aftermath.kernel.expr.Expr}, the built-in
 * {@link org.aftermath.kernel.expr.Functions}, text in and out
 * ({@link org.aftermath.kernel.expr.ExprParser} reuses the Antimony grammar's expression rule;
 * {@link org.aftermath.kernel.expr.ExprPrinter} prints what it parses back to an equal tree),
 * and symbolic derivatives ({@link org.aftermath.kernel.expr.Differentiator}) for analytic
 * Jacobians. Expressions carry names only; the compiler resolves them.
 */
package org.aftermath.kernel.expr;
