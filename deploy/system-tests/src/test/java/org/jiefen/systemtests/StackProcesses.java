package org.jiefen.systemtests;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The processes deploy/local started, by the PID files under deploy/local/.run: signals for the
 * fault tests and the scripts that bring a process back the way a developer would.
 */
final class StackProcesses {

  private StackProcesses() {}

  static Path runDir() {
    return Stack.root().resolve("deploy/local/.run");
  }

  static boolean hasPidFile(String name) {
    return Files.isRegularFile(runDir().resolve(name + ".pid"));
  }

  static long pid(String name) {
    try {
      return Long.parseLong(Files.readString(runDir().resolve(name + ".pid")).trim());
    } catch (IOException e) {
      throw new IllegalStateException("no PID file for " + name, e);
    }
  }

  static boolean alive(String name) {
    return hasPidFile(name)
        && ProcessHandle.of(pid(name)).map(ProcessHandle::isAlive).orElse(false);
  }

  /** Sends a signal (KILL, STOP, CONT) to the process the PID file names. */
  static void signal(String name, String signal) {
    run(Map.of(), "kill", "-" + signal, Long.toString(pid(name)));
  }

  /** kill -9, then waits until the process is gone. */
  static void kill9(String name) {
    long pid = pid(name);
    signal(name, "KILL");
    ProcessHandle.of(pid).ifPresent(p -> p.onExit().orTimeout(30, TimeUnit.SECONDS).join());
  }

  /** The MariaDB server: deploy/local's (PID file) or the machine's own mariadbd. */
  static void kill9Mariadb() {
    ProcessHandle server =
        hasPidFile("mariadb")
            ? ProcessHandle.of(pid("mariadb")).orElseThrow()
            : ProcessHandle.allProcesses()
                .filter(h -> h.info().command().map(c -> c.endsWith("/mariadbd")).orElse(false))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no mariadbd process"));
    run(Map.of(), "kill", "-KILL", Long.toString(server.pid()));
    server.onExit().orTimeout(30, TimeUnit.SECONDS).join();
  }

  /** deploy/local/instance.sh: instance n of a service beside the first, ready when it returns. */
  static void startInstance(String service, int n) {
    run(
        Map.of(),
        "bash",
        Stack.root().resolve("deploy/local/instance.sh").toString(),
        service,
        Integer.toString(n));
  }

  /** deploy/local/restart.sh: starts the service (stopping a live one), waits until ready. */
  static void restart(String service, Map<String, String> env) {
    run(env, "bash", Stack.root().resolve("deploy/local/restart.sh").toString(), service);
  }

  /** deploy/local/infra.sh up: starts MariaDB and Kafka when they do not answer. */
  static void infraUp() {
    run(Map.of(), "bash", Stack.root().resolve("deploy/local/infra.sh").toString(), "up");
  }

  private static void run(Map<String, String> env, String... command) {
    File log = Stack.root().resolve("deploy/system-tests/target/faults.log").toFile();
    log.getParentFile().mkdirs();
    try {
      // when each step began: the fault report's timings are read against this log
      Files.writeString(
          log.toPath(),
          LocalTime.now().withNano(0) + " $ " + String.join(" ", command) + "\n",
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      ProcessBuilder pb =
          new ProcessBuilder(command)
              .directory(Stack.root().toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log));
      pb.environment().putAll(env);
      Process process = pb.start();
      if (!process.waitFor(4, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException(String.join(" ", command) + " timed out; see " + log);
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            String.join(" ", command) + " exited " + process.exitValue() + "; see " + log);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
