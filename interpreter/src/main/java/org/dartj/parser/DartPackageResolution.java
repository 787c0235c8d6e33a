package org.dartj.parser;

/**
 * How a program started by {@code Isolate.spawnUri} resolves {@code package:} imports: with the
 * package_config.json given as {@code packageConfig} ({@code configFile}), or, when
 * {@code automatic}, with the one nearest to the program (the launcher's {@code --packages} is
 * then ignored).
 */
public record DartPackageResolution(String configFile, boolean automatic) {
}
