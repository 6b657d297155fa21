package dev.plyometer.cli;

import dev.plyometer.report.Json;
import dev.plyometer.store.Athlete;
import dev.plyometer.store.History;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.ZoneId;
import java.util.concurrent.Callable;

/** {@code plyometer athlete add NAME}. */
@Command(name = "add", mixinStandardHelpOptions = true, description = "Adds an athlete to the history.",
        footer = {"", ExitCodes.HELP})
final class AthleteAddCommand implements Callable<Integer> {
    @Parameters(paramLabel = "NAME", description = "the athlete's name (unique, case does not matter)")
    String name;

    @Mixin
    AthleteFieldsMixin fields;

    @Mixin
    DataMixin data;

    @Option(names = "--json", description = "the athlete as JSON")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (History h = data.open()) {
            Athlete a = h.athletes().add(name, fields.fields(), ZoneId.systemDefault());
            spec.commandLine().getOut().println(json ? Json.line(AthleteView.of(a, h))
                    : "added " + a.name() + ": " + Show.settings(a));
        }
        return ExitCodes.OK;
    }
}
