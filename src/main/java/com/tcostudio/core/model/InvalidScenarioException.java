package com.tcostudio.core.model;

import java.util.List;
import java.util.stream.Collectors;

/** A scenario that breaks one or more rules; each problem names the field's path and the rule. */
public final class InvalidScenarioException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** One broken rule: the dotted path of the field and the rule in words. */
    public record Problem(String path, String rule) {
        @Override
        public String toString() {
            return path + ": " + rule;
        }
    }

    private final transient List<Problem> problems;

    public InvalidScenarioException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid scenario needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InvalidScenarioException(String path, String rule) {
        this(List.of(new Problem(path, rule)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
