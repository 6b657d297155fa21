package dev.plyometer.cli;

import dev.plyometer.report.Json;
import dev.plyometer.store.History;
import dev.plyometer.store.SourceStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.concurrent.Callable;

/** {@code plyometer sessions clean}: removes kept files no session refers to. */
@Command(name = "clean", mixinStandardHelpOptions = true,
        description = {"Removes kept copies that no session refers to (after delete) and leftovers of interrupted "
                + "uploads. Files younger than --older-than are kept, so an upload running at the same time is safe."},
        footer = {"", ExitCodes.HELP})
final class SessionsCleanCommand implements Callable<Integer> {
    @Option(names = "--older-than", paramLabel = "MINUTES", defaultValue = "60",
            description = "only files at least this old; default ${DEFAULT-VALUE}")
    long minutes;

    @Mixin
    DataMixin data;

    @Option(names = "--json", description = "what was removed, as JSON")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (History h = data.open()) {
            SourceStore.Cleanup c = h.clean(Duration.ofMinutes(Math.max(0, minutes)));
            spec.commandLine().getOut().println(json ? Json.line(c)
                    : Show.f("removed %d file(s), %d bytes, from %s", c.files(), c.bytes(), h.dir().root()));
        }
        return ExitCodes.OK;
    }
}
