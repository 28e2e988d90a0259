package com.tcostudio.io.scenario;

import com.tcostudio.core.model.UserText;

import java.util.List;

/**
 * A scenario file that cannot be used. Every problem names the field's dotted path and the rule
 * it breaks; the message names the file too. Nothing of the file is loaded when this is thrown.
 */
public final class ScenarioFileException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * One problem: the field's path (or "(file)" for the file as a whole) and the rule in words.
     * Both are cleaned of control characters: a path can hold a key written in the file.
     */
    public record Problem(String path, String rule) {
        public Problem {
            path = UserText.clean(path);
            rule = UserText.clean(rule);
        }

        @Override
        public String toString() {
            return path + ": " + rule;
        }
    }

    private final String file;
    private final transient List<Problem> problems;

    public ScenarioFileException(String file, List<Problem> problems) {
        super(message(UserText.clean(file), problems));
        this.file = UserText.clean(file);
        this.problems = List.copyOf(problems);
    }

    public ScenarioFileException(String file, String path, String rule) {
        this(file, List.of(new Problem(path, rule)));
    }

    private static String message(String file, List<Problem> problems) {
        String first = file + ": " + problems.get(0);
        return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more problems)";
    }

    public String file() {
        return file;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Every problem, one per line, each prefixed with the file. */
    public String describeAll() {
        StringBuilder sb = new StringBuilder();
        for (Problem p : problems) {
            sb.append(file).append(": ").append(p).append('\n');
        }
        return sb.toString();
    }
}
