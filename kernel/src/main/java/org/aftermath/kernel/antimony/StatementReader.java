package org.aftermath.kernel.antimony;

import java.util.ArrayList;
import java.util.List;
import org.aftermath.kernel.antimony.AntimonyParser.DeclItemContext;
import org.aftermath.kernel.antimony.AntimonyParser.ParticipantContext;
import org.aftermath.kernel.antimony.AntimonyParser.StatementContext;
import org.aftermath.kernel.expr.Expr;
import org.aftermath.kernel.expr.ExprParser;
import org.aftermath.kernel.model.EventAssignment;
import org.aftermath.kernel.model.ModelException.Problem;
import org.aftermath.kernel.model.Origin;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Walks a syntactically valid parse tree and feeds each statement to a {@link ModelAssembler},
 * reporting constructs outside the subset. A statement with an error is skipped and reading
 * goes on, so that one pass reports every problem.
 */
final class StatementReader {

    private static final String UNSUPPORTED = " not supported by Aftermath's Antimony subset";

    private final String file;
    private final List<Problem> problems;
    private final ModelAssembler assembler;

    StatementReader(String file, List<Problem> problems, ModelAssembler assembler) {
        this.file = file;
        this.problems = problems;
        this.assembler = assembler;
    }

    /** @return the model's declared name, or null when the file has no {@code model ... end} */
    String readFile(AntimonyParser.FileContext tree) {
        String modelName = null;
        AntimonyParser.ModelDefContext firstModel = null;
        ParserRuleContext firstLoose = null;
        for (AntimonyParser.LineContext line : tree.line()) {
            AntimonyParser.ItemContext item = line.item();
            if (item == null) {
                continue;
            }
            if (item.modelDef() != null) {
                if (firstModel != null) {
                    error(item, "a second model ('" + item.modelDef().NAME().getText()
                            + "'): several models in one file (modules) are" + UNSUPPORTED);
                    continue;
                }
                firstModel = item.modelDef();
                modelName = firstModel.NAME().getText();
                for (AntimonyParser.ModelLineContext l : firstModel.modelLine()) {
                    if (l.statement() != null) {
                        statement(l.statement());
                    }
                }
            } else if (item.functionDef() != null) {
                function(item.functionDef());
            } else if (item.importStmt() != null) {
                error(item, "imports ('import " + item.importStmt().STRING().getText() + "') are" + UNSUPPORTED);
            } else {
                if (firstLoose == null) {
                    firstLoose = item;
                }
                statement(item.statement());
            }
        }
        if (firstModel != null && firstLoose != null) {
            error(firstLoose, "statement outside 'model " + modelName + " ... end'; a file with a"
                    + " model must keep all statements inside it");
        }
        return modelName;
    }

    private Origin origin(ParserRuleContext ctx) {
        return new Origin(file, ctx.getStart().getLine());
    }

    private Origin origin(Token t) {
        return new Origin(file, t.getLine());
    }

    private void error(ParserRuleContext at, String message) {
        problems.add(new Problem(origin(at), message));
    }

    /** Parses an expression, or records the problem and returns null. */
    private Expr expr(AntimonyParser.ExprContext ctx) {
        try {
            return ExprParser.fromTree(ctx);
        } catch (ExprParser.ParseException e) {
            problems.add(new Problem(new Origin(file, e.line()), e.detail()));
            return null;
        }
    }

    private void function(AntimonyParser.FunctionDefContext f) {
        String name = f.NAME().getText();
        List<String> params = new ArrayList<>();
        if (f.nameList() != null) {
            for (TerminalNode n : f.nameList().NAME()) {
                params.add(n.getText());
            }
        }
        Expr body = expr(f.expr());
        if (body != null && !HillDefinitions.isBuiltIn(name, params, body)) {
            error(f, "function definitions ('function " + name + "') are" + UNSUPPORTED
                    + "; only the definitions of the built-ins hill and hillr that AntimonyWriter"
                    + " prints are accepted");
        }
    }

