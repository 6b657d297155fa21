package dev.plyometer.cli;

import dev.plyometer.report.Json;
import dev.plyometer.store.Athlete;
import dev.plyometer.store.AthleteFields;
import dev.plyometer.store.History;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** {@code plyometer athlete set NAME --level …}. */
@Command(name = "set", mixinStandardHelpOptions = true,
        description = {"Changes an athlete's settings; settings not given stay as they are.",
                "Stored sessions keep the level and unit they were analysed with; plyometer reanalyze applies new "
                        + "ones."},
        footer = {"", ExitCodes.HELP})
final class AthleteSetCommand implements Callable<Integer> {
    @Parameters(paramLabel = "NAME", description = "the athlete")
    String name;

    @Mixin
    AthleteFieldsMixin fields;

    @Mixin
    DataMixin data;

    @Option(names = "--json", description = "the athlete as changed, as JSON")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        AthleteFields changes = fields.fields();
        if (changes.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "nothing to change: give at least one of "
                    + "--level, --count, --mass, --zone, --strength-start, --sessions-per-week");
        }
        try (History h = data.open()) {
            Athlete before = h.athletes().require(name);
            Athlete after = h.athletes().update(name, changes);
            spec.commandLine().getOut().println(json ? Json.line(AthleteView.of(after, h))
                    : "changed " + after.name() + ": " + Show.settings(after));
            if ((before.level() != after.level() || before.unit() != after.unit())
                    && !h.sessions().list(after).isEmpty()) {
                spec.commandLine().getErr().println("plyometer: stored sessions keep the level and unit they were "
                        + "analysed with; plyometer reanalyze --athlete " + after.name() + " applies the new ones");
            }
        }
        return ExitCodes.OK;
    }
}
