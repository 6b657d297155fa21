package dev.plyometer.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plyometer.report.Json;
import dev.plyometer.report.SessionReport;
import dev.plyometer.report.TextSummary;
import dev.plyometer.store.Athlete;
import dev.plyometer.store.History;
import dev.plyometer.store.StoredSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code plyometer sessions show ID}: a stored session with its report. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Shows a stored session: where it came from, and its report as analysed.",
        footer = {"", ExitCodes.HELP})
final class SessionsShowCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "the session number (plyometer sessions list shows them)")
    long id;

    @Mixin
    DataMixin data;

    @Option(names = "--json", description = "the session and its plyometer.session/1 report as one JSON object")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        try (History h = data.open()) {
            StoredSession s = h.sessions().require(id);
            Athlete a = h.athletes().require(s.athlete());
            if (json) {
                ObjectNode node = Json.mapper().valueToTree(SessionView.of(s, a.zone()));
                JsonNode report = Json.mapper().readTree(s.reportJson());
                node.set("report", report);
                out.println(Json.mapper().writeValueAsString(node));
                return ExitCodes.OK;
            }
            out.println(Show.f("session %d of %s, %s %s", s.id(), s.athlete(), Show.local(s.start(), a.zone()),
                    a.zone().getId()) + (s.startGiven() ? " (start given at upload)" : ""));
            out.println("  kept as   " + h.sources().path(s.sha256()) + " (SHA-256 " + s.sha256() + ", "
                    + s.sourceBytes() + " bytes)");
            if (s.planName() != null) {
                out.println("  plan      " + s.planName() + ", kept as " + h.sources().path(s.planSha256()));
            }
            out.println("  stored    " + s.uploadedAt() + ", analysed " + s.analysedAt() + " by " + s.tool());
            out.print(TextSummary.render(Json.mapper().readValue(s.reportJson(), SessionReport.class)));
        }
        return ExitCodes.OK;
    }
}
