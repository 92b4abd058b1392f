package org.rapporteur.standalone;

import org.rapporteur.command.meeting.RulesCheck;
import picocli.CommandLine.Command;
import org.rapporteur.profiles.BodyProfiles;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "record", mixinStandardHelpOptions = true,
        description = {"Records scenario files (docs/scenario-format.md) through the meeting's rules, straight into "
                + "the store (no server is started).",
                "Each whole file is checked first (parsing, validation, and a dry run of all its commands against the "
                        + "meeting's rules): an invalid action stops it with FILE:LINE: reason, exit code 2, nothing "
                        + "recorded. A file recorded before records nothing twice; an action recorded before that the "
                        + "file now words differently stops it (a recorded action is changed by recording a correction)."},
        footer = {"", "Example:", "  rapporteur record examples/ccm-12msp.yaml --data data"})
final class RecordCommand implements Callable<Integer> {

    @ParentCommand
    Rapporteur cli;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "scenario files, recorded in this order")
    List<Path> files;

    @Option(names = "--profiles", paramLabel = "DIR", description = "a directory of body profiles beside the shipped ones")
    Path profiles;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        if (profiles != null) {
            System.setProperty(BodyProfiles.DIRECTORY_PROPERTY, profiles.toString());
        }
        Progress progress = Progress.on(cli.err);
        List<RecordPlan> plans = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isReadable(file)) {
                throw new Rapporteur.InvalidInput(file + ": no such file");
            }
            progress.show("checking " + file + "…");
            RecordPlan plan = Rapporteur.planner.apply(file);
            Phases.mark(cli.err, "file read and validated");
            try (RulesCheck check = new RulesCheck()) {
                new ScenarioRecording(check.commandGateway(), check.eventStore()).record(plan);
            } catch (ScenarioRecording.Rejected rejected) {
                progress.done();
                throw new Rapporteur.InvalidInput(rejected.getMessage());
            }
            plans.add(plan);
            Phases.mark(cli.err, "dry run");
        }
        progress.show("opening the store…");
        try (StoredMeetings meetings = StoredMeetings.forRecording(store);
             RulesCheck rules = RulesCheck.over(meetings.engine())) {
            Phases.mark(cli.err, "store opened, rules configured");
            ScenarioRecording recording = new ScenarioRecording(rules.commandGateway(), rules.eventStore());
            for (RecordPlan plan : plans) {
                try {
                    recording.checkAgainstRecorded(plan);
                } catch (ScenarioRecording.Rejected edited) {
                    progress.done();
                    throw new Rapporteur.InvalidInput(edited.getMessage());
                }
            }
            for (RecordPlan plan : plans) {
                ScenarioRecording.Outcome outcome;
                try {
                    outcome = recording.record(plan, (done, total) -> progress.counted("recording " + plan.file(), done, total));
                } catch (ScenarioRecording.Rejected rejected) {
                    progress.done();
                    return cli.fail(Rapporteur.FAILED, rejected.getMessage());
                }
                progress.done();
                Phases.mark(cli.err, "recorded");
                cli.out.println(said(plan, outcome));
            }
        }
        return Rapporteur.OK;
    }

    private static String said(RecordPlan plan, ScenarioRecording.Outcome outcome) {
        if (outcome.recorded() == 0) {
            return plan.file() + ": already recorded (" + outcome.alreadyRecorded() + " actions of "
                    + plan.meetingId() + "); nothing recorded twice";
        }
        if (outcome.alreadyRecorded() > 0) {
            return plan.file() + ": recorded " + outcome.recorded() + " more actions of " + plan.meetingId()
                    + " (" + outcome.alreadyRecorded() + " were already recorded)";
        }
        return plan.file() + ": recorded " + outcome.recorded() + " actions of " + plan.meetingId();
    }
}
