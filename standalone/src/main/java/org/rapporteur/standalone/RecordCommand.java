package org.rapporteur.standalone;

import org.rapporteur.command.scenario.ScenarioRecorder;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.rapporteur.eventstore.EventDocuments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
                "Every file is checked whole first (parsing, validation, and all its commands against the meeting's "
                        + "rules, over what the store holds of it): an invalid action stops it with FILE:LINE: reason, "
                        + "exit code 2, and nothing of any file named is recorded. Then each file's new actions are "
                        + "appended in one write, committed and synced once. A file recorded before records nothing "
                        + "twice; an action recorded before that the file now words differently stops it (a recorded "
                        + "action is changed by recording a correction)."},
        footer = {"", "Example:", "  rapporteur record examples/ccm-12msp.yaml --data data"})
final class RecordCommand implements Callable<Integer> {

    @ParentCommand
    Rapporteur cli;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "scenario files, recorded in this order")
    List<Path> files;

    @Mixin
    ProfilesOption profiles;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        profiles.apply();
        Progress progress = Progress.on(cli.err);
        // the rules and the store open on threads of their own while the files are read
        Meanwhile<FileRecording> rules = Meanwhile.start("rules", FileRecording::new);
        boolean fresh = store.embedded() && !Files.exists(store.data);
        Meanwhile<RecordingStore> opening = Meanwhile.start("store", () -> RecordingStore.open(store));
        List<RecordPlan> plans = new ArrayList<>();
        try {
            for (Path file : files) {
                if (!Files.isReadable(file)) {
                    throw new Rapporteur.InvalidInput(file + ": no such file");
                }
                progress.show("reading " + file + "…");
                plans.add(Rapporteur.planner.apply(file));
            }
        } catch (RuntimeException | Error unread) {
            rules.discard(FileRecording::close);
            opening.discard(RecordingStore::close);
            if (fresh) {
                StoredMeetings.removeEmpty(store.data);
            }
            throw unread;
        }
        Phases.mark(cli.err, "files read and validated");
        progress.show("opening the store…");
        FileRecording recording;
        try {
            recording = rules.get();
        } catch (RuntimeException | Error broken) {
            opening.discard(RecordingStore::close);
            throw broken;
        }
        try (recording; RecordingStore meetings = opening.get()) {
            Phases.mark(cli.err, "store opened, rules configured");
            List<FileRecording.Staged> staged = new ArrayList<>();
            for (RecordPlan plan : plans) {
                try {
                    staged.add(recording.stage(plan, meetings, (done, total) -> progress.counted("checking " + plan.file(), done, total)));
                } catch (ScenarioRecorder.Rejected rejected) {
                    progress.done();
                    throw new Rapporteur.InvalidInput(plan.file() + ":" + rejected.line() + ": " + rejected.reason());
                }
            }
            Phases.mark(cli.err, "checked against the rules");
            for (FileRecording.Staged file : staged) {
                progress.show("recording " + file.plan().file() + "…");
                try {
                    recording.append(file, meetings);
                } catch (RuntimeException e) {
                    progress.done();
                    return cli.fail(Rapporteur.FAILED, file.plan().file() + ": not recorded, "
                            + (EventDocuments.isDuplicateKey(e) || e instanceof ConcurrencyException
                            || e instanceof AggregateStreamCreationException
                            ? "another writer recorded actions of " + file.plan().meetingId() + " meanwhile; run it again"
                            : String.valueOf(e.getMessage())));
                }
                progress.done();
                Phases.mark(cli.err, "recorded");
                cli.out.println(said(file.plan(), file.outcome()));
            }
        }
        return Rapporteur.OK;
    }

    private static String said(RecordPlan plan, ScenarioRecorder.Outcome outcome) {
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
