package org.rapporteur.standalone;

import org.rapporteur.query.rebuild.ProjectionRebuild;
import org.rapporteur.query.rebuild.RebuildProgress;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Unmatched;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "rebuild", mixinStandardHelpOptions = true,
        description = {"Rebuilds every read model from the events, with a progress bar (the rebuild of a store a "
                + "server holds is POST /api/admin/rebuild on that server)."})
final class RebuildCommand implements Callable<Integer> {

    @ParentCommand
    Rapporteur cli;

    @Mixin
    StoreOptions store;

    @Unmatched
    List<String> properties;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(StandaloneApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(Map.of(
                        "logging.level.root", "ERROR",
                        "logging.level.org.springframework.boot.SpringApplication", "OFF",
                        "spring.main.register-shutdown-hook", "false"))
                .run(SpringArguments.of(store, properties))) {
            ProjectionRebuild rebuild = context.getBean(ProjectionRebuild.class);
            RebuildProgress progress = rebuild.start();
            while (!progress.finished()) {
                cli.err.print("\r" + RebuildBar.line(progress));
                cli.err.flush();
                try {
                    progress = rebuild.await(Duration.ofMillis(200));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return cli.fail(Rapporteur.FAILED, "interrupted");
                }
            }
            cli.err.println("\r" + RebuildBar.line(progress));
            if (progress.state() == RebuildProgress.State.FAILED) {
                return cli.fail(Rapporteur.FAILED, "the rebuild failed: " + progress.error());
            }
            cli.out.printf("rebuilt every read model from %,d events in %.1f s%n", progress.position(),
                    Duration.between(progress.startedAt(), progress.finishedAt()).toMillis() / 1000.0);
        }
        return Rapporteur.OK;
    }
}