    private void statement(StatementContext s) {
        if (s instanceof AntimonyParser.UnitStmtContext u) {
            unit(u);
        } else if (s instanceof AntimonyParser.DeclStmtContext d) {
            declaration(d.declaration());
        } else if (s instanceof AntimonyParser.EventStmtContext e) {
            event(e.event());
        } else if (s instanceof AntimonyParser.ReactionStmtContext r) {
            reaction(r.reaction());
        } else if (s instanceof AntimonyParser.HasStmtContext h) {
            assembler.has(h.NAME(0).getText(), h.NAME(1).getText(), origin(h));
        } else if (s instanceof AntimonyParser.InStmtContext in) {
            Expr value = in.expr() == null ? null : expr(in.expr());
            if (in.expr() == null || value != null) {
                assembler.in(in.NAME(0).getText(), in.NAME(1).getText(), value, origin(in));
            }
        } else if (s instanceof AntimonyParser.AssignmentRuleStmtContext a) {
            Expr math = expr(a.expr());
            if (math != null) {
                assembler.assignmentRule(a.NAME().getText(), math, origin(a));
            }
        } else if (s instanceof AntimonyParser.RateRuleStmtContext r) {
            Expr math = expr(r.expr());
            if (math != null) {
                assembler.rateRule(r.NAME().getText(), math, origin(r));
            }
        } else if (s instanceof AntimonyParser.ValueStmtContext v) {
            Expr value = expr(v.expr());
            if (value != null) {
                assembler.value(v.NAME().getText(), value, origin(v));
            }
        } else if (s instanceof AntimonyParser.SubmoduleStmtContext m) {
            String callee = m.NAME(m.NAME().size() - 1).getText();
            error(m, "'" + callee + "(...)' as a statement instantiates a submodule; submodules are" + UNSUPPORTED);
        } else if (s instanceof AntimonyParser.IsStmtContext) {
            error(s, "'is' (synonyms and display names) is" + UNSUPPORTED);
        } else if (s instanceof AntimonyParser.InteractionStmtContext i) {
            interaction(i);
        } else if (s instanceof AntimonyParser.DnaStmtContext) {
            error(s, "DNA strands ('--') are" + UNSUPPORTED);
        }
    }

    private void interaction(AntimonyParser.InteractionStmtContext i) {
        if (i.INHIBITS() == null && i.LPAREN() == null) {
            String mark = i.NAME(i.NAME().size() - 2).getText();
            if (!mark.equals("o")) {
                error(i, "syntax error at '-" + mark + "'");
                return;
            }
        }
        error(i, "interactions ('-|', '-o', '-(') are" + UNSUPPORTED);
    }

    private void unit(AntimonyParser.UnitStmtContext u) {
        String id = u.NAME().getText();
        if (u.unitExpr() == null) {
            error(u, "unit '" + id + "' needs a definition, e.g. unit " + id + " = 3600 second");
            return;
        }
        List<String> refs = new ArrayList<>();
        String text = unitText(u.unitExpr(), refs);
        assembler.unit(id, text, refs, origin(u));
    }

