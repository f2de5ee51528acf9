package dev.copse.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports invalid command-line input briefly: the error line, picocli's "did you mean" suggestions when it
 * has any, the synopsis of the command that was misused and a pointer to its {@code --help}; exit code 2
 * ({@code exitCodeOnInvalidInput}). The full usage text is left to {@code --help}: after a typo the user
 * wants to see what went wrong, not a page of options.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException problem, String[] args) {
        CommandLine misused = problem.getCommandLine();
        PrintWriter err = misused.getErr();
        err.println(ErrorLine.of(problem.getMessage()));
        UnmatchedArgumentException.printSuggestions(problem, err);
        err.print(misused.getHelp().fullSynopsis());
        err.println("Try '" + misused.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return misused.getCommandSpec().exitCodeOnInvalidInput();
    }
}
