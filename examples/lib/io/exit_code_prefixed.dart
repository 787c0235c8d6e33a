import 'dart:io' as io;
import 'dart:io' show exitCode;

void main() {
  exitCode += 2;
  print(exitCode);
  io.exitCode = 6;
  print(io.exitCode);
  io.stdout.writeln('prefixed');
}