    /** Normalised text of a unit expression: single spaces, operators spaced. */
    private static String unitText(AntimonyParser.UnitExprContext e, List<String> refs) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < e.unitProduct().size(); i++) {
            if (i > 0) {
                out.append(' ').append(e.op.get(i - 1).getText()).append(' ');
            }
            List<AntimonyParser.UnitAtomContext> atoms = e.unitProduct(i).unitAtom();
            for (int j = 0; j < atoms.size(); j++) {
                if (j > 0) {
                    out.append(' ');
                }
                AntimonyParser.UnitAtomContext a = atoms.get(j);
                if (a.unitExpr() != null) {
                    out.append('(').append(unitText(a.unitExpr(), refs)).append(')');
                } else if (a.NAME() != null) {
                    refs.add(a.NAME().getText());
                    out.append(a.NAME().getText());
                    if (a.CARET() != null) {
                        out.append('^').append(a.MINUS() != null ? "-" : "").append(a.NUMBER().getText());
                    }
                } else {
                    out.append(a.NUMBER().getText());
                }
            }
        }
        return out.toString();
    }

    private void declaration(AntimonyParser.DeclarationContext d) {
        ModelAssembler.Kind kind = ModelAssembler.Kind.NONE;
        if (d.kind != null) {
            kind = switch (d.kind.getType()) {
                case AntimonyParser.SPECIES -> ModelAssembler.Kind.SPECIES;
                case AntimonyParser.COMPARTMENT -> ModelAssembler.Kind.COMPARTMENT;
                default -> ModelAssembler.Kind.FORMULA;
            };
        }
        Boolean constant = null;
        for (AntimonyParser.ModifierContext m : d.modifier()) {
            Boolean c = m.CONST() != null ? Boolean.TRUE : m.VAR() != null ? Boolean.FALSE : null;
            if (c != null && constant != null && !c.equals(constant)) {
                error(m, "a declaration cannot be both const and var");
                return;
            }
            if (c != null) {
                constant = c;
            }
            if (m.SUBSTANCE_ONLY() != null && kind != ModelAssembler.Kind.SPECIES && kind != ModelAssembler.Kind.NONE) {
                error(m, "substanceOnly applies to species");
                return;
            }
        }
        for (DeclItemContext item : d.declItem()) {
            String name = item.NAME(0).getText();
            boolean dollar = item.DOLLAR() != null;
            if (dollar && kind != ModelAssembler.Kind.SPECIES && kind != ModelAssembler.Kind.NONE) {
                error(item, "'$" + name + "': only species can be boundary ('$')");
                continue;
            }
            String compartment = item.IN() == null ? null : item.NAME(1).getText();
            Expr value = null;
            if (item.expr() != null) {
                value = expr(item.expr());
                if (value == null) {
                    continue;
                }
            }
            boolean rule = item.op != null && item.op.getType() == AntimonyParser.ASSIGN;
            assembler.declare(kind, constant, dollar, name, compartment, value, rule, origin(item));
        }
    }

    private void reaction(AntimonyParser.ReactionContext r) {
        String id = r.NAME() == null ? null : r.NAME().getText();
        if (r.expr() == null) {
            error(r, (id == null ? "reaction" : "reaction '" + id + "'")
                    + " has no rate law; write it after the ';', e.g. A -> B; k*A");
            return;
        }
        Expr rate = expr(r.expr());
        List<ModelAssembler.Participant> reactants = participants(r.reactants);
        List<ModelAssembler.Participant> products = participants(r.products);
        if (rate != null && reactants != null && products != null) {
            assembler.reaction(id, reactants, products, rate, origin(r));
        }
    }

    private List<ModelAssembler.Participant> participants(AntimonyParser.SideContext side) {
        List<ModelAssembler.Participant> out = new ArrayList<>();
        if (side == null) {
            return out;
        }
        for (ParticipantContext p : side.participant()) {
            double stoichiometry = p.NUMBER() == null ? 1.0 : Double.parseDouble(p.NUMBER().getText());
            if (!(stoichiometry > 0) || Double.isInfinite(stoichiometry)) {
                error(p, "stoichiometry of '" + p.NAME().getText() + "' must be a positive number, got "
                        + p.NUMBER().getText());
                return null;
            }
            out.add(new ModelAssembler.Participant(p.NAME().getText(), stoichiometry, p.DOLLAR() != null,
                    origin(p)));
        }
        return out;
    }

    private void event(AntimonyParser.EventContext e) {
        String id = e.NAME() == null ? null : e.NAME().getText();
        boolean ok = true;
        if (e.delay != null) {
            error(e, "event delays ('at delay after trigger') are" + UNSUPPORTED);
            ok = false;
        }
        for (AntimonyParser.EventAttributeContext a : e.eventAttribute()) {
            error(a, "event attribute '" + a.NAME().getText() + "' (priority, t0, persistent,"
                    + " fromTrigger) is" + UNSUPPORTED);
            ok = false;
        }
        Expr trigger = expr(e.trigger);
        List<EventAssignment> assignments = new ArrayList<>();
        for (AntimonyParser.EventAssignmentContext a : e.eventAssignment()) {
            Expr math = expr(a.expr());
            if (math == null) {
                ok = false;
            } else {
                assignments.add(new EventAssignment(a.NAME().getText(), math));
            }
        }
        if (ok && trigger != null) {
            assembler.event(id, trigger, assignments, origin(e));
        }
    }
}
