package com.tcostudio.cli;

import com.tcostudio.core.AppVersion;
import com.tcostudio.core.model.UserText;
import com.tcostudio.io.AtomicFiles;
import com.tcostudio.core.uncertainty.SimulationTooLargeException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * The headless command line: {@code java -jar tco-studio.jar COMMAND ...}. Results go to stdout;
 * a bad input file gives exit code 2 and one line on stderr naming the file, the field and the
 * rule, never a stack trace.
 */
@Command(name = "tco-studio", mixinStandardHelpOptions = true, versionProvider = TcoCli.Version.class,
        description = "Total cost of ownership of LLMs: closed API, self-hosted open weights, or a hybrid.",
        subcommands = {EvaluateCommand.class, RecommendCommand.class, SimulateCommand.class, SensitivityCommand.class, WhatIfCommand.class,
                CompareCommand.class, ReportCommand.class, CatalogueCommand.class, ImportLiteLlmCommand.class, ImportBenchmarkCommand.class,
                CommandLine.HelpCommand.class})
public final class TcoCli implements Runnable {
    /** A scenario or catalogue file that cannot be used. */
    public static final int EXIT_BAD_INPUT = 2;
    /** Something went wrong that is not the user's input. */
    public static final int EXIT_FAILURE = 1;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs a command line and returns its exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new TcoCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof BadInputException || ex instanceof SimulationTooLargeException) {
                err.println(UserText.clean(ex.getMessage()));
                return EXIT_BAD_INPUT;
            }
            if (ex instanceof AtomicFiles.SaveException) {
                // names the target and the reason; the exception's class is no news to the user
                err.println(ex.getMessage());
                return EXIT_FAILURE;
            }
            err.println("tco-studio: " + ex);
            return EXIT_FAILURE;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The version from the jar's manifest (set from pom.xml), or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"TCO Studio " + AppVersion.get()};
        }
    }

    /** A problem with the user's input, reported in one line. */
    static final class BadInputException extends Exception {
        private static final long serialVersionUID = 1L;

        BadInputException(String message) {
            super(message);
        }
    }
}
